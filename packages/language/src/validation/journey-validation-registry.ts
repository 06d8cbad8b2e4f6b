import { ValidationRegistry, type ValidationCategory, type ValidationCheck } from 'langium';

/** The context Langium gives a check's failure, kept so that the diagnostic of a failing check reads as before. */
const failureContext = 'An error occurred during validation';

/**
 * Langium's registry of checks, with two savings for the thousands of nodes of a large map, checked again on
 * every keystroke in the editor: a synchronous check (all of this language's checks) runs without the two
 * promises Langium's wrapper makes around every call, and the checks of a node type are listed once, not
 * streamed again for every node. A check that throws or returns a promise is handled as Langium handles it.
 */
export class JourneyValidationRegistry extends ValidationRegistry {
    /** Per set of categories (their names joined; every category: `*`), the checks of each node type. */
    private readonly listed = new Map<string, Map<string, readonly ValidationCheck[]>>();

    /** How to look up the checks of a node type in the given categories, in the order `getChecks` gives them. */
    checksIn(categories?: ValidationCategory[]): (type: string) => readonly ValidationCheck[] {
        const key = categories === undefined ? '*' : categories.join(' ');
        let byType = this.listed.get(key);
        if (!byType) {
            byType = new Map();
            this.listed.set(key, byType);
        }
        const listed = byType;
        return type => {
            let checks = listed.get(type);
            if (!checks) {
                checks = this.getChecks(type, categories).toArray();
                listed.set(type, checks);
            }
            return checks;
        };
    }

    protected override addEntry(...entry: Parameters<ValidationRegistry['addEntry']>): void {
        this.listed.clear();
        super.addEntry(...entry);
    }

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node, accept, cancelToken) => {
            let result: ReturnType<ValidationCheck>;
            try {
                result = check.call(thisObj, node, accept, cancelToken);
            } catch (error) {
                return this.handleException(() => { throw error; }, failureContext, accept, node);
            }
            return result instanceof Promise ? this.handleException(() => result, failureContext, accept, node) : undefined;
        };
    }
}
