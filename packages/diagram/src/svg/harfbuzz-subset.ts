import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';

/** The harfbuzz subsetter's exports (harfbuzzjs/dist/harfbuzz-subset.wasm) that a subset needs. */
interface Harfbuzz {
    memory: WebAssembly.Memory;
    _initialize(): void;
    malloc(size: number): number;
    free(pointer: number): void;
    hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
    hb_blob_destroy(blob: number): void;
    hb_blob_get_data(blob: number, length: number): number;
    hb_blob_get_length(blob: number): number;
    hb_face_create(blob: number, index: number): number;
    hb_face_destroy(face: number): void;
    hb_face_reference_blob(face: number): number;
    hb_set_add(set: number, value: number): void;
    hb_set_clear(set: number): void;
    hb_subset_input_create_or_fail(): number;
    hb_subset_input_destroy(input: number): void;
    hb_subset_input_set(input: number, kind: number): number;
    hb_subset_input_unicode_set(input: number): number;
    hb_subset_or_fail(face: number, input: number): number;
}

/** Subsets a TrueType font to the characters of `text`, keeping the layout features named. */
export type Subsetter = (font: Buffer, text: string, keepFeatures: readonly string[]) => Buffer;

const memoryWritable = 2;
const layoutFeatureTags = 6;

/** V8's tiering budget (its default; no API reads the current value) and one no subset of Inter exhausts. */
const tieringBudget = { v8Default: 1_800_000, neverReached: 2 ** 31 - 1 };

/**
 * The subsetter's module, compiled for V8's baseline compiler only. V8 recompiles a WebAssembly function with its
 * optimising compiler once the function has run a while (its tiering budget, given to each function when its
 * module is compiled), on a background thread that Node waits for before the process ends. harfbuzz's subsetter
 * has one function of 150 KB that the first subset already makes hot: optimising it takes 0.6-0.9 s of CPU, for
 * subsets of a few milliseconds, so a one-shot `journey render` waited half a second at exit for code it never
 * ran. Other modules (the rasteriser's, whose long loops gain from optimising) keep the default budget.
 */
async function compileWithoutTierUp(wasm: BufferSource): Promise<WebAssembly.Module> {
    setFlagsFromString(`--wasm-tiering-budget=${tieringBudget.neverReached}`);
    try {
        return await WebAssembly.compile(wasm);
    } finally {
        setFlagsFromString(`--wasm-tiering-budget=${tieringBudget.v8Default}`);
    }
}

const tag = (name: string) => [...name].reduce((value, char) => (value << 8) + char.charCodeAt(0), 0);

/**
 * harfbuzz's subsetter, straight from harfbuzzjs's WebAssembly: what the subset-font package does for a
 * TrueType font in and out, without the WOFF2 encoder it compiles as soon as it is required (about 0.25 s
 * of start-up; WOFF2 is made with Node's Brotli in woff2.ts). Resolves to null where harfbuzzjs is not
 * installed, such as the language server of a packaged extension.
 */
export async function loadSubsetter(): Promise<Subsetter | null> {
    let wasm: Buffer;
    try {
        wasm = await readFile(createRequire(import.meta.url).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    } catch {
        return null;
    }
    const instance = await WebAssembly.instantiate(await compileWithoutTierUp(new Uint8Array(wasm)));
    const harfbuzz = instance.exports as unknown as Harfbuzz;
    harfbuzz._initialize();
    return (font, text, keepFeatures) => subset(harfbuzz, font, text, keepFeatures);
}

function subset(harfbuzz: Harfbuzz, font: Buffer, text: string, keepFeatures: readonly string[]): Buffer {
    const input = harfbuzz.hb_subset_input_create_or_fail();
    if (input === 0) {
        throw new Error('harfbuzz could not start a subset');
    }
    const fontData = harfbuzz.malloc(font.byteLength);
    // The memory can grow while subsetting, which detaches earlier views: a fresh view at each use.
    new Uint8Array(harfbuzz.memory.buffer).set(font, fontData);
    const blob = harfbuzz.hb_blob_create(fontData, font.byteLength, memoryWritable, 0, 0);
    const face = harfbuzz.hb_face_create(blob, 0);
    harfbuzz.hb_blob_destroy(blob);
    try {
        const features = harfbuzz.hb_subset_input_set(input, layoutFeatureTags);
        harfbuzz.hb_set_clear(features);
        for (const feature of keepFeatures) {
            harfbuzz.hb_set_add(features, tag(feature));
        }
        const unicodes = harfbuzz.hb_subset_input_unicode_set(input);
        for (const char of text) {
            harfbuzz.hb_set_add(unicodes, char.codePointAt(0)!);
        }
        const subsetFace = harfbuzz.hb_subset_or_fail(face, input);
        if (subsetFace === 0) {
            throw new Error('harfbuzz could not subset the font');
        }
        const result = harfbuzz.hb_face_reference_blob(subsetFace);
        const offset = harfbuzz.hb_blob_get_data(result, 0);
        const length = harfbuzz.hb_blob_get_length(result);
        const subsetFont = Buffer.from(new Uint8Array(harfbuzz.memory.buffer).subarray(offset, offset + length));
        harfbuzz.hb_blob_destroy(result);
        harfbuzz.hb_face_destroy(subsetFace);
        if (length === 0) {
            throw new Error('harfbuzz made an empty font');
        }
        return subsetFont;
    } finally {
        harfbuzz.hb_subset_input_destroy(input);
        harfbuzz.hb_face_destroy(face);
        harfbuzz.free(fontData);
    }
}
