#!/usr/bin/env node
// The GitHub Action of this repository (action.yml at its root) in one script, so that it can be tested outside
// GitHub: `journey check` as annotations, SARIF for code scanning, the reports in a folder for an artifact, and
// `journey diff` of the maps a pull request or push changed, as Markdown in the step summary.
//
// Reads the action's inputs from JOURNEY_PATHS (paths, folders or globs, one per line or space-separated; default
// `.`), JOURNEY_FAIL_ON (error | warning), JOURNEY_REPORT_FORMAT (html | md | json | csv), JOURNEY_SARIF_FILE,
// JOURNEY_REPORT_DIR and JOURNEY_TODAY (optional, YYYY-MM-DD), and GitHub's GITHUB_WORKSPACE, GITHUB_EVENT_NAME,
// GITHUB_EVENT_PATH, GITHUB_BASE_REF, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT. Exits like `journey check`.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const journeyBin = fileURLToPath(new URL('../bin/journey.js', import.meta.url));
const env = process.env;
const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());

/** One of `allowed`, or a failure naming the input. */
function choice(name, value, allowed) {
    if (!allowed.includes(value)) {
        console.log(`::error title=journey action::input ${name} must be one of ${allowed.join(', ')}, not '${value}'`);
        process.exit(2);
    }
    return value;
}

const paths = (env.JOURNEY_PATHS || '.').split(/\s+/).filter(Boolean);
const failOn = choice('fail-on', env.JOURNEY_FAIL_ON || 'error', ['error', 'warning']);
const reportFormat = choice('report-format', env.JOURNEY_REPORT_FORMAT || 'html', ['html', 'md', 'json', 'csv']);
const sarifFile = env.JOURNEY_SARIF_FILE || 'journey.sarif';
const reportDir = env.JOURNEY_REPORT_DIR || 'journey-report';
const dated = env.JOURNEY_TODAY ? ['--today', env.JOURNEY_TODAY] : [];

function journey(args) {
    return spawnSync(process.execPath, [journeyBin, ...args], { cwd: workspace, encoding: 'utf8', env: { ...env, NO_COLOR: '1' }, maxBuffer: 256 * 1024 * 1024 });
}

function git(args) {
    return spawnSync('git', args, { cwd: workspace, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** A failed command's first stderr line, for a warning. */
const firstLine = run => (run.stderr || run.error?.message || '').trim().split('\n')[0];

// 1. Annotations on the pull request, and whether the maps fail.
const check = journey(['check', '--format', 'github', '--fail-on', failOn, ...dated, ...paths]);
process.stdout.write(check.stdout);
if (check.status === 2 || check.status === null) {
    process.stderr.write(check.stderr);
    console.log(`::error title=journey check::${firstLine(check)}`);
    process.exit(2);
}

// 2. SARIF for github/codeql-action/upload-sarif (paths relative to the workspace, as code scanning wants them).
const sarif = journey(['check', '--format', 'sarif', '--fail-on', failOn, ...dated, ...paths]);
const sarifPath = resolve(workspace, sarifFile);
mkdirSync(dirname(sarifPath), { recursive: true });
writeFileSync(sarifPath, sarif.stdout);
const results = JSON.parse(sarif.stdout).runs[0].results;
const count = level => results.filter(result => result.level === level).length;
const counts = { errors: count('error'), warnings: count('warning'), notes: count('note') };

// 3. One report per journey and an index, in a folder for actions/upload-artifact.
const reportPath = resolve(workspace, reportDir);
rmSync(reportPath, { recursive: true, force: true });
const report = journey(['report', '--format', reportFormat, '--fail-on', failOn, ...dated, '-o', reportPath + sep, ...paths]);
if (report.status === 2) console.log(`::warning title=journey report::${firstLine(report)}`);

// 4. What changed in each map, against the base of the pull request or the commit before the push.
const summary = [
    '## Journey maps',
    '',
    `${counts.errors} error${counts.errors === 1 ? '' : 's'}, ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}, `
        + `${counts.notes} note${counts.notes === 1 ? '' : 's'} (failing on ${failOn}s${failOn === 'warning' ? ' and errors' : ''}).`,
    ''
];
const changed = [];
const base = baseRevision();
if (base) {
    summary.push(...changesSince(base));
}
if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, summary.join('\n') + '\n');

// 5. Outputs for later steps.
if (env.GITHUB_OUTPUT) {
    const outputs = {
        'sarif-file': relative(workspace, sarifPath), 'report-dir': relative(workspace, reportPath), ...counts,
        'changed-maps': changed.join(' '), 'exit-code': check.status
    };
    appendFileSync(env.GITHUB_OUTPUT, Object.entries(outputs).map(([key, value]) => `${key}=${value}\n`).join(''));
}
process.exit(check.status);

/** The revision to compare with: the pull request's base, the commit before a push, or origin/<base ref>. */
function baseRevision() {
    let event;
    try {
        event = env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : {};
    } catch {
        event = {};
    }
    const name = env.GITHUB_EVENT_NAME || '';
    if (name.startsWith('pull_request')) return event.pull_request?.base?.sha || (env.GITHUB_BASE_REF && `origin/${env.GITHUB_BASE_REF}`);
    if (name === 'push' && event.before && !/^0+$/.test(event.before)) return event.before;
    return undefined;
}

/** Whether a changed file is one of the maps the action checks. */
function checked(file) {
    return paths.some(path => {
        if (/[*?[\]{}]/.test(path)) return true;
        const target = relative(workspace, resolve(workspace, path));
        return target === '' || file === target || (file.startsWith(`${target}/`) && !isAbsolute(target) && !target.startsWith('..'));
    });
}

/** The step summary's section on changed maps: `journey diff --git <base>` of each, as Markdown. */
function changesSince(revision) {
    const lines = ['### Changed maps', ''];
    if (git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]).status !== 0) {
        return [...lines, `The base revision \`${revision}\` is not in the checkout: check out with \`fetch-depth: 0\` to compare.`, ''];
    }
    const diff = git(['diff', '--name-status', '--no-renames', revision, 'HEAD', '--', '*.journey']);
    const files = diff.stdout.split('\n').filter(Boolean).map(line => line.split('\t')).filter(([, file]) => checked(file));
    if (files.length === 0) return [...lines, `No map changed since \`${revision.slice(0, 12)}\`.`, ''];
    for (const [status, file] of files) {
        changed.push(file);
        lines.push(`#### \`${file}\``, '');
        if (status === 'A') {
            lines.push('A new map.', '');
        } else if (status === 'D') {
            lines.push('Removed.', '');
        } else {
            const compared = journey(['diff', '--git', revision, file, '--format', 'md']);
            lines.push(compared.status === 0 ? compared.stdout.replace(/^(#{1,4}) /gm, '##$1 ').trim() : `Not compared: ${firstLine(compared)}`, '');
        }
    }
    return lines;
}
