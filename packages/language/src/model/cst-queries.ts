import { isCompositeCstNode, type AstNode, type CstNode } from 'langium';

/**
 * The text pieces that make up `node` itself, in order: its own tokens (keywords, names, values, also those
 * inside data-type rules and unassigned rule calls) and, as single pieces, the nodes written inside it;
 * with `withComments`, also the comments among them.
 */
export function ownParts(node: AstNode, withComments = false): CstNode[] {
    const parts: CstNode[] = [];
    if (node.$cstNode) {
        collectOwnParts(node, node.$cstNode, withComments, parts);
    }
    return parts;
}

/** A loop rather than a closure per call: the validator runs `ownParts` for most nodes of a map on every keystroke. */
function collectOwnParts(node: AstNode, cst: CstNode, withComments: boolean, parts: CstNode[]): void {
    if (isCompositeCstNode(cst) && cst.astNode === node) {
        for (const child of cst.content) {
            collectOwnParts(node, child, withComments, parts);
        }
    } else if (withComments || !cst.hidden) {
        parts.push(cst);
    }
}
