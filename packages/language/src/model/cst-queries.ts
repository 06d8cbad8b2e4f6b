import { isCompositeCstNode, type AstNode, type CstNode } from 'langium';

/**
 * The text pieces that make up `node` itself, in order: its own tokens (keywords, names, values, also those
 * inside data-type rules and unassigned rule calls) and, as single pieces, the nodes written inside it;
 * with `withComments`, also the comments among them.
 */
export function ownParts(node: AstNode, withComments = false): CstNode[] {
    const parts: CstNode[] = [];
    const visit = (cst: CstNode) => {
        if (isCompositeCstNode(cst) && cst.astNode === node) {
            cst.content.forEach(visit);
        } else if (withComments || !cst.hidden) {
            parts.push(cst);
        }
    };
    if (node.$cstNode) {
        visit(node.$cstNode);
    }
    return parts;
}
