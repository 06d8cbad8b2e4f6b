import { escape } from 'html-escaper';

export type Attributes = Record<string, string | number | undefined>;

/** Text as XML character data or attribute value: markup characters escaped, characters XML 1.0 forbids replaced. */
export function xmlText(text: string): string {
    return escape(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD'));
}

/** Coordinates with at most two decimals, so output does not depend on floating-point noise. */
export function num(value: number): string {
    const rounded = Math.round(value * 100) / 100;
    return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** One element; attributes left undefined are left out, and `children` is markup already escaped. */
export function element(name: string, attributes: Attributes, children?: string): string {
    const attrs = Object.entries(attributes)
        .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
        .map(([key, value]) => ` ${key}="${typeof value === 'number' ? num(value) : xmlText(value)}"`)
        .join('');
    return children === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${children}</${name}>`;
}
