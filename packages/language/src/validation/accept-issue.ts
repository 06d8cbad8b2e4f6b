import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { IssueCodes, type IssueCode } from './issue-codes.js';

/**
 * Reports a check's finding with its stable code and default severity; the document validator then applies
 * the project's configuration.
 */
export function acceptIssue<N extends AstNode>(accept: ValidationAcceptor, code: IssueCode, message: string, info: Omit<DiagnosticInfo<N>, 'code'>): void {
    accept(IssueCodes[code].severity, message, { ...info, code } as DiagnosticInfo<N>);
}

