import { escape } from 'html-escaper';

export type Attributes = Record<string, string | number | undefined>;

const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** A character that `xmlText` changes: one of the markup characters `escape` replaces, or one XML forbids. */
const changed = /[&<>'"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * Text as XML character data or attribute value: markup characters escaped, characters XML 1.0 forbids replaced.
 * Most texts of a diagram (ids, classes, titles) have neither, and are returned as they are without a copy.
 */
export function xmlText(text: string): string {
    return changed.test(text) ? escape(text.replace(forbidden, '\uFFFD')) : text;
}

/** Coordinates with at most two decimals, so output does not depend on floating-point noise. */
export function num(value: number): string {
    const rounded = Math.round(value * 100) / 100;
    return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** One element; attributes left undefined are left out, and `children` is markup already escaped. */
export function element(name: string, attributes: Attributes, children?: string): string {
    // Appended in place: the SVG of a large map has tens of thousands of elements, each with a few attributes.
    let markup = `<${name}`;
    for (const key in attributes) {
        const value = attributes[key];
        if (value !== undefined) {
            markup += ` ${key}="${typeof value === 'number' ? num(value) : xmlText(value)}"`;
        }
    }
    return children === undefined ? `${markup}/>` : `${markup}>${children}</${name}>`;
}
