/**
 * The repository root. The bench runs as a bundle in node_modules/.cache, so
 * import.meta.url does not point into test/bench: run.mjs passes the root.
 */
import { fileURLToPath } from 'node:url';

export const ROOT = (process.env.TKT_BENCH_ROOT ?? fileURLToPath(new URL('../../', import.meta.url))).replace(/\/?$/, '/');
