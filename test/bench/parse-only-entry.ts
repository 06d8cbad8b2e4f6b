// `node <bundle> <file>...`: builds this language's services and parses the files, nothing else (no linking, no
// checks, no CLI). Bundled by start-up-floors.ts for the start-up table of `npm run bench`.
import { readFileSync } from 'node:fs';
import { createJourneyCoreServices } from '@journey-maps/language';
import { EmptyFileSystem, URI } from 'langium';

const { shared } = createJourneyCoreServices(EmptyFileSystem);
let errors = 0;
for (const file of process.argv.slice(2)) {
    const { parseResult } = shared.workspace.LangiumDocumentFactory.fromString(readFileSync(file, 'utf8'), URI.file(file));
    errors += parseResult.lexerErrors.length + parseResult.parserErrors.length;
}
console.log(`${errors} syntax errors`);
