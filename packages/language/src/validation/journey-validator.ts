import type { JourneyCoreServices } from '../journey-core-module.js';
import { completenessChecks } from './completeness-checks.js';
import { experimentChecks } from './experiment-checks.js';
import { flowChecks } from './flow-checks.js';
import { freshnessChecks } from './freshness-checks.js';
import { metricChecks } from './metric-checks.js';
import { nameChecks } from './name-checks.js';
import { personaChecks } from './persona-checks.js';
import { propertyChecks } from './property-checks.js';
import { textChecks } from './text-checks.js';
import { valueChecks } from './value-checks.js';

/** Registers every check, grouped by concern; each finding carries a code from `issue-codes.ts`. */
export function registerValidationChecks(services: JourneyCoreServices): void {
    const registry = services.validation.ValidationRegistry;
    for (const checks of [
        nameChecks(services),
        propertyChecks(),
        valueChecks(),
        textChecks(),
        flowChecks(),
        completenessChecks(),
        personaChecks(services),
        freshnessChecks(services),
        metricChecks(),
        experimentChecks()
    ]) {
        registry.register(checks);
    }
}
