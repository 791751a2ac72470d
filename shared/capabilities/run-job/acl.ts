import { InputError, inputRef, quoteValue } from '../../errors';
import type { Inputs } from '../../inputs';
import type { Manifest } from './manifest';

/** One entry of the Jobs API `access_control_list` (runs/submit). */
export interface AccessControlEntry {
  user_name?: string;
  group_name?: string;
  service_principal_name?: string;
  permission_level: 'CAN_VIEW' | 'CAN_MANAGE_RUN' | 'CAN_MANAGE' | 'IS_OWNER';
}

const PRINCIPALS = ['user_name', 'group_name', 'service_principal_name'] as const;
const LEVELS = new Set(['CAN_VIEW', 'CAN_MANAGE_RUN', 'CAN_MANAGE', 'IS_OWNER']);
const EXAMPLE = '`[{"user_name": "dev@example.com", "permission_level": "CAN_VIEW"}]`';

/**
 * The `access-control-list` input, checked entry by entry so that a typo fails here with the
 * entry named, not as a 400 from runs/submit after the code was uploaded. Only runs/submit takes
 * it: an existing job's runs have the job's permissions.
 */
export function readAccessControlList(
  inputs: Inputs<Manifest>,
  isRunNow: boolean,
): AccessControlEntry[] | undefined {
  if (!inputs.has('access-control-list')) return undefined;
  if (isRunNow)
    throw new InputError(
      'access-control-list',
      `does not apply to an existing job (${inputRef('job-id')} or ${inputRef('job-name')}): its runs have the job's own permissions`,
      'Set the permissions on the job itself (deploy-jobs), or run the code with a run spec or the shorthand.',
    );
  const value = inputs.yaml('access-control-list');
  if (!Array.isArray(value))
    throw new InputError(
      'access-control-list',
      'is not a list',
      `Give a JSON list, e.g. ${EXAMPLE}.`,
    );
  return value.map((entry, i) => {
    const where = `has entry ${i + 1}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      throw new InputError(
        'access-control-list',
        `${where} that is not an object`,
        `Write each entry like ${EXAMPLE}.`,
      );
    const e = entry as Record<string, unknown>;
    const who = PRINCIPALS.filter((p) => e[p] !== undefined);
    if (who.length !== 1 || typeof e[who[0]] !== 'string' || !(e[who[0]] as string).trim())
      throw new InputError(
        'access-control-list',
        `${where} with ${who.length === 0 ? 'no principal' : who.length > 1 ? `several principals (${who.join(', ')})` : `an empty ${who[0]}`}`,
        `Give exactly one of ${PRINCIPALS.join(', ')} in each entry.`,
      );
    const level = e.permission_level;
    if (typeof level !== 'string' || !LEVELS.has(level))
      throw new InputError(
        'access-control-list',
        `${where} with permission_level ${quoteValue(String(level))}`,
        `Use one of ${[...LEVELS].join(', ')}.`,
      );
    const unknown = Object.keys(e).filter(
      (k) => k !== 'permission_level' && !(PRINCIPALS as readonly string[]).includes(k),
    );
    if (unknown.length)
      throw new InputError(
        'access-control-list',
        `${where} with unknown field ${quoteValue(unknown[0])}`,
        `Each entry has one of ${PRINCIPALS.join(', ')} and permission_level.`,
      );
    return { [who[0]]: e[who[0]], permission_level: level } as AccessControlEntry;
  });
}
