import { AstUtils, GrammarAST, type AstNode, type AstNodeDescription, type AstNodeLocator, type LangiumDocuments, type MaybePromise, type ReferenceInfo } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type LangiumServices, type NextFeature
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver-types';
import type { Clock } from '../config/settings.js';
import { journeyOf } from '../model/ast-queries.js';
import { journeyScale, scoreChoices, signedScore } from '../model/scale.js';
import { capitalise } from '../text/casing.js';
import { typeWord } from '../text/type-words.js';

/** Scaffolds offered next to the keyword that starts each kind of block; `${today}` is filled in. */
const scaffolds: Record<string, string> = {
    journey: 'journey ${1:Name} "${2:Title}" {\n\tkind ${3|current-state,future-state,day-in-the-life,service-blueprint|}\n\tgoal "${4:What this map is for}"\n\treviewed ${today} every quarter\n\t$0\n}',
    persona: 'persona ${1:Name} "${2:Title}" {\n\tgoal "${3:What they want}"\n\tfrustration "${4:What gets in their way}"\n}',
    stage: 'stage ${1:Name} "${2:Title}" {\n\tgoal "${3:What the customer wants here}"\n\t$0\n}',
    touchpoint: 'touchpoint ${1:Name} "${2:Title}" {\n\tchannel ${3:web}\n\towner ${4:Team}\n\tfeels ${5:Persona} ${6:0} "${7:word}"\n}',
    metric: 'metric ${1:Name} "${2:Title}" at ${3:Touchpoint} {\n\tunit ${4:%} baseline ${5:0} target ${6:0} better ${7|higher,lower|}\n}',
    pain: 'pain ${1:Name} "${2:Title}" at ${3:Touchpoint} {\n\tseverity ${4|trivial,workaround,abandon|} affects ${5:Persona}\n}',
    opportunity: 'opportunity ${1:Name} "${2:Title}" {\n\tsolves ${3:Pain} impact ${4|high,medium,low|} effort ${5|high,medium,low|} owner ${6:Team}\n}',
    experiment: 'experiment ${1:Name} "${2:Title}" {\n\tfor ${3:Opportunity} hypothesis "${4:If we ..., then ...}"\n\tmetric ${5:Metric} expect ${6:-10%} status planned\n}'
};

/**
 * Completion in the map writer's terms: references carry their titles, an emotion score offers the values
 * of the journey's scale (a few of a wide one), and block keywords come with a scaffold to fill in.
 */
export class JourneyCompletionProvider extends DefaultCompletionProvider {
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;
    private readonly clock: Clock;

    constructor(services: LangiumServices & { settings: { Clock: Clock } }) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.locator = services.workspace.AstNodeLocator;
        this.clock = services.settings.Clock;
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (isEmotionScore(next.feature)) {
            this.completeScores(context, acceptor);
            return;
        }
        return super.completionFor(context, next, acceptor);
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        super.completionForKeyword(context, keyword, acceptor);
        const scaffold = scaffolds[keyword.value];
        if (scaffold && this.filterKeyword(context, keyword)) {
            acceptor(context, {
                label: `${keyword.value} …`,
                filterText: keyword.value,
                detail: `New ${typeWord(capitalise(keyword.value))}`,
                kind: CompletionItemKind.Snippet,
                insertText: scaffold.replace('${today}', this.clock.today()),
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: '2'
            });
        }
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const title = titleOf(this.loadNode(description));
        return { ...item, detail: title ? `${typeWord(description.type)}: ${title}` : typeWord(description.type) };
    }

    private completeScores(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const journey = context.node && journeyOf(context.node);
        if (!journey) {
            return;
        }
        const scale = journeyScale(journey);
        scoreChoices(scale).forEach((score, i) => {
            acceptor(context, {
                label: signedScore(score),
                kind: CompletionItemKind.Value,
                detail: `on this journey's scale ${scale.min} .. ${scale.max}`,
                sortText: String(i).padStart(4, '0')
            });
        });
    }

    private loadNode(description: AstNodeDescription): AstNode | undefined {
        if (description.node) {
            return description.node;
        }
        const document = this.documents.getDocument(description.documentUri);
        return document && this.locator.getAstNode(document.parseResult.value, description.path);
    }
}

function isEmotionScore(feature: GrammarAST.AbstractElement): boolean {
    const assignment = AstUtils.getContainerOfType(feature, GrammarAST.isAssignment);
    const rule = AstUtils.getContainerOfType(feature, GrammarAST.isParserRule);
    return assignment?.feature === 'score' && rule?.name === 'Emotion';
}

function titleOf(node: AstNode | undefined): string | undefined {
    const title = (node as { title?: unknown } | undefined)?.title;
    return typeof title === 'string' ? title : undefined;
}
