/**
 * When the preview asks the server for a new diagram: at once for the first render (and for changes of document,
 * options or theme), `delayMs` after the last of a run of edits otherwise.
 */
export class RenderScheduler {
    private timer: ReturnType<typeof setTimeout> | undefined;

    constructor(private readonly delayMs: number, private readonly render: () => void) {}

    now(): void {
        this.cancel();
        this.render();
    }

    later(): void {
        this.cancel();
        this.timer = setTimeout(() => {
            this.timer = undefined;
            this.render();
        }, this.delayMs);
    }

    cancel(): void {
        if (this.timer !== undefined) clearTimeout(this.timer);
        this.timer = undefined;
    }
}
