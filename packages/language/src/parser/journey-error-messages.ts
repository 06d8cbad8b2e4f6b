import { EOF, type ILexerErrorMessageProvider, type IParserErrorMessageProvider, type IToken, type TokenType } from 'chevrotain';
import { JourneyMapsGrammar } from '../generated/grammar.js';
import { closestName } from '../text/closest-name.js';
import { AstUtils, GrammarAST } from 'langium';
import { capitalise } from '../text/casing.js';
import { article, blockOfRule, cannotHoldMessage, listWords } from './block-contents.js';

let keywordWords: ReadonlySet<string> | undefined;

/**
 * Every word the language uses as a keyword, for "did you mean" hints: read from the grammar when a message
 * first needs it, not at every start (a walk of the whole grammar that a map without mistakes never needs).
 */
function keywords(): ReadonlySet<string> {
    keywordWords ??= new Set(AstUtils.streamAst(JourneyMapsGrammar())
        .filter(GrammarAST.isKeyword)
        .map(keyword => keyword.value)
        .filter(value => /^[a-z]/.test(value)));
    return keywordWords;
}

/**
 * Parser and lexer messages in the map writer's words: "Expected a name after 'stage' but found '{'",
 * never token type names or grammar rule names.
 */
export class JourneyParserErrorMessageProvider implements IParserErrorMessageProvider {
    buildMismatchTokenMessage({ expected, actual, previous, ruleName }: { expected: TokenType; actual: IToken; previous: IToken; ruleName?: string }): string {
        if (expected === EOF) {
            return this.buildNotAllInputParsedMessage({ firstRedundant: actual });
        }
        if (expected.name === 'ID' && isKeyword(actual.tokenType) && /^[a-z]/.test(actual.image)) {
            return `'${actual.image}' is a keyword and cannot be used as a name${after(previous, actual)}; choose another name, such as '${capitalise(actual.image)}'.`;
        }
        const block = ruleName ? blockOfRule(ruleName) : undefined;
        if (keywordText(expected) === '}' && isWord(actual) && block && !block.freeForm) {
            return cannotHoldMessage(actual.image, block, closestName(actual.image, block.words));
        }
        if (keywordText(expected) === '}' && !isEnd(actual) && block && !block.freeForm) {
            return `Unexpected ${describeToken(actual)}${after(previous, actual)}: ${article(block)} holds ${listWords(block.words)}, each followed by its value.`;
        }
        if (keywordText(expected) === '}' && isWord(actual)) {
            const suggestion = closestName(actual.image, keywords());
            const hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
            return `'${actual.image}' is not something this block can hold, or a '}' is missing before it.${hint}`;
        }
        return `Expected ${describeTokenType(expected)}${after(previous, actual)} but found ${describeToken(actual)}.`;
    }

    buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken }): string {
        if (firstRedundant.image === '}') {
            return `Unexpected '}': there is no open block here for it to close.`;
        }
        return `Unexpected ${describeToken(firstRedundant)}: a file holds journey, persona, segment, team and channel declarations.`;
    }

    buildNoViableAltMessage({ expectedPathsPerAlt, actual, previous }: {
        expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken;
    }): string {
        const expected = expectedStarts(expectedPathsPerAlt.flat());
        const found = actual[0];
        const choices = expectedPathsPerAlt.flat().filter(path => path.length > 0 && isKeyword(path[0])).map(path => keywordText(path[0]));
        const suggestion = found && isWord(found) ? closestName(found.image, choices) : undefined;
        const hint = suggestion ? ` Did you mean '${suggestion}'?` : '';
        if (isEnd(found)) {
            return `The file ends too soon: expected ${listChoices(expected)}${after(previous)}.`;
        }
        return `Unexpected ${describeToken(found)}${after(previous)}: expected ${listChoices(expected)}.${hint}`;
    }

    buildEarlyExitMessage({ expectedIterationPaths, actual, previous }: {
        expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken;
    }): string {
        const expected = expectedStarts(expectedIterationPaths);
        if (isEnd(actual[0])) {
            return `The file ends too soon: expected at least one ${listChoices(expected)}${after(previous)}.`;
        }
        return `Expected at least one ${listChoices(expected)}${after(previous)} but found ${describeToken(actual[0])}.`;
    }
}

export class JourneyLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const text = fullText.substring(startOffset, startOffset + length);
        if (text.startsWith('"')) {
            return 'This text has no closing quote (") on its line.';
        }
        return `Unexpected character ${describeCharacters(text)}: it has no meaning in a journey map here.`;
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return `Unexpected ${describeToken(token)}.`;
    }
}

function isWord(token: IToken): boolean {
    return /^[A-Za-z_]/.test(token.image);
}

function isKeyword(type: TokenType): boolean {
    return type.name.endsWith(':KW') || /^[^A-Z_]/.test(type.name);
}

function describeTokenType(type: TokenType): string {
    switch (type.name) {
        case 'ID': return 'a name';
        case 'STRING': return 'a text in double quotes';
        case 'NUMBER': return 'a number';
        case 'DATE': return 'a date such as 2026-09-30';
        case EOF.name: return 'the end of the file';
        default: return `'${keywordText(type)}'`;
    }
}

function keywordText(type: TokenType): string {
    return type.name.endsWith(':KW') ? type.name.slice(0, -3) : type.name;
}

function describeToken(token: IToken | undefined): string {
    if (isEnd(token)) {
        return 'the end of the file';
    }
    const image = token!.image.length > 40 ? token!.image.slice(0, 37) + '...' : token!.image;
    return `'${image}'`;
}

/** " after 'x'", unless there is no previous token or it is the token found itself (as after a recovery). */
function after(previous: IToken | undefined, actual?: IToken): string {
    const same = actual !== undefined && previous?.startOffset === actual.startOffset;
    return previous && previous.image && previous.tokenType !== EOF && !same ? ` after '${previous.image}'` : '';
}

function expectedStarts(paths: TokenType[][]): string[] {
    const starts = new Set<string>();
    for (const path of paths) {
        if (path.length > 0) {
            starts.add(describeTokenType(path[0]));
        }
    }
    return [...starts];
}

function isEnd(token: IToken | undefined): boolean {
    return !token || token.tokenType === EOF || token.image === '';
}

function listChoices(choices: string[]): string {
    if (choices.length === 0) {
        return 'something else';
    }
    if (choices.length === 1) {
        return choices[0];
    }
    return `one of ${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}`;
}

function describeCharacters(text: string): string {
    const codePoint = text.codePointAt(0) ?? 0;
    const printable = codePoint > 0x20 && codePoint !== 0x7f && !(codePoint >= 0x80 && codePoint < 0xa0);
    return printable ? `'${text}'` : `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}
