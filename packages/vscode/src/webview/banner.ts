// The banner over a diagram that is out of date because the map has errors; clicking it goes to the first error.
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

    show(message: string, range: Range | undefined, hasDiagram: boolean): void {
        this.range = range;
        const where = range ? `Line ${range.start.line + 1}: ` : '';
        const kept = hasDiagram ? ' The diagram shows the last version without errors.' : '';
        this.element.textContent = `${where}${message}${kept}`;
        this.element.title = range ? 'Go to the error' : '';
        this.element.hidden = false;
    }

    hide(): void {
        this.element.hidden = true;
        this.range = undefined;
    }
}
