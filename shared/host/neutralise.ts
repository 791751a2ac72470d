/**
 * Keeps text that a user, a pull request or a server controls from acting as a workflow command.
 *
 * The GitHub runner reads a command from any stdout/stderr line that starts, after leading
 * whitespace, with `::` (or the older `##[`); the Azure DevOps agent runs the first `##vso[`
 * anywhere in a line, and its log view formats lines starting with `##[` (`##[error]`,
 * `##[section]`, `##[group]`). Adapters pass every log line they print through `neutralise`, and
 * send their own commands only through @actions/core or the task-lib, after neutralising.
 *
 * The fix is one inserted `_`, as the task-lib's own external-output filter does (`##vso[` ->
 * `##_vso[`): the text stays readable and searchable, and cannot be mistaken for the original.
 */

/** Whose command syntax the text must not trigger. */
export type CommandSyntax = 'github' | 'azure-devops';

// .NET's TrimStart (the runner's) also trims U+0085, which JS's \s does not cover.
const LEAD = '^([\\s\\u0085]*)';
const GITHUB_LINE = new RegExp(`${LEAD}(:(?=:)|#(?=#\\[))`, 'gm');
// `##[error]`, `##[section]`, `##[group]`: formatting markers of both log views.
const VIEW_LINE = new RegExp(`${LEAD}#(?=#\\[)`, 'gm');
const ADO_ANYWHERE = /##vso\[/g;

/**
 * Returns `text` with every command marker broken for each of `syntaxes`. Line breaks are
 * normalised to `\n` first: the runners split on CR too, so a bare CR starts a line.
 */
export function neutralise(text: string, syntaxes: readonly CommandSyntax[]): string {
  let out = text.replace(/\r\n?/g, '\n');
  if (syntaxes.includes('github')) out = out.replace(GITHUB_LINE, '$1$2_');
  if (syntaxes.includes('azure-devops'))
    out = out.replace(ADO_ANYWHERE, '##_vso[').replace(VIEW_LINE, '$1#_');
  return out;
}

/**
 * Breaks only the log view's `##[…]` line markers: for text echoed between GitHub's
 * `::stop-commands::` brackets, where commands are already off but the view still formats lines.
 */
export function neutraliseViewMarkers(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(VIEW_LINE, '$1#_');
}

/** The command syntaxes a process must avoid, from the CI variables its runner sets. */
export function ciSyntaxes(env: Readonly<Record<string, string | undefined>>): CommandSyntax[] {
  const out: CommandSyntax[] = [];
  if (env.GITHUB_ACTIONS === 'true') out.push('github');
  if (env.TF_BUILD && env.TF_BUILD.toLowerCase() === 'true') out.push('azure-devops');
  return out;
}

/** One line, for titles that the host prints after a marker of its own (`##[group]…`). */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * Removes terminal escape sequences (colours, cursor moves, OSC titles and hyperlinks) and other
 * control characters from text bound for a terminal, so remote text cannot rewrite what the user
 * sees. Tabs and line breaks stay; a bare CR (which would overwrite the line) becomes a line break.
 */
export function stripTerminalControls(text: string): string {
  return (
    text
      // OSC (ESC ] … BEL or ESC \) and other string sequences, then CSI and two-byte escapes.
      .replace(/\u001b[\]PX^_][\s\S]*?(?:\u0007|\u001b\\|$)/g, '')
      .replace(/\u009b[0-?]*[ -/]*[@-~]/g, '')
      .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '')
      .replace(/\u001b[ -/]*[0-~]?/g, '')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '')
  );
}
