import { isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';

/**
 * The nodes of a syntax tree in the order of Langium's `AstUtils.streamAst` (a node, then its children in the
 * order of its properties and of each list), with `prune` to skip the children of the node last returned.
 * Langium's stream builds a stream, an iterator state and a result object for every node it visits; this walk
 * keeps one stack, which matters on the editor's keystroke path, where the linker and the validator each walk
 * the whole tree of the edited map.
 */
export class AstPreorder implements IterableIterator<AstNode> {
    private readonly stack: AstNode[];
    /** The node last returned, whose children are pushed on the next step unless pruned. */
    private expand: AstNode | undefined;

    constructor(root: AstNode) {
        this.stack = [root];
    }

    [Symbol.iterator](): IterableIterator<AstNode> {
        return this;
    }

    next(): IteratorResult<AstNode, undefined> {
        if (this.expand) {
            pushChildren(this.expand, this.stack);
            this.expand = undefined;
        }
        const node = this.stack.pop();
        if (!node) {
            return { done: true, value: undefined };
        }
        this.expand = node;
        return { done: false, value: node };
    }

    /** Skips the children of the node last returned. */
    prune(): void {
        this.expand = undefined;
    }
}

/** Pushes the children of `node` so that they pop in the order of its properties and of each list. */
function pushChildren(node: AstNode, stack: AstNode[]): void {
    const keys = Object.keys(node);
    for (let k = keys.length - 1; k >= 0; k--) {
        const key = keys[k];
        if (key.startsWith('$')) {
            continue;
        }
        const value: unknown = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--) {
                const item: unknown = value[i];
                if (isAstNode(item)) stack.push(item);
            }
        } else if (isAstNode(value)) {
            stack.push(value);
        }
    }
}

/**
 * Calls `visit` with each reference of `node`, in the order of Langium's `AstUtils.streamReferences` (the order of
 * its properties and of each list), without the stream and the state object Langium makes per node.
 */
export function forEachReference(node: AstNode, visit: (reference: ReferenceInfo) => void): void {
    const properties = node as unknown as Record<string, unknown>;
    for (const property of Object.keys(properties)) {
        if (property.startsWith('$')) {
            continue;
        }
        const value = properties[property];
        if (isReference(value) || isMultiReference(value)) {
            visit({ reference: value, container: node, property });
        } else if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item: unknown = value[index];
                if (isReference(item)) {
                    visit({ reference: item, container: node, property, index });
                }
            }
        }
    }
}
