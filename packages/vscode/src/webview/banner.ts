// The banner naming the map's first error, over a diagram that is out of date (a syntax error) or drawn without what
// does not resolve; clicking it goes to the error.
import type { Range } from '../protocol/webview.js';

export class ErrorBanner {
    readonly element = document.createElement('button');
    private range: Range | undefined;

    constructor(onReveal: (range: Range) => void) {
        this.element.className = 'banner';
        this.element.type = 'button';
        this.element.hidden = true;
        this.element.setAttribute('role', 'alert');
        this.element.addEventListener('click', () => {
            if (this.range) onReveal(this.range);
        });
    }

    /** `diagram`: what the diagram under the banner shows, if there is one. */
    show(message: string, range: Range | undefined, diagram: 'last-good' | 'what-resolves' | undefined): void {
        this.range = range;
        const where = range ? `Line ${range.start.line + 1}: ` : '';
        const note = diagram === 'last-good' ? ' The diagram shows the last version without errors.'
            : diagram === 'what-resolves' ? ' The diagram leaves out what does not resolve.' : '';
        this.element.textContent = `${where}${message}${note}`;
        this.element.title = range ? 'Go to the error' : '';
        this.element.hidden = false;
    }

    hide(): void {
        this.element.hidden = true;
        this.range = undefined;
    }
}
