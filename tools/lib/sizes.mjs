// Compressed sizes as the budget counts them: gzip -9 and brotli -q 11.
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export const gzip = (buf) => gzipSync(buf, { level: 9 });

export const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  });

export function sizes(buf) {
  return { raw: buf.length, gzip: gzip(buf).length, brotli: brotli(buf).length };
}
