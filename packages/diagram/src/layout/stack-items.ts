/**
 * Stacks items that each span a horizontal range: every item goes just below the lowest item already placed
 * that overlaps its range, in the order given. Returns the top of each item.
 */
export function stackItems(items: readonly { readonly left: number; readonly right: number; readonly height: number }[], top: number, gap: number): number[] {
    const placed: { left: number; right: number; bottom: number }[] = [];
    return items.map(item => {
        const y = Math.max(top, ...placed.filter(other => other.left < item.right && item.left < other.right).map(other => other.bottom + gap));
        placed.push({ left: item.left, right: item.right, bottom: y + item.height });
        return y;
    });
}
