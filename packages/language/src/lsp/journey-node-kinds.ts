import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver-types';

const symbolKinds: Record<string, SymbolKind> = {
    Journey: SymbolKind.Module,
    Stage: SymbolKind.Namespace,
    Touchpoint: SymbolKind.Event,
    Persona: SymbolKind.Class,
    Segment: SymbolKind.Interface,
    Team: SymbolKind.Package,
    Channel: SymbolKind.EnumMember,
    Metric: SymbolKind.Number,
    Pain: SymbolKind.Constant,
    Opportunity: SymbolKind.Function,
    Experiment: SymbolKind.Method
};

const completionKinds: Record<string, CompletionItemKind> = {
    Journey: CompletionItemKind.Module,
    Stage: CompletionItemKind.Folder,
    Touchpoint: CompletionItemKind.Event,
    Persona: CompletionItemKind.Class,
    Segment: CompletionItemKind.Interface,
    Team: CompletionItemKind.Module,
    Channel: CompletionItemKind.EnumMember,
    Metric: CompletionItemKind.Unit,
    Pain: CompletionItemKind.Constant,
    Opportunity: CompletionItemKind.Function,
    Experiment: CompletionItemKind.Method
};

/** Icons in the outline, breadcrumbs and completion lists, one per kind of thing in a map. */
export class JourneyNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return symbolKinds[typeOf(node)] ?? super.getSymbolKind(node);
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return completionKinds[typeOf(node)] ?? super.getCompletionItemKind(node);
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return 'type' in node && typeof node.type === 'string' ? node.type : (node as AstNode).$type;
}
