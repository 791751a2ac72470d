import { parse, stringify, isSafeNumber } from 'lossless-json';

/**
 * Databricks ids are int64 and already close to 2^53; `JSON.parse` would round them silently.
 * Integers that fit a double stay `number` (so handlers can compare them normally); larger ones
 * become `bigint`.
 */
function parseNumber(text: string): number | bigint {
  if (isSafeNumber(text)) return Number(text);
  if (/^-?\d+$/.test(text)) return BigInt(text);
  return Number(text);
}

export function parseJson(text: string): unknown {
  return parse(text, null, parseNumber);
}

export function toJson(value: unknown, space?: number): string {
  return stringify(value, null, space) ?? 'null';
}
