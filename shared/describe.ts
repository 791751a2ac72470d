import { renderInputRefs } from './errors';
import type { InputSpec } from './manifest';

/** Where a description is shown: action.yml, task.json, `--help`, the README table. */
export type DocTarget = 'github' | 'ado' | 'cli' | 'readme';

const NOTE_LABEL = { github: 'GitHub', ado: 'Azure DevOps', cli: 'CLI' } as const;

/**
 * An input's description for one place it is shown. Descriptions are host-neutral and name other
 * inputs with `inputRef`, rendered as that host spells them; host notes are added where they
 * apply. The CLI's help is plain text, so markdown code marks are dropped there.
 */
export function describeInput(
  spec: Pick<InputSpec, 'description' | 'notes'>,
  target: DocTarget,
  inputs: Readonly<Record<string, Pick<InputSpec, 'ado'>>>,
): string {
  const notes = spec.notes ?? {};
  const parts = [spec.description];
  if (target === 'readme') {
    for (const host of ['github', 'ado', 'cli'] as const)
      if (notes[host]) parts.push(`_${NOTE_LABEL[host]}:_ ${notes[host]}`);
  } else if (notes[target]) parts.push(notes[target]);
  const label = (name: string): string => {
    if (target === 'cli') return `--${name}`;
    if (target === 'ado') return `\`${inputs[name]?.ado ?? name}\``;
    return `\`${name}\``;
  };
  const text = renderInputRefs(parts.join(' '), label);
  if (text.includes('${{'))
    throw new Error(
      `A description holds '\${{' (GitHub's parser rejects unknown contexts there): ${text}`,
    );
  return target === 'cli' ? plainText(text) : text;
}

/** Markdown code marks and emphasis dropped, for a terminal. */
export function plainText(markdown: string): string {
  return markdown.replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]+)\*\*/g, '$1');
}
