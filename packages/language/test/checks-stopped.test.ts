import { EmptyFileSystem } from 'langium';
import { describe, expect, it, vi } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkTexts, createJourneyServices } from '../src/index.js';
import { JourneyDocumentValidator } from '../src/validation/journey-document-validator.js';

const map = 'journey J {\n  stage S { touchpoint T }\n}\n';

describe('a failure of the checks themselves', () => {
    it('is a checks-stopped error at the start of the file, not a file that looks clean', async () => {
        const { Journey } = createJourneyServices(EmptyFileSystem);
        const validator = Journey.validation.DocumentValidator;
        expect(validator).toBeInstanceOf(JourneyDocumentValidator);
        // The walk over the nodes failing as a spread of 150,000 findings did inside Langium.
        vi.spyOn(validator as unknown as { validateAstNodes: () => Promise<void> }, 'validateAstNodes')
            .mockRejectedValue(new RangeError('Maximum call stack size exceeded'));
        const [checked] = await checkTexts(Journey, [{ uri: 'file:///stopped/j.journey', text: map }]);
        expect(checked.diagnostics).toEqual([expect.objectContaining({
            code: 'checks-stopped', severity: DiagnosticSeverity.Error, source: 'journey',
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            message: 'The checks of this file stopped on an internal error, so its findings may be incomplete (Maximum call stack size exceeded); please report it.'
        })]);
    });
});
