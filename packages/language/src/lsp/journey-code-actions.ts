import { AstUtils, CstUtils, type AstNode, type CstNode, type IndexManager, type LangiumDocument, type LangiumDocuments, type MaybePromise, type ScopeProvider } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeActionParams } from 'vscode-languageserver';
import { CodeActionKind, type CodeAction, type Command, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { Clock } from '../config/settings.js';
import { isDocument, isEmotion, isJourney, isMetric, isOpportunity, isPain, type Journey, type Pain } from '../generated/ast.js';
import { journeyOf } from '../model/ast-queries.js';
import { journeyScale, signedScore } from '../model/scale.js';
import { capitalise } from '../text/casing.js';
import type { SlipFix } from '../parser/slip-repair.js';
import { scopeNames } from '../references/scope-names.js';
import { isBuiltinUri } from '../workspace/builtin-channels.js';

type UnresolvedReference = LangiumDocument['references'][number];

/** The file a new declaration goes into, and the last declaration of its kind there, if any. */
interface DeclarationPlace {
    readonly target: LangiumDocument;
    readonly last: CstNode | undefined;
}

/** Declarations a quick fix can create for an unknown name, keyed by the reference's target type. */
const creatable = new Set(['Persona', 'Team', 'Segment', 'Channel']);

/** Quick fixes keyed by check code: what a map writer would type next to clear each finding. */
export class JourneyCodeActionProvider implements CodeActionProvider {
    constructor(private readonly indexManager: IndexManager, private readonly clock: Clock,
        private readonly scopeProvider: ScopeProvider, private readonly documents: LangiumDocuments) {}

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const request = new CodeActionRequest();
        return params.context.diagnostics.flatMap(diagnostic => this.fixesFor(document, diagnostic, request));
    }

    private fixesFor(document: LangiumDocument, diagnostic: Diagnostic, request: CodeActionRequest): CodeAction[] {
        const data = diagnostic.data as { fix?: SlipFix; replacement?: string } | undefined;
        if (diagnostic.code === 'syntax-error' && data?.fix) {
            const { title, offset, length, newText } = data.fix;
            const range = { start: document.textDocument.positionAt(offset), end: document.textDocument.positionAt(offset + length) };
            return [fix(title, diagnostic, document, [{ range, newText }], true)];
        }
        if (diagnostic.code === 'invalid-date' && data?.replacement) {
            return [fix(`Change to ${data.replacement}`, diagnostic, document, [{ range: diagnostic.range, newText: data.replacement }], true)];
        }
        const node = nodeAt(document, diagnostic);
        if (!node) {
            return [];
        }
        switch (diagnostic.code) {
            case 'unresolved-reference': return [...this.changeToCloseName(document, diagnostic, request), ...this.createDeclaration(document, diagnostic, request)];
            case 'pain-without-opportunity': return isPain(node) ? this.addOpportunity(document, diagnostic, node) : [];
            case 'emotion-off-scale': return this.clampEmotion(document, diagnostic, node);
            case 'opportunity-without-owner': return this.addOwner(document, diagnostic, node);
            case 'stale-map': return this.markReviewed(document, diagnostic, node);
            case 'metric-without-direction': return this.addDirection(document, diagnostic, node);
            default: return [];
        }
    }

    private createDeclaration(document: LangiumDocument, diagnostic: Diagnostic, request: CodeActionRequest): CodeAction[] {
        const name = document.textDocument.getText(diagnostic.range);
        const type = /^Unknown (persona|team|segment|channel)(?: or segment)? '/.exec(diagnostic.message)?.[1];
        if (!type || !creatable.has(capitalise(type)) || !/^[_a-zA-Z][\w-]*$/.test(name)) {
            return [];
        }
        const [target, edit] = this.declarationPlace(document, capitalise(type), `${type} ${name} "${name}"`, request);
        return [fixIn(`Create ${type} '${name}'`, diagnostic, target, [edit])];
    }

    /** "Change to 'web'": one fix per declared name close to the unknown one, the closest first and preferred. */
    private changeToCloseName(document: LangiumDocument, diagnostic: Diagnostic, request: CodeActionRequest): CodeAction[] {
        const reference = request.unresolvedAt(document, document.textDocument.offsetAt(diagnostic.range.start));
        if (!reference?.error) {
            return [];
        }
        return scopeNames(this.scopeProvider.getScope(reference.error.info)).close(reference.$refText).map((name, i) =>
            fix(`Change to '${name}'`, diagnostic, document, [{ range: diagnostic.range, newText: name }], i === 0));
    }

    /**
     * Where a new declaration goes: with the declarations of its kind in shared.journey when the workspace has
     * one, else after those of its kind in another file, else at the end of this file.
     */
    private declarationPlace(document: LangiumDocument, type: string, line: string, request: CodeActionRequest): [string, TextEdit] {
        const { target, last } = request.placeOf(type, () => {
            const others = this.documents.all.filter(other => !isBuiltinUri(other.uri.toString())).toArray();
            const holders = others.filter(other => lastDeclaration(other, type) !== undefined);
            const target = others.find(other => other.uri.path.endsWith('/shared.journey')) ?? holders.find(other => other !== document) ?? document;
            return { target, last: lastDeclaration(target, type) };
        });
        if (!last) {
            return [target.textDocument.uri, appendAtEnd(target, line)];
        }
        const at = target.textDocument.positionAt(last.end);
        return [target.textDocument.uri, { range: { start: at, end: at }, newText: `\n${line}` }];
    }

    private addOpportunity(document: LangiumDocument, diagnostic: Diagnostic, pain: Pain): CodeAction[] {
        const journey = journeyOf(pain);
        if (!journey) {
            return [];
        }
        const owner = journey.owner?.$refText;
        const title = (pain.title ?? pain.name).replace(/["\\]/g, '');
        const lines = [`opportunity Address${pain.name} "Address: ${title}" {`, `  solves ${pain.name}`, ...(owner ? [`  owner ${owner}`] : []), '}'];
        return [fix(`Add an opportunity for '${pain.name}'`, diagnostic, document, [insertBeforeClose(document, journey, lines)], true)];
    }

    private clampEmotion(document: LangiumDocument, diagnostic: Diagnostic, node: AstNode): CodeAction[] {
        const emotion = AstUtils.getContainerOfType(node, isEmotion);
        const journey = emotion && journeyOf(emotion);
        if (!emotion || !journey) {
            return [];
        }
        const { min, max } = journeyScale(journey);
        const clamped = Math.min(max, Math.max(min, emotion.score));
        const text = signedScore(clamped);
        return [fix(`Set the score to ${text}, the end of the scale`, diagnostic, document, [{ range: diagnostic.range, newText: text }], true)];
    }

    private addOwner(document: LangiumDocument, diagnostic: Diagnostic, node: AstNode): CodeAction[] {
        const opportunity = AstUtils.getContainerOfType(node, isOpportunity);
        const cst = opportunity?.$cstNode;
        if (!opportunity || !cst) {
            return [];
        }
        const teams = this.indexManager.allElements('Team').map(team => team.name).distinct().toArray().sort();
        const open = cst.text.indexOf('{');
        return teams.map(team => {
            const edit: TextEdit = open >= 0
                ? { range: rangeAt(document, cst.offset + open + 1), newText: ` owner ${team}` }
                : { range: rangeAt(document, cst.end), newText: ` { owner ${team} }` };
            return fix(`Set the owner to '${team}'`, diagnostic, document, [edit], teams.length === 1);
        });
    }

    private addDirection(document: LangiumDocument, diagnostic: Diagnostic, node: AstNode): CodeAction[] {
        const cst = AstUtils.getContainerOfType(node, isMetric)?.$cstNode;
        if (!cst) {
            return [];
        }
        const open = cst.text.indexOf('{');
        return (['lower', 'higher'] as const).map(better => {
            const edit: TextEdit = open >= 0
                ? { range: rangeAt(document, cst.offset + open + 1), newText: ` better ${better}` }
                : { range: rangeAt(document, cst.end), newText: ` { better ${better} }` };
            return fix(`Say that ${better} is better`, diagnostic, document, [edit]);
        });
    }

        private markReviewed(document: LangiumDocument, diagnostic: Diagnostic, node: AstNode): CodeAction[] {
        const journey = AstUtils.getContainerOfType(node, isJourney);
        if (!journey?.reviewed) {
            return [];
        }
        const today = this.clock.today();
        return [fix(`Mark as reviewed today (${today})`, diagnostic, document, [{ range: diagnostic.range, newText: today }], true)];
    }
}

/**
 * What the fixes of one request share, gathered on first use and then once per request rather than once per
 * diagnostic: which reference does not resolve at each place, and where a new declaration of each kind goes.
 */
class CodeActionRequest {
    private unresolved: Map<number, UnresolvedReference> | undefined;
    private readonly places = new Map<string, DeclarationPlace>();

    /** The first of the document's references that do not resolve whose text starts at `offset`. */
    unresolvedAt(document: LangiumDocument, offset: number): UnresolvedReference | undefined {
        if (!this.unresolved) {
            this.unresolved = new Map();
            for (const reference of document.references) {
                const start = reference.$refNode?.offset;
                if (reference.error && start !== undefined && !this.unresolved.has(start)) {
                    this.unresolved.set(start, reference);
                }
            }
        }
        return this.unresolved.get(offset);
    }

    /** Where a new declaration of `type` goes, found by `find` the first time. */
    placeOf(type: string, find: () => DeclarationPlace): DeclarationPlace {
        let place = this.places.get(type);
        if (!place) {
            place = find();
            this.places.set(type, place);
        }
        return place;
    }
}

/** The CST node of the last top-level declaration of `type` in the document. */
function lastDeclaration(document: LangiumDocument, type: string) {
    const root = document.parseResult.value;
    return isDocument(root) ? root.elements.filter(element => element.$type === type).at(-1)?.$cstNode : undefined;
}

function nodeAt(document: LangiumDocument, diagnostic: Diagnostic): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    return root ? CstUtils.findLeafNodeAtOffset(root, offset)?.astNode : undefined;
}

function fix(title: string, diagnostic: Diagnostic, document: LangiumDocument, edits: TextEdit[], isPreferred = false): CodeAction {
    return fixIn(title, diagnostic, document.textDocument.uri, edits, isPreferred);
}

/** A quick fix whose edits go into the document at `uri`. */
function fixIn(title: string, diagnostic: Diagnostic, uri: string, edits: TextEdit[], isPreferred = false): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred,
        edit: { changes: { [uri]: edits } }
    };
}

function appendAtEnd(document: LangiumDocument, line: string): TextEdit {
    const text = document.textDocument.getText();
    const end = document.textDocument.positionAt(text.length);
    return { range: { start: end, end }, newText: `${text.endsWith('\n') || text.length === 0 ? '' : '\n'}${line}\n` };
}

/** Inserts lines, indented one level, before the journey's closing brace. */
function insertBeforeClose(document: LangiumDocument, journey: Journey, lines: string[]): TextEdit {
    const cst = journey.$cstNode!;
    const closeOffset = cst.offset + cst.text.lastIndexOf('}');
    const position = document.textDocument.positionAt(closeOffset);
    const lineStart = document.textDocument.offsetAt({ line: position.line, character: 0 });
    const closeOnOwnLine = document.textDocument.getText().slice(lineStart, closeOffset).trim() === '';
    const at = closeOnOwnLine ? { line: position.line, character: 0 } : position;
    const body = lines.map(line => `  ${line}`).join('\n') + '\n';
    return { range: { start: at, end: at }, newText: closeOnOwnLine ? body : `\n${body}` };
}

function rangeAt(document: LangiumDocument, offset: number) {
    const position = document.textDocument.positionAt(offset);
    return { start: position, end: position };
}
