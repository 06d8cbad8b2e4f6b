#!/usr/bin/env node
import '../dist/journey.mjs';
