import { invalid } from './errors';
import { optNumber, optString, type Args } from './request-args';

/**
 * One page of `items`. The token is opaque to clients (base64 of the offset), as real page tokens
 * are; a token that does not decode is an INVALID_PARAMETER_VALUE.
 */
export function page<T>(
  items: T[],
  a: Args,
  opts: { defaultSize: number; maxSize: number; sizeKey?: string },
): { items: T[]; next_page_token?: string } {
  const size = optNumber(a, opts.sizeKey ?? 'max_results') ?? opts.defaultSize;
  if (!Number.isInteger(size) || size < 1 || size > opts.maxSize) {
    throw invalid(
      `Invalid value ${size} for parameter '${opts.sizeKey ?? 'max_results'}': must be between 1 and ${opts.maxSize}.`,
    );
  }
  const token = optString(a, 'page_token');
  let offset = 0;
  if (token) {
    const decoded = Buffer.from(token, 'base64url').toString('utf8');
    const m = /^offset:(\d+)$/.exec(decoded);
    if (!m) throw invalid(`Invalid page token '${token}'.`);
    offset = Number(m[1]);
  }
  const slice = items.slice(offset, offset + size);
  const next =
    offset + size < items.length
      ? Buffer.from(`offset:${offset + size}`).toString('base64url')
      : undefined;
  return next ? { items: slice, next_page_token: next } : { items: slice };
}
