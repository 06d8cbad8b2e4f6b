import type { Scope } from 'langium';
import { CloseNames } from '../text/closest-name.js';

const namesOfScope = new WeakMap<Scope, CloseNames>();

/**
 * The names of `scope`, to look for the one an unknown name was meant to be: gathered once per scope rather than
 * once per unknown name. The scope provider hands out the same scope for as long as the names in it stay the same
 * (the workspace's scopes until a document changes, a journey's until its document is parsed again).
 */
export function scopeNames(scope: Scope): CloseNames {
    let names = namesOfScope.get(scope);
    if (!names) {
        names = new CloseNames(scope.getAllElements().map(description => description.name));
        namesOfScope.set(scope, names);
    }
    return names;
}
