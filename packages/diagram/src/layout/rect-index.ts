import type { Rect } from './positioned-diagram.js';

const cell = 128;

/** Rectangles bucketed by area, to ask quickly whether a new one would overlap any of them. */
export class RectIndex {
    private readonly cells = new Map<string, Rect[]>();

    add(rect: Rect): void {
        this.forCells(rect, key => {
            const list = this.cells.get(key);
            if (list) {
                list.push(rect);
            } else {
                this.cells.set(key, [rect]);
            }
        });
    }

    /** Whether `rect`, grown by `margin` each way, overlaps a rectangle added before. */
    collides(rect: Rect, margin = 0): boolean {
        const grown = { x: rect.x - margin, y: rect.y - margin, width: rect.width + 2 * margin, height: rect.height + 2 * margin };
        let hit = false;
        this.forCells(grown, key => {
            hit ||= (this.cells.get(key) ?? []).some(other => overlaps(grown, other));
        });
        return hit;
    }

    private forCells(rect: Rect, visit: (key: string) => void): void {
        for (let cx = Math.floor(rect.x / cell); cx <= Math.floor((rect.x + rect.width) / cell); cx++) {
            for (let cy = Math.floor(rect.y / cell); cy <= Math.floor((rect.y + rect.height) / cell); cy++) {
                visit(`${cx},${cy}`);
            }
        }
    }
}

export function overlaps(a: Rect, b: Rect): boolean {
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
