import { AstUtils, CstUtils, GrammarAST, GrammarUtils, type LangiumDocument } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import {
    ErrorCodes, ResponseError, type CancellationToken, type Position, type PrepareRenameParams, type Range, type RenameParams, type WorkspaceEdit
} from 'vscode-languageserver';
import { JourneyMapsGrammar } from '../generated/grammar.js';
import { reservedWords } from '../parser/journey-token-builder.js';
import { isBuiltinUri } from '../workspace/builtin-channels.js';
import { capitalise } from '../text/casing.js';
import { typeWord } from '../text/type-words.js';

/** The whole of a name, as the ID terminal of the grammar reads it. */
const namePattern = (() => {
    const id = AstUtils.streamAst(JourneyMapsGrammar()).filter(GrammarAST.isTerminalRule).find(rule => rule.name === 'ID')!;
    return new RegExp(`^(?:${GrammarUtils.terminalRegex(id).source})$`);
})();

/** Whether `name` can be written where a name goes: the ID terminal, and not the reserved `drop`. */
export function isValidName(name: string): boolean {
    return namePattern.test(name) && !reservedWords.has(name);
}

/**
 * Renames only to valid names (a new name that is not one would break every file that uses it), and never
 * renames a built-in channel, which lives in no file of the workspace.
 */
export class JourneyRenameProvider extends DefaultRenameProvider {
    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        this.refuseBuiltin(document, params.position);
        if (!isValidName(params.newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams,
                `'${params.newName}' is not a valid name: a name starts with a letter or '_' and goes on with letters, digits, '_' and single hyphens between them, such as 'Sarah_K' or 'review-site'${reservedWords.has(params.newName) ? `; '${params.newName}' is reserved for drop-offs` : ''}.`);
        }
        return super.rename(document, params, cancelToken);
    }

    override async prepareRename(document: LangiumDocument, params: PrepareRenameParams, cancelToken?: CancellationToken): Promise<Range | undefined> {
        this.refuseBuiltin(document, params.position);
        return super.prepareRename(document, params, cancelToken);
    }

    private refuseBuiltin(document: LangiumDocument, position: Position): void {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(position), this.grammarConfig.nameRegexp);
        if (!leaf) {
            return;
        }
        const declarations = isBuiltinUri(document.uri) ? [leaf.astNode] : this.references.findDeclarations(leaf);
        const builtin = declarations.find(node => isBuiltinUri(AstUtils.getDocument(node).uri));
        if (builtin) {
            const name = (builtin as { name?: string }).name ?? leaf.text;
            throw new ResponseError(ErrorCodes.InvalidRequest,
                `${capitalise(typeWord(builtin.$type))} '${name}' is built in and cannot be renamed; declare a channel of your own under another name and use that instead.`);
        }
    }
}
