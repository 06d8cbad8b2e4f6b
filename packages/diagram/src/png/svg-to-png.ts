import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { fontMetrics } from '../text/font-metrics.js';

/**
 * What the rasteriser needs, as bytes, so that Node (files, see node-png-resources.ts) and a browser (fetched from
 * the extension) hand over the same things and get the same PNG.
 */
export interface PngResources {
    /** resvg compiled to WebAssembly (`@resvg/resvg-wasm/index_bg.wasm`), as bytes or as a compiled module. */
    readonly wasm: BufferSource | WebAssembly.Module;
    /** The Inter faces the diagram measures its text with (regular and bold): the only fonts the PNG uses. */
    readonly fonts: readonly Uint8Array[];
}

/** The WebAssembly is instantiated once per process (or worker), on the first PNG. */
let instantiated: Promise<void> | undefined;

/**
 * Rasterises an SVG rendered with `colours: 'fixed'` with resvg's WebAssembly build and the given fonts only (no
 * system fonts, no native module): the same picture on every machine, in Node and in a browser.
 */
export async function svgToPng(svg: string, resources: PngResources | Promise<PngResources>): Promise<Uint8Array> {
    const { wasm, fonts } = await resources;
    instantiated ??= initWasm(wasm).catch((error: unknown) => {
        instantiated = undefined;
        throw error;
    });
    await instantiated;
    const resvg = new Resvg(svg, { font: { fontBuffers: [...fonts], defaultFontFamily: fontMetrics.family }, fitTo: { mode: 'zoom', value: 1 } });
    try {
        const image = resvg.render();
        try {
            return image.asPng();
        } finally {
            image.free();
        }
    } finally {
        resvg.free();
    }
}
