/**
 * The one way the suite prints a duration, from milliseconds. Rounded once, to the unit shown,
 * before it is split into parts: splitting first and rounding the parts printed "4 min 60 s".
 */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '–';
  const t = Math.max(0, ms);
  if (Math.round(t) < 1000) return `${Math.round(t)} ms`;
  const tenths = Math.round(t / 100);
  if (tenths < 100) return `${(tenths / 10).toFixed(1)} s`;
  const seconds = Math.round(t / 1000);
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) {
    const m = Math.floor(seconds / 60);
    const s = seconds % 60;
    return s ? `${m} min ${s} s` : `${m} min`;
  }
  const minutes = Math.round(seconds / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}
