import type { ILexingError, IToken, TokenType } from 'chevrotain';
import { closestName } from '../text/closest-name.js';
import { isUnterminatedString } from './journey-lexer.js';
import { article, blockContents, blockOpenedBy, cannotHoldMessage, fileContents, type BlockContents } from './block-contents.js';

/** A quick fix carried by a syntax error: replace `length` characters at `offset` with `newText`. */
export interface SlipFix {
    readonly title: string;
    readonly offset: number;
    readonly length: number;
    readonly newText: string;
}

/** A syntax error found before parsing, with the fix when there is an obvious one. */
export interface SlipError extends ILexingError {
    fix?: SlipFix;
}

/**
 * Repairs the common single slips in the token stream before the parser sees it, each reported once,
 * precisely, so that the parser does not derail: a block left open or opened without '{' (read from the
 * indentation, only when the braces do not balance), a misspelt keyword at the start of a line (read as the
 * keyword of that block it is closest to), a line that starts with a word the block cannot hold (left out),
 * and a list where one value goes (the extra values left out). Everything else is left to the parser.
 */
export function repairSlips(tokens: IToken[], text: string, keywordType: (word: string) => TokenType | undefined): SlipRepair {
    const errors: SlipError[] = [];
    const replaced = new Set<number>();
    const quoted = repairQuoteBeforePlace(repairShiftedQuotes(tokens, text, errors, replaced), text, keywordType, errors, replaced);
    const braced = repairBraces(quoted, text, keywordType, errors);
    return { tokens: repairLines(braced, keywordType, errors), errors, replaced };
}

export interface SlipRepair {
    readonly tokens: IToken[];
    readonly errors: SlipError[];
    /** Offsets of texts reported without a closing quote whose line a repair explains better (their report is replaced). */
    readonly replaced: ReadonlySet<number>;
}

/**
 * A text missing its closing quote before another text on the same line shifts the quotes: the first text
 * runs to the second one's opening quote, which then looks like a closing one directly followed by a word
 * (`unit "CSAT score current 85 source "support desk"`). The slip is reported at the first text, and the
 * rest of its line is left out.
 */
function repairShiftedQuotes(tokens: IToken[], text: string, errors: SlipError[], replaced: Set<number>): IToken[] {
    let out = tokens;
    for (let i = tokens.length - 1; i >= 0; i--) {
        const last = tokens[i];
        if (last.tokenType.name !== 'STRING' || !isUnterminatedString(last.image)) {
            continue;
        }
        let first = i - 1;
        while (first >= 0 && tokens[first].startLine === last.startLine
            && !(tokens[first].tokenType.name === 'STRING' && /\w/.test(text.charAt(tokens[first].endOffset! + 1)))) {
            first--;
        }
        if (first < 0 || tokens[first].startLine !== last.startLine) {
            continue;
        }
        errors.push(slipError(tokens[first], 'This text has no closing quote (") where it should end: the quotes after it on this line no longer pair up.'));
        replaced.add(last.startOffset);
        out = out === tokens ? [...tokens] : out;
        out.splice(first + 1, i - first);
    }
    return out;
}

/**
 * A title missing its closing quote on the line that opens a metric's or pain's block takes in the `at` place
 * after it (`metric M "Sales (index) at Checkout {`): the place is read as the place it is, and the slip is
 * reported once, with the quote to add before `at`.
 */
function repairQuoteBeforePlace(tokens: IToken[], text: string, keywordType: (word: string) => TokenType | undefined, errors: SlipError[], replaced: Set<number>): IToken[] {
    const atType = keywordType('at');
    const idType = keywordType('ID');
    if (!atType || !idType) {
        return tokens;
    }
    // Nearly every map has no such slip: the tokens are copied only from the first one on.
    let out: IToken[] | undefined;
    tokens.forEach((token, i) => {
        const place = token.tokenType.name === 'STRING' && isUnterminatedString(token.image) && text.charAt(token.endOffset! + 1) === '{'
            ? /^(".*?\S)(\s+)at\s+([_a-zA-Z]\w*(?:-\w+)*)\s*$/.exec(token.image) : null;
        if (!place) {
            out?.push(token);
            return;
        }
        out ??= tokens.slice(0, i);
        const [, title, space, name] = place;
        const atOffset = token.startOffset + title.length + space.length;
        const nameOffset = token.startOffset + token.image.indexOf(name, title.length + space.length + 2);
        replaced.add(token.startOffset);
        errors.push(slipError(token, `This text has no closing quote ("): add it before 'at ${name}'.`,
            { title: `Close the text before 'at ${name}'`, offset: token.startOffset + title.length, length: 0, newText: '"' }, title.length));
        out.push(
            { ...token, image: title, endOffset: token.startOffset + title.length - 1, endColumn: token.startColumn! + title.length - 1 },
            placed(token, atOffset, 'at', atType),
            placed(token, nameOffset, name, idType)
        );
    });
    return out ?? tokens;
}

/** A token for `image`, found at `offset` on the line of `on`. */
function placed(on: IToken, offset: number, image: string, tokenType: TokenType): IToken {
    const column = on.startColumn! + offset - on.startOffset;
    return {
        image, startOffset: offset, endOffset: offset + image.length - 1, startLine: on.startLine, endLine: on.startLine,
        startColumn: column, endColumn: column + image.length - 1, tokenType, tokenTypeIdx: tokenType.tokenTypeIdx!
    };
}

interface OpenBlock {
    readonly open: IToken;
    /** The column of the first token on the line that opens the block. */
    readonly indent: number;
    readonly header: IToken[];
}

/** Where braces do not balance, adds the missing one where the indentation says it belongs. */
function repairBraces(tokens: IToken[], text: string, keywordType: (word: string) => TokenType | undefined, errors: SlipError[]): IToken[] {
    let opens = 0;
    let closes = 0;
    for (const token of tokens) {
        opens += token.image === '{' ? 1 : 0;
        closes += token.image === '}' ? 1 : 0;
    }
    const openType = keywordType('{');
    const closeType = keywordType('}');
    if (opens === closes || !openType || !closeType) {
        return tokens;
    }
    const found: SlipError[] = [];
    const out: IToken[] = [];
    const stack: OpenBlock[] = [];
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const first = i === 0 || tokens[i - 1].endLine !== token.startLine;
        if (first && opens > closes) {
            while (stack.length > 0 && (token.startColumn! < stack[stack.length - 1].indent
                || (token.startColumn === stack[stack.length - 1].indent && token.image !== '}'))) {
                const block = stack.pop()!;
                const lineStart = token.startOffset - (token.startColumn! - 1);
                found.push(slipError(block.open, `${describeBlock(block.header)} opened at ${block.open.startLine}:${block.open.startColumn} is not closed: its '}' is missing before line ${token.startLine}.`,
                    { title: `Close it with '}' before line ${token.startLine}`, offset: lineStart, length: 0, newText: `${' '.repeat(block.indent - 1)}}\n` }));
                out.push(virtual(out[out.length - 1], '}', closeType));
            }
        }
        if (token.image === '{') {
            const parent = stack.length > 0 ? blockOpenedBy(wordOf(stack[stack.length - 1].header[0] ?? token)) : fileContents();
            stack.push({ open: token, indent: firstOnLine(tokens, i).startColumn!, header: headerBefore(tokens, i, parent) });
        } else if (token.image === '}' && closes > opens) {
            const innermost = stack[stack.length - 1];
            const lineIndent = firstOnLine(tokens, i).startColumn!;
            if (innermost === undefined || lineIndent > innermost.indent || (!first && innermost.open.startLine !== token.startLine && lineIndent > innermost.indent)) {
                const insertAfter = openerEnd(out, first ? token.startColumn! : lineIndent, innermost?.open, first);
                // A block that would hold nothing is no block missing its '{' but a stray '}': left to the parser.
                if (insertAfter !== undefined && insertAfter < out.length - 1) {
                    const header = headerFrom(out, insertAfter);
                    const last = out[insertAfter];
                    found.push(slipError(header[0] ?? last, `${describeBlock(header)} has no '{' to open its block: add '{' at the end of line ${last.startLine}.`,
                        { title: `Add '{' at the end of line ${last.startLine}`, offset: last.endOffset! + 1, length: 0, newText: ' {' }));
                    out.splice(insertAfter + 1, 0, virtual(last, '{', openType));
                    out.push(token);
                    continue;
                }
            }
            stack.pop();
        } else if (token.image === '}') {
            stack.pop();
        }
        out.push(token);
    }
    // Blocks still open at the end of the file are one slip (the file stops early): one finding names them all.
    const unclosed = opens > closes ? stack.reverse() : [];
    if (unclosed.length > 0) {
        const [innermost] = unclosed;
        const names = unclosed.map((block, i) => {
            const name = `${describeBlock(block.header)} opened at ${block.open.startLine}:${block.open.startColumn}`;
            return i === 0 ? name : name.charAt(0).toLowerCase() + name.slice(1);
        });
        const message = unclosed.length === 1
            ? `${names[0]} is not closed: its '}' is missing at the end of the file.`
            : `${listPhrases(names)} are not closed: their '}' are missing at the end of the file.`;
        const closing = unclosed.map(block => `${' '.repeat(block.indent - 1)}}\n`).join('');
        found.push(slipError(innermost.open, message,
            { title: `Close ${unclosed.length === 1 ? 'it' : 'them'} at the end of the file`, offset: text.length, length: 0, newText: `${text.endsWith('\n') ? '' : '\n'}${closing}` }));
        for (let i = 0; i < unclosed.length; i++) {
            out.push(virtual(out[out.length - 1], '}', closeType));
        }
    }
    // Only a repair that balances the braces with one brace per missing one is kept; anything else is left to the parser.
    const added = out.length - tokens.length;
    if (added !== Math.abs(opens - closes) || found.length === 0) {
        return tokens;
    }
    // One at a time: a spread of very many arguments throws.
    for (const error of found) {
        errors.push(error);
    }
    return out;
}

/** "A, B and C" */
function listPhrases(items: readonly string[]): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The first token on the line of tokens[index]. */
function firstOnLine(tokens: IToken[], index: number): IToken {
    let i = index;
    while (i > 0 && tokens[i - 1].endLine === tokens[index].startLine) {
        i--;
    }
    return tokens[i];
}

/**
 * The index (in `out`) of the token after which a missing '{' goes: the end of the last line at `indent`
 * since the innermost open block, or for a '}' at the end of a line, the end of that line's header.
 */
function openerEnd(out: IToken[], indent: number, innermostOpen: IToken | undefined, closeFirstOnLine: boolean): number | undefined {
    const stop = innermostOpen ? out.indexOf(innermostOpen) : -1;
    if (!closeFirstOnLine) {
        let start = out.length - 1;
        while (start > stop + 1 && out[start - 1].endLine === out[out.length - 1].startLine) {
            start--;
        }
        return headerEnd(out, start);
    }
    for (let i = out.length - 1; i > stop; i--) {
        const lineStart = i === 0 || out[i - 1].endLine !== out[i].startLine;
        if (lineStart && out[i].startColumn === indent && blockOpenedBy(out[i].image)) {
            let end = i;
            while (end + 1 < out.length && out[end + 1].startLine === out[i].startLine) {
                end++;
            }
            return end;
        }
    }
    return undefined;
}

/** The last token of a declaration's header starting at `start`: keyword(s), name, title and `at` place. */
function headerEnd(out: IToken[], start: number): number | undefined {
    if (!blockOpenedBy(out[start]?.image ?? '')) {
        return undefined;
    }
    let i = start;
    if (out[i].image === 'moment') {
        return out[i + 1]?.image === 'of' && out[i + 2]?.image === 'truth' ? i + 2 : undefined;
    }
    i += /^[_a-zA-Z]/.test(out[i + 1]?.image ?? '') ? 1 : 0;
    i += out[i + 1]?.image.startsWith('"') ? 1 : 0;
    i += out[i + 1]?.image === 'at' && out[i + 2] ? 2 : 0;
    return i;
}

/**
 * The header tokens of the declaration whose '{' is tokens[index], read backwards by its shape: the word
 * that opens a block the enclosing block can hold, a name, a title, an `at` place (`stage metric {` in a
 * journey is a stage named metric), or `moment of truth`.
 */
function headerBefore(tokens: IToken[], index: number, parent: BlockContents | undefined): IToken[] {
    const opens = (k: number) => k >= 0 && blockOpenedBy(wordOf(tokens[k])) !== undefined && (!parent || parent.words.includes(wordOf(tokens[k])));
    let i = index - 1;
    if (i >= 2 && tokens[i].image === 'truth' && tokens[i - 1].image === 'of' && wordOf(tokens[i - 2]) === 'moment') {
        return tokens.slice(i - 2, index);
    }
    i -= i >= 1 && tokens[i - 1].image === 'at' ? 2 : 0;
    i -= i >= 0 && tokens[i].image.startsWith('"') ? 1 : 0;
    if (opens(i - 1)) {
        return tokens.slice(i - 1, index);
    }
    return opens(i) ? tokens.slice(i, index) : [];
}

/** The keyword a token stands for (a misspelt keyword read as the keyword it was meant to be), else its text. */
function wordOf(token: IToken): string {
    return token.tokenType.name.endsWith(':KW') ? token.tokenType.name.slice(0, -3) : /^[a-z]/.test(token.tokenType.name) ? token.tokenType.name : token.image;
}

/** The header tokens of the declaration ending at out[end]. */
function headerFrom(out: IToken[], end: number): IToken[] {
    let i = end;
    while (i > 0 && out[i - 1].endLine === out[end].startLine) {
        i--;
    }
    return out.slice(i, end + 1);
}

/** "The stage 'Checkout'", "The moment of truth", "This block". */
function describeBlock(header: IToken[]): string {
    const block = header[0] && blockOpenedBy(wordOf(header[0]));
    if (!block) {
        return 'This block';
    }
    const name = header[1] && wordOf(header[0]) !== 'moment' && /^[_a-zA-Z]/.test(header[1].image) ? ` '${header[1].image}'` : '';
    return `The ${block.kind}${name}`;
}

/** A token the repair adds: placed right after `after`, covering nothing of the text. */
function virtual(after: IToken | undefined, image: string, tokenType: TokenType): IToken {
    const offset = after ? after.endOffset! + 1 : 0;
    return {
        image,
        startOffset: offset,
        endOffset: offset + image.length - 1,
        startLine: after?.endLine ?? 1,
        endLine: after?.endLine ?? 1,
        startColumn: (after?.endColumn ?? 0) + 1,
        endColumn: (after?.endColumn ?? 0) + image.length,
        tokenType,
        tokenTypeIdx: tokenType.tokenTypeIdx!
    };
}

function slipError(at: IToken, message: string, fix?: SlipFix, length = at.image.length): SlipError {
    return { offset: at.startOffset, line: at.startLine, column: at.startColumn, length, message, fix };
}

interface LineBlock {
    readonly contents: BlockContents | undefined;
    /** The word that started the property being read. */
    property?: string;
    /** The value the property was given, for messages about a second one. */
    value?: IToken;
}

/** Reads the lines of each block: misspelt keywords, words the block cannot hold, lists where one value goes. */
function repairLines(tokens: IToken[], keywordType: (word: string) => TokenType | undefined, errors: SlipError[]): IToken[] {
    // The tokens are copied only from the first change on (nearly every map has none).
    let out: IToken[] | undefined;
    const stack: LineBlock[] = [{ contents: fileContents() }];
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const block = stack[stack.length - 1];
        const contents = block.contents;
        const first = i === 0 || tokens[i - 1].endLine !== token.startLine || tokens[i - 1].image === '{';
        if (token.image === '{') {
            const header = out ? headerBefore(out, out.length, contents) : headerBefore(tokens, i, contents);
            stack.push({ contents: header[0] && blockOpenedBy(wordOf(header[0])) });
            out?.push(token);
            continue;
        }
        if (token.image === '}') {
            if (stack.length > 1) {
                stack.pop();
            }
            out?.push(token);
            continue;
        }
        if (!contents || contents.freeForm) {
            out?.push(token);
            continue;
        }
        if (first && isWord(token) && !contents.words.includes(token.image) && !isValueWord(token) && !continuesLine(tokens, i, block)) {
            const meant = closestName(token.image, contents.words);
            const type = meant && keywordType(meant);
            if (meant && type) {
                errors.push(slipError(token, cannotHoldMessage(token.image, contents, meant),
                    { title: `Change to '${meant}'`, offset: token.startOffset, length: token.image.length, newText: meant }));
                (out ??= tokens.slice(0, i)).push({ ...token, tokenType: type, tokenTypeIdx: type.tokenTypeIdx! });
                block.property = meant;
                block.value = undefined;
                continue;
            }
            out ??= tokens.slice(0, i);
            const end = lineEnd(tokens, i);
            const last = tokens[end];
            errors.push(slipError(token, cannotHoldMessage(token.image, contents, undefined),
                { title: `Remove '${token.image}'`, offset: token.startOffset, length: last.endOffset! + 1 - token.startOffset, newText: '' }));
            i = end;
            continue;
        }
        if (isWord(token) && contents.words.includes(token.image) && (first || block.value !== undefined || block.property === undefined)) {
            block.property = token.image;
            block.value = undefined;
        } else if (token.image === ',' && block.property && !contents.lists.has(block.property) && block.value && isValue(tokens[i + 1])) {
            let end = i + 1;
            while (tokens[end + 1]?.image === ',' && isValue(tokens[end + 2])) {
                end += 2;
            }
            const extra = tokens[i + 1];
            const message = contents.repeatable.has(block.property)
                ? `List one '${block.property}' per line: write '${block.property} ${extra.image}' on a line of its own.`
                : `${capitalised(article(contents))} has one ${block.property}: keep either '${block.value.image}' or '${extra.image}'.`;
            errors.push(slipError(token, message, { title: `Keep only '${block.value.image}'`, offset: token.startOffset, length: tokens[end].endOffset! + 1 - token.startOffset, newText: '' },
                tokens[end].endOffset! + 1 - token.startOffset));
            out ??= tokens.slice(0, i);
            i = end;
            continue;
        } else if (block.property && block.value === undefined) {
            block.value = token;
        }
        out?.push(token);
    }
    return out ?? tokens;
}

/**
 * Whether the line at tokens[i] continues what the line before began (a list, a value on its own line, a
 * scorecard), rather than starting a property.
 */
function continuesLine(tokens: IToken[], i: number, block: LineBlock): boolean {
    const previous = tokens[i - 1];
    const awaitsValue = block.property !== undefined && block.value === undefined && block.contents?.valued.has(block.property) === true
        && wordOf(previous) === block.property;
    return previous?.image === ',' || awaitsValue || (block.property === 'score' && /^[+-]?\d/.test(tokens[i + 1]?.image ?? ''));
}

/** The index of the last token on the line of tokens[i], including any block opened on it, excluding a '}' that closes an enclosing one. */
function lineEnd(tokens: IToken[], i: number): number {
    let depth = 0;
    let end = i;
    for (let j = i + 1; j < tokens.length; j++) {
        const token = tokens[j];
        if (depth === 0 && (token.startLine !== tokens[end].endLine || token.image === '}')) {
            break;
        }
        depth += token.image === '{' ? 1 : token.image === '}' ? -1 : 0;
        end = j;
    }
    return end;
}

/** Every word that starts something some block holds: made at the first use, like the block contents it is read from. */
let propertyWords: ReadonlySet<string> | undefined;

/** Whether the token is a keyword that only ever stands in a value (`every`, `quarter`, `higher`): a line may go on with one. */
function isValueWord(token: IToken): boolean {
    propertyWords ??= new Set([...blockContents().values()].flatMap(contents => contents.words));
    return token.tokenType.name !== 'ID' && !propertyWords.has(token.image);
}

function isWord(token: IToken | undefined): boolean {
    return token !== undefined && /^[_a-zA-Z]/.test(token.image);
}

function isValue(token: IToken | undefined): boolean {
    return token !== undefined && (isWord(token) || /^["+\-\d]/.test(token.image));
}

function capitalised(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
