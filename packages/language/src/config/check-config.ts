import { IssueCodes, isIssueCode, type IssueCode, type CheckSeverity } from '../validation/issue-codes.js';

/** The project file that re-grades checks; the CLI and the language server both read it. */
export const CONFIG_FILE_NAME = 'journey.config.json';

export type CheckSetting = CheckSeverity | 'off';

export interface CheckConfig {
    readonly checks: Readonly<Partial<Record<IssueCode, CheckSetting>>>;
}

export const defaultCheckConfig: CheckConfig = { checks: {} };

const settings: readonly CheckSetting[] = ['error', 'warning', 'info', 'hint', 'off'];

export type ConfigParseResult = { config: CheckConfig } | { error: string };

/**
 * Reads the text of a `journey.config.json`: `{ "checks": { "<code>": "error|warning|info|hint|off" } }`.
 * Anything else is refused with one sentence naming the offending entry.
 */
export function parseCheckConfig(text: string): ConfigParseResult {
    let json: unknown;
    try {
        json = JSON.parse(text);
    } catch (err) {
        return { error: `it is not valid JSON (${(err as Error).message})` };
    }
    if (!isObject(json)) {
        return { error: 'it must be a JSON object such as { "checks": { "stage-without-metric": "off" } }' };
    }
    const unknownKeys = Object.keys(json).filter(key => key !== 'checks' && key !== '$schema');
    if (unknownKeys.length > 0) {
        return { error: `unknown setting '${unknownKeys[0]}' (known: checks)` };
    }
    const checks = json.checks ?? {};
    if (!isObject(checks)) {
        return { error: '"checks" must be an object mapping check codes to a severity' };
    }
    const result: Partial<Record<IssueCode, CheckSetting>> = {};
    for (const [code, setting] of Object.entries(checks)) {
        if (!isIssueCode(code)) {
            return { error: `unknown check '${code}'` };
        }
        if (!IssueCodes[code].configurable) {
            return { error: `'${code}' is always an error and cannot be changed` };
        }
        if (typeof setting !== 'string' || !settings.includes(setting as CheckSetting)) {
            return { error: `check '${code}' must be one of ${settings.join(', ')}` };
        }
        result[code] = setting as CheckSetting;
    }
    return { config: { checks: result } };
}

/** The severity a diagnostic with this code gets under the config, or undefined when the check is off. */
export function effectiveSeverity(config: CheckConfig, code: IssueCode): CheckSeverity | undefined {
    const setting = config.checks[code] ?? IssueCodes[code].severity;
    return setting === 'off' ? undefined : setting;
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
