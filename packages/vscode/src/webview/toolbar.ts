// The preview's toolbar: zoom and fit (and fit width, top to bottom), the persona filter, the lane toggles and the
// direction (the diagram options).
import type { PreviewDiagram, PreviewOptions } from '../protocol/webview.js';
import { laneToggles } from './lane-toggles.js';

export interface ToolbarActions {
    zoomIn(): void;
    zoomOut(): void;
    fit(): void;
    fitWidth(): void;
    optionsChanged(options: PreviewOptions): void;
}

export class Toolbar {
    readonly element = document.createElement('div');
    private readonly filters = document.createElement('span');
    private readonly fitWidth: HTMLButtonElement;
    private options: PreviewOptions | undefined;

    constructor(private readonly actions: ToolbarActions) {
        this.element.className = 'toolbar';
        this.element.setAttribute('role', 'toolbar');
        this.filters.className = 'filters';
        this.fitWidth = button('Fit width', 'Fit the width to the window', () => actions.fitWidth());
        this.fitWidth.hidden = true;
        this.element.append(
            button('−', 'Zoom out', () => actions.zoomOut()),
            button('+', 'Zoom in', () => actions.zoomIn()),
            button('Fit', 'Fit to window', () => actions.fit()),
            this.fitWidth,
            this.filters
        );
    }

    /** Shows the choices the diagram offers, checked as `options` says (rebuilt only when they differ). */
    update(diagram: PreviewDiagram, options: PreviewOptions): void {
        const key = JSON.stringify([diagram.personas, diagram.lanes, options]);
        if (this.filters.dataset.key === key) return;
        this.filters.dataset.key = key;
        this.options = options;
        this.fitWidth.hidden = options.direction !== 'down';
        const personas = diagram.personas.map(persona => toggle(persona.title, `persona:${persona.name}`,
            options.personas.length === 0 || options.personas.includes(persona.name), input => this.changed(input)));
        const lanes = laneToggles(diagram, options).map(({ lane, title, shown }) => toggle(title, `lane:${lane}`, shown, () => this.changed()));
        const compact = toggle('Compact', 'compact', options.compact, () => this.changed());
        const down = toggle('Top to bottom', 'down', options.direction === 'down', () => this.changed());
        this.filters.replaceChildren(group('Personas', personas), group('Lanes', [...lanes, compact]), group('Layout', [down]));
    }

    /** The toolbar's choices changed (`toggled`: the persona box just toggled): tells the extension, or refuses to show no persona. */
    private changed(toggled?: HTMLInputElement): void {
        if (!this.options) return;
        const checked = (prefix: string, wanted: boolean) => [...this.filters.querySelectorAll<HTMLInputElement>(`input[name^="${prefix}"]`)]
            .filter(input => input.checked === wanted).map(input => input.name.slice(prefix.length));
        const personas = checked('persona:', true);
        // No persona ticked would read as "all of them": the last one stays ticked instead, and says why.
        if (toggled && personas.length === 0) {
            toggled.checked = true;
            toggled.parentElement!.title = 'At least one persona stays shown; tick another one first.';
            toggled.parentElement!.classList.add('refused');
            return;
        }
        const allPersonas = personas.length === this.filters.querySelectorAll('input[name^="persona:"]').length;
        this.actions.optionsChanged({
            personas: allPersonas ? [] : personas,
            hideLanes: checked('lane:', false) as PreviewOptions['hideLanes'],
            compact: this.filters.querySelector<HTMLInputElement>('input[name="compact"]')?.checked ?? false,
            direction: this.filters.querySelector<HTMLInputElement>('input[name="down"]')?.checked ? 'down' : 'right'
        });
    }
}

function button(label: string, title: string, onClick: () => void): HTMLButtonElement {
    const element = document.createElement('button');
    element.type = 'button';
    element.textContent = label;
    element.title = title;
    element.setAttribute('aria-label', title);
    element.addEventListener('click', onClick);
    return element;
}

function toggle(label: string, name: string, checked: boolean, onChange: (input: HTMLInputElement) => void): HTMLLabelElement {
    const element = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.name = name;
    input.checked = checked;
    input.addEventListener('change', () => onChange(input));
    element.append(input, label);
    return element;
}

function group(title: string, items: HTMLElement[]): HTMLElement {
    const element = document.createElement('span');
    element.className = 'group';
    element.hidden = items.length === 0;
    const heading = document.createElement('span');
    heading.className = 'group-title';
    heading.textContent = title;
    element.append(heading, ...items);
    return element;
}
