import { formatDuration } from '../../shared/duration';

describe('formatDuration (milliseconds)', () => {
  test.each([
    [0, '0 ms'],
    [12.3, '12 ms'],
    [999.4, '999 ms'],
    [999.6, '1.0 s'],
    [4_240, '4.2 s'],
    [9_960, '10 s'],
    [42_000, '42 s'],
    [59_600, '1 min'],
    [75_000, '1 min 15 s'],
    // The give-up message once read "4 min 60 s".
    [299_600, '5 min'],
    [299_400, '4 min 59 s'],
    [3_599_600, '1 h'],
    [3_900_000, '1 h 5 min'],
    [7_170_000, '2 h'],
  ])('%d ms reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  test('missing and nonsensical values', () => {
    expect(formatDuration(undefined)).toBe('–');
    expect(formatDuration(Number.NaN)).toBe('–');
    expect(formatDuration(-5)).toBe('0 ms');
  });

  test('no part ever reaches its next unit', () => {
    for (let ms = 0; ms < 4 * 3_600_000; ms += 137_123) {
      const text = formatDuration(ms);
      expect(text).not.toMatch(/\b60 s\b|\b60 min\b|\b1000 ms\b/);
    }
  });
});
