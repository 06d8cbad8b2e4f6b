// Diagram elements <-> source: each element shown carries `data-range` (`line:character-line:character`, 0-based)
// in the map's file; elements with a `data-uri` of their own come from another file and are left out.
import type { Position, Range } from '../protocol/webview.js';

const HIGHLIGHT = 'jm-highlight';

export function parseRange(text: string | null): Range | undefined {
    const match = /^(\d+):(\d+)-(\d+):(\d+)$/.exec(text ?? '');
    if (!match) return undefined;
    const [line1, character1, line2, character2] = match.slice(1).map(Number);
    return { start: { line: line1, character: character1 }, end: { line: line2, character: character2 } };
}

/** The element of this map at `target` (the innermost one with a source range), if any. */
export function sourceElementAt(target: EventTarget | null, svg: SVGSVGElement): Element | undefined {
    const element = target instanceof Element ? target.closest('[data-range]') : null;
    return element && element !== svg && svg.contains(element) && !element.hasAttribute('data-uri') ? element : undefined;
}

/** Marks the innermost element whose source range holds `position` (none when the cursor is outside them all). */
export function highlightAt(svg: SVGSVGElement, position: Position): Element | undefined {
    for (const marked of svg.querySelectorAll(`.${HIGHLIGHT}`)) marked.classList.remove(HIGHLIGHT);
    let best: { element: Element; range: Range } | undefined;
    for (const element of svg.querySelectorAll('[data-range]:not([data-uri])')) {
        const range = parseRange(element.getAttribute('data-range'));
        if (range && contains(range, position) && (!best || contains(best.range, range.start) && contains(best.range, range.end) && !sameRange(best.range, range))) {
            best = { element, range };
        }
    }
    best?.element.classList.add(HIGHLIGHT);
    return best?.element;
}

function contains(range: Range, position: Position): boolean {
    return !before(position, range.start) && !before(range.end, position);
}

function before(a: Position, b: Position): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function sameRange(a: Range, b: Range): boolean {
    return !before(a.start, b.start) && !before(b.start, a.start) && !before(a.end, b.end) && !before(b.end, a.end);
}
