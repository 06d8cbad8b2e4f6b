// Puts the server's SVG into the page. The SVG's own <style> element would be refused by the page's
// Content-Security-Policy, so its rules move into one style element carrying this script's nonce.
const SVG_NS = 'http://www.w3.org/2000/svg';

export class DiagramView {
    private readonly style: HTMLStyleElement;

    constructor(private readonly host: HTMLElement, nonce: string) {
        this.style = document.createElement('style');
        this.style.nonce = nonce;
        document.head.append(this.style);
    }

    /** The diagram shown, if any. */
    get svg(): SVGSVGElement | undefined {
        return this.host.querySelector('svg') ?? undefined;
    }

    show(markup: string): SVGSVGElement {
        // A template's content is inert: its style element is not applied (nor checked against the policy) there.
        const template = document.createElement('template');
        template.innerHTML = markup;
        const svg = template.content.firstElementChild;
        if (!(svg instanceof SVGSVGElement) || svg.namespaceURI !== SVG_NS) {
            throw new Error('the diagram is not an SVG document');
        }
        const rules = [...svg.querySelectorAll('style')].map(style => {
            style.remove();
            return style.textContent ?? '';
        });
        this.style.textContent = rules.join('\n');
        this.host.replaceChildren(svg);
        return svg;
    }
}
