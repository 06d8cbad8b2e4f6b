/** The report's style sheet, inlined: screen and print, light only (the embedded diagram carries its own colours). */
export const htmlStyle = `
:root { color-scheme: light; --ink: #1d2430; --soft: #5b6574; --line: #d9dee6; --band: #f5f7fa;
  --bad: #fde4e1; --bad-ink: #8c1d12; --warn: #fff1cc; --warn-ink: #6b4a00; --good: #e0f3e5; --good-ink: #17592a; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 24px 32px 48px; color: var(--ink); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header { border-bottom: 2px solid var(--ink); margin-bottom: 8px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 4px; padding-top: 8px; border-top: 1px solid var(--line); }
h3, caption { font-size: 15px; font-weight: 600; text-align: left; margin: 16px 0 6px; }
p { margin: 4px 0; }
.meta, .intro { color: var(--soft); }
nav ul { list-style: none; padding: 0; margin: 12px 0; display: flex; flex-wrap: wrap; gap: 4px 16px; }
a { color: #1f5fbf; }
.figures { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; padding: 0; list-style: none; }
.figures li { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; min-width: 150px; background: var(--band); }
.figures b { display: block; font-size: 22px; }
.diagram { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; padding: 8px; }
.diagram svg { display: block; height: auto; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid var(--line); white-space: pre-line; }
th { background: var(--band); font-weight: 600; }
td.bad { background: var(--bad); color: var(--bad-ink); font-weight: 600; }
td.warn { background: var(--warn); color: var(--warn-ink); }
td.good { background: var(--good); color: var(--good-ink); }
td.muted { color: var(--soft); }
td.short { white-space: nowrap; }
.empty { color: var(--soft); font-style: italic; }
svg.bar { width: 240px; height: 12px; vertical-align: middle; margin-right: 6px; }
.bar-track { fill: var(--band); }
.bar-fill { fill: #1f5fbf; }
footer { margin-top: 40px; color: var(--soft); font-size: 13px; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { max-width: none; padding: 0; font-size: 11px; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
  .diagram { overflow: visible; border: none; padding: 0; }
  .diagram svg { width: 100%; }
  section { break-inside: auto; }
  h2, h3, caption { break-after: avoid; }
  tr { break-inside: avoid; }
  td.bad, td.warn, td.good, th, svg.bar { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
