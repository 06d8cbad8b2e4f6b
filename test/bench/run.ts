// `npm run bench`: performance figures on synthetic maps of growing size. Prints tables; asserts nothing.
import { measureLanguage } from './language-bench.js';

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);

async function languageTable(): Promise<void> {
    console.log('journey check pipeline (parse -> index/scope/link -> validate), fresh services per size');
    console.log('touchpoints |    KB | parse ms | link ms | validate ms | total ms |  MB/s | ms per 1k tp | JSON.parse ms | ratio');
    await measureLanguage(200); // warm the JIT so the first row is not a cold-start outlier
    for (const size of sizes) {
        const f = await measureLanguage(size);
        const mbPerSecond = f.bytes / 1e6 / (f.totalMs / 1000);
        console.log([
            String(f.touchpoints).padStart(11),
            (f.bytes / 1024).toFixed(0).padStart(5),
            f.parseMs.toFixed(0).padStart(8),
            f.linkMs.toFixed(0).padStart(7),
            f.validateMs.toFixed(0).padStart(11),
            f.totalMs.toFixed(0).padStart(8),
            mbPerSecond.toFixed(2).padStart(5),
            (f.totalMs / (f.touchpoints / 1000)).toFixed(1).padStart(12),
            f.jsonParseMs.toFixed(1).padStart(13),
            `${(f.totalMs / f.jsonParseMs).toFixed(0)}x`.padStart(5)
        ].join(' | ') + (f.diagnostics > 0 ? `   (${f.diagnostics} diagnostics)` : ''));
    }
}

await languageTable();
