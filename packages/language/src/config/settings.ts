import { defaultCheckConfig, type CheckConfig } from './check-config.js';

/** What today's date is, as `YYYY-MM-DD`. Injected so that staleness is testable. */
export interface Clock {
    today(): string;
}

export class SystemClock implements Clock {
    today(): string {
        return new Date().toISOString().slice(0, 10);
    }
}

/** Holds the project's check configuration; the CLI sets it from the config file, the language server likewise. */
export class CheckConfigProvider {
    private current: CheckConfig = defaultCheckConfig;

    get(): CheckConfig {
        return this.current;
    }

    set(config: CheckConfig): void {
        this.current = config;
    }
}
