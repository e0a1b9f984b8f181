// How the report writes figures and tables: one place for report.mjs and report-slow.mjs.

/** Whether `x` is a figure that was measured. */
export const ok = (x) => x !== null && x !== undefined && Number.isFinite(x);
/** Bytes as kilobytes (1000 bytes), or a dash when not measured. */
export const kb = (b) => (ok(b) ? `${(b / 1000).toFixed(1)} KB` : '–');
/** Bytes as megabytes, or a dash. */
export const mb = (b) => (ok(b) ? `${(b / 1e6).toFixed(2)} MB` : '–');
/** Milliseconds, with a decimal below 100 ms, or a dash. */
export const ms = (v) => (ok(v) ? `${v < 100 ? v.toFixed(1) : Math.round(v)} ms` : '–');
/** A whole number, or a dash. */
export const num = (v) => (ok(v) ? String(Math.round(v)) : '–');
/** A layout-shift score to three decimals, or a dash. */
export const shift = (v) => (ok(v) ? v.toFixed(3) : '–');
/** `a` as a multiple of `b`, or a dash. */
export const ratio = (a, b) => (ok(a) && ok(b) && b !== 0 ? `${(a / b).toFixed(2)}x` : '–');

/** A Markdown table from a header row and body rows. */
export function table(head, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
