// The figures every timing row carries: min/median/max over the repetitions, and a ratio against
// a baseline measured in the same run (the machine is shared, so only same-run ratios compare).

export type Row = Record<string, string | number>;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** `min / median / max`, rounded to `digits`. */
export function spread(xs: readonly number[], digits = 0): string {
  if (xs.length === 0) return '';
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
  return `${f(Math.min(...xs))} / ${f(median(xs))} / ${f(Math.max(...xs))}`;
}

/** Median of `xs` over the median of the baseline's, e.g. `0.42×`. */
export function ratio(xs: readonly number[], baseline: readonly number[]): string {
  const r = median(xs) / median(baseline);
  return Number.isFinite(r) ? `${r.toFixed(2)}×` : 'n/a';
}

/** Repeats `fn` `n` times, alternating with the baseline so both see the same machine load. */
export async function interleaved<T>(
  n: number,
  baseline: () => Promise<T>,
  subject: () => Promise<T>,
): Promise<{ baseline: T[]; subject: T[] }> {
  const out = { baseline: [] as T[], subject: [] as T[] };
  for (let i = 0; i < n; i++) {
    // Alternate which goes first: a warm cache must not favour one side.
    if (i % 2 === 0) {
      out.baseline.push(await baseline());
      out.subject.push(await subject());
    } else {
      out.subject.push(await subject());
      out.baseline.push(await baseline());
    }
  }
  return out;
}
