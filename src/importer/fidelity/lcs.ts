/**
 * Longest common subsequence of a short needle within a window of text, for
 * the fidelity measure: O(needle × window) time, O(needle) memory.
 */

/**
 * Longest common subsequence of `needle` within `hay` (UTF-16 units), and the
 * end (exclusive) of the shortest prefix of hay that holds it.
 */
export function lcsIn(needle: string, hay: string): { length: number; end: number } {
  const n = needle.length;
  const column = new Uint32Array(n + 1);
  let best = 0;
  let end = 0;
  for (let j = 0; j < hay.length && best < n; j++) {
    const ch = hay.charCodeAt(j);
    let diagonal = 0;
    for (let i = 1; i <= n; i++) {
      const up = column[i];
      column[i] = needle.charCodeAt(i - 1) === ch ? diagonal + 1 : Math.max(up, column[i - 1]);
      diagonal = up;
    }
    if (column[n] > best) {
      best = column[n];
      end = j + 1;
    }
  }
  return { length: best, end };
}
