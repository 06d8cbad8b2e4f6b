import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const [,, file, out, width] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: Number(width ?? 1400), height: 900 } });
const text = readFileSync(file, 'utf8');
await page.setContent(file.endsWith('.svg') ? `<body style="margin:0">${text}</body>` : text);
await page.screenshot({ path: out, fullPage: true, timeout: 120000 });
await browser.close();
