/** The width of the columns placed items are filed under, so that an item is compared only with its neighbours. */
const column = 256;

interface Stacked {
    readonly left: number;
    readonly right: number;
    readonly bottom: number;
}

/**
 * Stacks items that each span a horizontal range: every item goes just below the lowest item already placed
 * that overlaps its range, in the order given. Returns the top of each item. Items placed are filed under each
 * column they reach, so a lane of a thousand items compares each with the few around it, not with all before it.
 */
export function stackItems(items: readonly { readonly left: number; readonly right: number; readonly height: number }[], top: number, gap: number): number[] {
    const columns = new Map<number, Stacked[]>();
    return items.map(item => {
        // Every column between its two ends (either way round), so an overlap is always found in a column both reach.
        const first = Math.floor(Math.min(item.left, item.right) / column);
        const last = Math.floor(Math.max(item.left, item.right) / column);
        let y = top;
        for (let key = first; key <= last; key++) {
            for (const other of columns.get(key) ?? []) {
                if (other.left < item.right && item.left < other.right) {
                    y = Math.max(y, other.bottom + gap);
                }
            }
        }
        const placed = { left: item.left, right: item.right, bottom: y + item.height };
        for (let key = first; key <= last; key++) {
            const list = columns.get(key);
            if (list) {
                list.push(placed);
            } else {
                columns.set(key, [placed]);
            }
        }
        return y;
    });
}
