import { WorkspaceCache, isReference, type AstNode, type ValidationChecks } from 'langium';
import { isPersona, type JourneyAstType } from '../generated/ast.js';
import type { JourneyCoreServices } from '../journey-core-module.js';
import { journeyPersonas } from '../model/ast-queries.js';
import { acceptIssue } from './accept-issue.js';

/** A map of more than this many personas has too wide a scope. */
export const maxPersonasPerJourney = 3;

/** Personas that the workspace declares should be used, and a map should stay focused on a few. */
export function personaChecks(services: JourneyCoreServices): ValidationChecks<JourneyAstType> {
    const documents = services.shared.workspace.LangiumDocuments;
    // One pass over every reference of the workspace, shared by all persona checks until something changes.
    const referenced = new WorkspaceCache<'personas', Set<AstNode>>(services.shared);
    const referencedPersonas = () => referenced.get('personas', () => {
        const personas = new Set<AstNode>();
        for (const document of documents.all) {
            for (const reference of document.references) {
                const target = isReference(reference) ? reference.ref : undefined;
                if (target && isPersona(target)) {
                    personas.add(target);
                }
            }
        }
        return personas;
    });
    return {
        Persona: (persona, accept) => {
            if (persona.name && !referencedPersonas().has(persona)) {
                acceptIssue(accept, 'unused-persona', `Persona '${persona.name}' is declared but no journey uses it.`,
                    { node: persona, property: 'name' });
            }
        },
        Journey: (journey, accept) => {
            const personas = journeyPersonas(journey);
            if (journey.name && personas.length > maxPersonasPerJourney) {
                acceptIssue(accept, 'too-many-personas',
                    `Journey '${journey.name}' covers ${personas.length} personas (${personas.map(p => p.name).join(', ')}); a map of more than ${maxPersonasPerJourney} is hard to act on: split it.`,
                    { node: journey, property: 'name' });
            }
        }
    };
}
