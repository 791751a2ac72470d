/**
 * Markdown helpers for job summaries and PR reports: escaping of text that came from elsewhere
 * (test names, error messages), tables, code blocks that cannot be broken out of, and size limits.
 */

/** GitHub's per-step job summary limit is 1 MiB; stay below it with room for other steps' text. */
export const GITHUB_SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** GitHub rejects issue and PR comment bodies longer than this many characters. */
export const GITHUB_COMMENT_LIMIT_CHARS = 65_536;
/** Azure DevOps PR thread comments have a 150,000-character limit; we keep to GitHub's. */
export const PR_COMMENT_LIMIT_CHARS = GITHUB_COMMENT_LIMIT_CHARS;

export const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Escapes inline text so that it renders literally (no emphasis, links, HTML or headings). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+!|~>-]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\r?\n/g, ' ');
}

/** Escapes text for a table cell: one line, pipes escaped, HTML neutralised. */
export function escapeCell(text: string): string {
  return escapeMarkdown(text).replace(/\s+/g, ' ').trim();
}

/** Text for inside an HTML element (e.g. `<summary>`), where markdown is not rendered. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * Remote text as an inline code span (e.g. a task's output in a table cell): markdown and HTML
 * inside a span render literally, so only what could end the span or the cell is handled.
 */
export function inlineCode(text: string): string {
  const flat = text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * A link whose text is escaped and whose target must be http(s): a server-given URL cannot
 * close the link early, add a title or become `javascript:`. Anything else is shown as text.
 */
export function link(text: string, url: string | undefined): string {
  const label = escapeMarkdown(text);
  if (!url || !/^https?:\/\//i.test(url)) return label;
  // encodeURIComponent leaves ( ) ' alone: percent-encode by hand.
  const target = url.replace(
    /[\s()<>"'`\\|]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${label}](${target})`;
}

export type Align = 'left' | 'right' | 'center';

export function table(headers: string[], rows: (string | number)[][], align: Align[] = []): string {
  const sep = headers.map((_, i) =>
    align[i] === 'right' ? '---:' : align[i] === 'center' ? ':---:' : '---',
  );
  const line = (cells: (string | number)[]) => `| ${cells.map((c) => String(c)).join(' | ')} |`;
  return [line(headers), line(sep), ...rows.map(line)].join('\n') + '\n';
}

/** A fenced code block whose fence is longer than any backtick run in the text, so it cannot be closed early. */
export function codeBlock(text: string, lang = ''): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lang}\n${text.replace(/\s+$/, '')}\n${fence}\n`;
}

/** A collapsed section. `summary` is escaped; `body` is markdown. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${escapeHtml(summary)}</summary>\n\n${body.replace(/\s+$/, '')}\n\n</details>\n`;
}

export function formatPercent(rate: number | undefined, digits = 1): string {
  return rate === undefined || !Number.isFinite(rate) ? '–' : `${(rate * 100).toFixed(digits)}%`;
}

/**
 * Shortens text to at most `maxLines` lines and `maxChars` characters, saying how much was cut.
 * For stack traces: the top of the trace is the part people read.
 */
export function trimText(text: string, maxLines: number, maxChars: number): string {
  let lines = text.split(/\r?\n/);
  let cut = '';
  if (lines.length > maxLines) {
    cut = `… ${lines.length - maxLines} more lines`;
    lines = lines.slice(0, maxLines);
  }
  let out = lines.join('\n');
  if (out.length > maxChars) {
    out = out.slice(0, maxChars);
    cut = `… cut at ${maxChars} characters`;
  }
  return cut ? `${out}\n${cut}` : out;
}

/**
 * Builds a document within a byte budget. Sections are added whole or not at all, so the result
 * never ends inside a code block or a table; `reserve` keeps room for a closing note.
 */
export class BoundedMarkdown {
  private parts: string[] = [];
  private used = 0;

  constructor(
    readonly maxBytes: number,
    private readonly reserve = 512,
  ) {}

  get bytes(): number {
    return this.used;
  }

  /** Adds the section if it fits; returns whether it did. */
  add(section: string): boolean {
    const size = byteLength(section);
    if (this.used + size > this.maxBytes - this.reserve) return false;
    this.parts.push(section);
    this.used += size;
    return true;
  }

  /** Adds without checking: for the closing note that `reserve` kept room for. */
  force(section: string): void {
    this.parts.push(section);
    this.used += byteLength(section);
  }

  /** Room left before the reserve, in bytes. */
  remaining(): number {
    return Math.max(0, this.maxBytes - this.reserve - this.used);
  }

  toString(): string {
    return this.parts.join('');
  }
}

/**
 * Trims markdown to `maxChars` characters at a line boundary, closing an open code fence or
 * `<details>` so the rest of the page renders, and says that it was cut.
 */
export function trimMarkdown(
  markdown: string,
  maxChars: number,
  note = '_The report was cut to fit the size limit._',
): string {
  if (markdown.length <= maxChars) return markdown;
  const tail = `\n\n${note}\n`;
  const budget = Math.max(0, maxChars - tail.length - 64);
  let cut = markdown.slice(0, budget);
  const nl = cut.lastIndexOf('\n');
  if (nl > 0) cut = cut.slice(0, nl);
  let closing = '';
  const fences = cut.match(/^(`{3,})/gm) ?? [];
  if (fences.length % 2 === 1) closing += `\n${fences[fences.length - 1]}`;
  const opened =
    (cut.match(/<details[\s>]/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  for (let i = 0; i < opened; i++) closing += '\n</details>';
  const out = `${cut}${closing}${tail}`;
  return out.length <= maxChars ? out : out.slice(0, maxChars);
}
