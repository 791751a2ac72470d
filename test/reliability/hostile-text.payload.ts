// Hostile text for the reliability tests, and the two log readers that decide what would act:
// each reads stdout/stderr the way the GitHub runner and the Azure DevOps agent read them.

/**
 * Every injected command's name, properties or data begins with PWNED, so a line that would
 * act because of the payload is told apart from our own commands (whose data may carry the
 * payload escaped, e.g. `::error::Run 'pwn%0A:_:add-mask::PWNED…'`).
 */
export const PAYLOAD =
  [
    'pwn',
    '::add-mask::PWNED-mask',
    '::set-output name=PWNED::PWNED-output',
    '::error file=PWNED.py,line=1,title=PWNED::PWNED-error',
    '  ::warning::PWNED-indented',
    '\u0085::notice::PWNED-nel',
    '##[error]PWNED-view-error',
    '##[section]PWNED-section',
    '##vso[task.prependpath]PWNED-path',
    '##vso[task.setvariable variable=PWNED]PWNED-variable',
    'x ##vso[task.complete result=Succeeded;]PWNED-mid-line',
    '<img src=PWNED-html> [PWNED-link](https://example.invalid)',
  ].join('\n') + '\r::notice::PWNED-cr';

/**
 * The payload as an input value can carry it: inputs refuse C1 control characters (U+0085 among
 * them) with an error of their own, so through an input the commands ride on line breaks alone.
 */
export const INPUT_PAYLOAD = PAYLOAD.replace(/[\u0080-\u009f]/g, '');

/** A shorter payload for a file or folder name (at most 255 bytes, no `/`). */
export const NAME_PAYLOAD = [
  'pwn',
  '::add-mask::PWNED-dir-mask',
  ' ::set-output name=PWNED::PWNED-dir-output',
  '##[error]PWNED-dir-view',
  '##vso[task.prependpath]PWNED-dir-path',
  'x ##vso[task.setvariable variable=PWNED]PWNED-dir-variable',
].join('\n');

export interface Command {
  line: string;
  name: string;
  /** What separates properties: `,` on GitHub, `;` on Azure DevOps. */
  separator: string;
  props: string;
  data: string;
}

const LINES = /\r\n|\r|\n/;

/**
 * Caused by the payload: its command name, a property name, or data that begins with PWNED.
 * Property values may carry the payload: the writers escape the separator, `:` or `]` and line
 * breaks in them, so a value cannot add a property or end the command.
 */
function injected(c: Command): boolean {
  const keys = c.props
    .split(c.separator)
    .map((p) => p.split('=')[0])
    .join(' ');
  return /PWNED/i.test(`${c.name} ${keys}`) || /^PWNED/i.test(c.data);
}

/**
 * The commands the GitHub runner would run from this output: lines that start, after leading
 * whitespace (.NET's, which includes U+0085), with `::` or `##[`, honouring `::stop-commands::`.
 */
export function githubCommands(output: string): Command[] {
  const out: Command[] = [];
  let stopToken: string | undefined;
  for (const raw of output.split(LINES)) {
    const line = raw.replace(/^[\s\u0085]+/, '');
    const v2 = /^::([^\s:]+)(?: ([^:]*))?::(.*)$/.exec(line);
    const v1 = /^##\[([^\s\]]+)(?: ([^\]]*))?\](.*)$/.exec(line);
    const m = v2 ?? v1;
    if (!m) continue;
    const c = { line: raw, name: m[1], separator: ',', props: m[2] ?? '', data: m[3] };
    if (stopToken !== undefined) {
      if (c.name === stopToken) stopToken = undefined;
      continue;
    }
    if (c.name === 'stop-commands') stopToken = c.data;
    out.push(c);
  }
  return out;
}

/** Lines GitHub's or ADO's log view formats (`##[error]…`), whether or not commands are stopped. */
export function viewMarkers(output: string): string[] {
  return output.split(LINES).filter((l) => /^[\s\u0085]*##\[/.test(l));
}

/**
 * The commands the Azure DevOps agent would run: the first `##vso[` anywhere in each line (the
 * agent's rule), plus the `##[…]` lines its log view formats.
 */
export function adoCommands(output: string): Command[] {
  const out: Command[] = [];
  for (const line of output.split(LINES)) {
    const i = line.indexOf('##vso[');
    if (i >= 0) {
      const m = /^##vso\[([^\s\]]+)(?: ([^\]]*))?\](.*)$/.exec(line.slice(i));
      if (m) out.push({ line, name: m[1], separator: ';', props: m[2] ?? '', data: m[3] });
    }
    const view = /^[\s\u0085]*##\[([^\]]*)\](.*)$/.exec(line);
    if (view) out.push({ line, name: `##[${view[1]}]`, separator: ';', props: '', data: view[2] });
  }
  return out;
}

/** The commands among `commands` that the payload caused. */
export function injectedCommands(commands: Command[]): string[] {
  return commands.filter(injected).map((c) => c.line);
}
