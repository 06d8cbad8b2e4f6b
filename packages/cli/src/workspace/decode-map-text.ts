/** A map's bytes as text, or why they are not UTF-8 text, as the end of "the file is …". */
export type DecodedText = { readonly text: string } | { readonly problem: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes looked at to tell UTF-16 without a byte-order mark. */
const sniffed = 1024;

/**
 * Decodes a map's bytes as UTF-8 (a byte-order mark is dropped). UTF-16 is told by its byte-order mark, or
 * without one by the NUL byte every ASCII character gets in the same half of each pair; other text
 * holding NUL bytes is not text at all.
 */
export function decodeMapText(bytes: Uint8Array): DecodedText {
    if (looksLikeUtf16(bytes)) {
        return { problem: 'saved as UTF-16: save it as UTF-8' };
    }
    if (bytes.includes(0)) {
        return { problem: 'not text (it contains NUL bytes)' };
    }
    let text: string;
    try {
        text = utf8.decode(bytes);
    } catch {
        return { problem: 'not UTF-8 text: save it as UTF-8' };
    }
    return { text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
    if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        return true;
    }
    const pairs = Math.floor(Math.min(bytes.length, sniffed) / 2);
    let nulFirst = 0;
    let nulSecond = 0;
    for (let i = 0; i < pairs; i++) {
        const [first, second] = [bytes[2 * i], bytes[2 * i + 1]];
        if (first === 0 && second !== 0) nulFirst++;
        if (second === 0 && first !== 0) nulSecond++;
    }
    // Mostly ASCII text: at least half of the pairs hold one NUL, and always in the same half.
    return pairs > 0 && Math.max(nulFirst, nulSecond) >= pairs / 2 && Math.min(nulFirst, nulSecond) === 0;
}
