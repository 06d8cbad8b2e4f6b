import { brotliCompress, constants } from 'node:zlib';

/** Brotli at its highest quality, in font mode, on Node's thread pool. */
function compress(data: Buffer): Promise<Buffer> {
    return new Promise((resolve, reject) => brotliCompress(data, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_FONT }
    }, (error, compressed) => error ? reject(error) : resolve(compressed)));
}

/** The tags WOFF2 numbers (its known-tags table, in order); others are written out. */
const knownTags = ['cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca', 'prep', 'CFF ', 'VORG', 'EBDT',
    'EBLC', 'gasp', 'hdmx', 'kern', 'LTSH', 'PCLT', 'VDMX', 'vhea', 'vmtx', 'BASE', 'GDEF', 'GPOS', 'GSUB', 'EBSC', 'JSTF', 'MATH', 'CBDT', 'CBLC',
    'COLR', 'CPAL', 'SVG ', 'sbix', 'acnt', 'avar', 'bdat', 'bloc', 'bsln', 'cvar', 'fdsc', 'feat', 'fmtx', 'fvar', 'gvar', 'hsty', 'just', 'lcar',
    'mort', 'morx', 'opbd', 'prop', 'trak', 'Zapf', 'Silf', 'Glat', 'Gloc', 'Feat', 'Sill'];

/** Null transform for glyf and loca is version 3 (version 0 is their glyph transform); 0 for every other table. */
const nullTransform = (tag: string) => tag === 'glyf' || tag === 'loca' ? 3 : 0;

/**
 * A TrueType font as WOFF2, with every table kept as it is (the null transform) and compressed together with
 * Node's own Brotli: a fraction of the time a WebAssembly encoder takes, a few per cent larger. Brotli runs on
 * Node's thread pool (20-50 ms per font at the highest quality), so the fonts of an SVG's weights compress side
 * by side and the main thread is free meanwhile.
 */
export async function ttfToWoff2(ttf: Buffer): Promise<Buffer> {
    const count = ttf.readUInt16BE(4);
    const tables = Array.from({ length: count }, (_, i) => {
        const entry = 12 + 16 * i;
        const offset = ttf.readUInt32BE(entry + 8);
        return { tag: ttf.toString('latin1', entry, entry + 4), data: ttf.subarray(offset, offset + ttf.readUInt32BE(entry + 12)) };
    }).sort((a, b) => a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0);
    // loca comes right after glyf.
    const loca = tables.findIndex(table => table.tag === 'loca');
    const glyf = tables.findIndex(table => table.tag === 'glyf');
    if (loca >= 0 && glyf >= 0) {
        tables.splice(glyf + 1, 0, ...tables.splice(loca, 1));
    }
    const directory = Buffer.concat(tables.map(({ tag, data }) => {
        const known = knownTags.indexOf(tag);
        const flags = Buffer.from([(known >= 0 ? known : 63) | nullTransform(tag) << 6]);
        return Buffer.concat([flags, known >= 0 ? Buffer.alloc(0) : Buffer.from(tag, 'latin1'), base128(data.length)]);
    }));
    const compressed = await compress(Buffer.concat(tables.map(table => table.data)));
    const headerSize = 48;
    const length = pad4(headerSize + directory.length + compressed.length);
    const header = Buffer.alloc(headerSize);
    header.write('wOF2', 0, 'latin1');
    header.writeUInt32BE(ttf.readUInt32BE(0), 4);
    header.writeUInt32BE(length, 8);
    header.writeUInt16BE(count, 12);
    header.writeUInt32BE(12 + 16 * count + tables.reduce((sum, table) => sum + pad4(table.data.length), 0), 16);
    header.writeUInt32BE(compressed.length, 20);
    header.writeUInt16BE(1, 24);
    return Buffer.concat([header, directory, compressed], length);
}

function pad4(size: number): number {
    return (size + 3) & ~3;
}

/** WOFF2's UIntBase128: seven bits a byte, most significant first, the high bit on all but the last. */
function base128(value: number): Buffer {
    const bytes = [value & 0x7f];
    for (let rest = value >>> 7; rest > 0; rest >>>= 7) {
        bytes.unshift((rest & 0x7f) | 0x80);
    }
    return Buffer.from(bytes);
}
