/** The text with its first letter in upper case: `'current state'` -> `'Current state'`. */
export function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * An identifier from free text: its words (letters and digits, accents dropped, anything else a break)
 * each capitalised and joined: `'add to cart'` -> `'AddToCart'`, `'first-purchase'` -> `'FirstPurchase'`.
 */
export function pascalCase(text: string): string {
    return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^A-Za-z0-9]+/g, ' ').split(' ').filter(Boolean).map(capitalise).join('');
}
