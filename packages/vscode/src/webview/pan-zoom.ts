// Pan (drag), zoom (wheel, around the pointer; buttons) and fit to window, as a CSS transform of the canvas
// (set through the CSSOM, which the Content-Security-Policy allows, unlike style attributes).
const MIN_SCALE = 0.05;
const MAX_SCALE = 8;
const STEP = 1.25;
/** A press that moves less than this is a click, not a drag. */
const DRAG_THRESHOLD = 4;

export class PanZoom {
    private x = 0;
    private y = 0;
    private scale = 1;
    private dragged = false;

    constructor(private readonly viewport: HTMLElement, private readonly canvas: HTMLElement) {
        viewport.addEventListener('wheel', event => {
            event.preventDefault();
            const bounds = viewport.getBoundingClientRect();
            this.zoomAt(Math.exp(-event.deltaY / 300), event.clientX - bounds.left, event.clientY - bounds.top);
        }, { passive: false });
        viewport.addEventListener('pointerdown', event => {
            if (event.button !== 0) return;
            const start = { x: event.clientX, y: event.clientY, panX: this.x, panY: this.y };
            this.dragged = false;
            const move = (moved: PointerEvent) => {
                const dx = moved.clientX - start.x;
                const dy = moved.clientY - start.y;
                if (!this.dragged && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
                if (!this.dragged) viewport.setPointerCapture(event.pointerId);
                this.dragged = true;
                viewport.classList.add('panning');
                this.set(start.panX + dx, start.panY + dy, this.scale);
            };
            const end = () => {
                viewport.classList.remove('panning');
                viewport.removeEventListener('pointermove', move);
                viewport.removeEventListener('pointerup', end);
            };
            viewport.addEventListener('pointermove', move);
            viewport.addEventListener('pointerup', end);
        });
    }

    /** Whether the last press was a drag (its click then selects nothing). */
    get wasDrag(): boolean {
        return this.dragged;
    }

    zoomIn(): void {
        this.zoomAt(STEP, this.viewport.clientWidth / 2, this.viewport.clientHeight / 2);
    }

    zoomOut(): void {
        this.zoomAt(1 / STEP, this.viewport.clientWidth / 2, this.viewport.clientHeight / 2);
    }

    /** The whole diagram in view, centred, never enlarged beyond its natural size. */
    fit(width: number, height: number): void {
        this.place(width, height, Math.min(this.viewport.clientWidth / width, this.viewport.clientHeight / height, 1));
    }

    /**
     * The first view of a map: its full height in view, and its start on the left when it is wider than the
     * window (journey maps are wide; fitting their width would make the text unreadably small).
     */
    fitHeight(width: number, height: number): void {
        this.place(width, height, Math.min(this.viewport.clientHeight / height, 1));
    }

    /** The diagram's width fills the window (never enlarged beyond its natural size), its top in view: to read a map laid out top to bottom. */
    fitWidth(width: number): void {
        const scale = clamp(Math.min(this.viewport.clientWidth / width, 1));
        this.set(Math.max(0, (this.viewport.clientWidth - width * scale) / 2), 0, scale);
    }

    /** Pans the least that brings `element` into view (it keeps the zoom). */
    reveal(element: Element): void {
        const box = element.getBoundingClientRect();
        const view = this.viewport.getBoundingClientRect();
        const dx = box.left < view.left ? view.left - box.left + 16 : box.right > view.right ? view.right - box.right - 16 : 0;
        const dy = box.top < view.top ? view.top - box.top + 16 : box.bottom > view.bottom ? view.bottom - box.bottom - 16 : 0;
        if (dx !== 0 || dy !== 0) this.set(this.x + dx, this.y + dy, this.scale);
    }

    private place(width: number, height: number, wanted: number): void {
        const scale = clamp(wanted);
        const x = Math.max(0, (this.viewport.clientWidth - width * scale) / 2);
        this.set(x, (this.viewport.clientHeight - height * scale) / 2, scale);
    }

    private zoomAt(factor: number, px: number, py: number): void {
        const scale = clamp(this.scale * factor);
        const ratio = scale / this.scale;
        this.set(px - (px - this.x) * ratio, py - (py - this.y) * ratio, scale);
    }

    private set(x: number, y: number, scale: number): void {
        this.x = x;
        this.y = y;
        this.scale = scale;
        this.canvas.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
    }
}

function clamp(scale: number): number {
    return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}
