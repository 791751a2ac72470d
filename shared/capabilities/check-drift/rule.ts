/**
 * The drift rule of the reference flow (mlops-stacks' monitored_metric_violation_check): drift when
 * at least `minBreaches` of the latest `windows` values cross the threshold, the latest one among
 * them.
 */
export interface Rule {
  threshold: number;
  direction: 'above' | 'below';
  windows: number;
  minBreaches: number;
}

export interface MetricWindow {
  /** As the API renders it (ISO timestamps for the monitor's windows); absent for a bare query. */
  start?: string;
  end?: string;
  value: number;
}

export type VerdictStatus = 'drift' | 'no-drift' | 'insufficient';

export interface Verdict {
  status: VerdictStatus;
  /** The windows evaluated, newest first. */
  evaluated: MetricWindow[];
  breaches: number;
  latestBreaches: boolean;
  /** One sentence saying why. */
  reason: string;
}

export function breaches(rule: Rule, value: number): boolean {
  return rule.direction === 'above' ? value > rule.threshold : value < rule.threshold;
}

/**
 * `newestFirst` are all the windows there are, newest first. With fewer than `rule.windows`, the
 * verdict is given only when the missing windows could not change it: the latest window does not
 * breach (no drift), or enough breach already (drift); otherwise it is `insufficient`.
 */
export function evaluate(rule: Rule, newestFirst: readonly MetricWindow[]): Verdict {
  const evaluated = newestFirst.slice(0, rule.windows);
  const count = evaluated.filter((w) => breaches(rule, w.value)).length;
  const latestBreaches = evaluated.length > 0 && breaches(rule, evaluated[0].value);
  const crossing = `${rule.direction} ${rule.threshold}`;
  const short = evaluated.length < rule.windows;
  const base = { evaluated, breaches: count, latestBreaches };
  if (evaluated.length === 0)
    return { ...base, status: 'insufficient', reason: 'There are no windows with a value yet.' };
  if (latestBreaches && count >= rule.minBreaches)
    return {
      ...base,
      status: 'drift',
      reason: `${count} of the last ${evaluated.length} windows are ${crossing}, the latest included (drift at ${rule.minBreaches}).`,
    };
  if (!latestBreaches)
    return {
      ...base,
      status: 'no-drift',
      reason: `The latest window is not ${crossing}${count ? ` (${count} older of the last ${evaluated.length} are)` : ''}.`,
    };
  if (short)
    return {
      ...base,
      status: 'insufficient',
      reason: `Only ${evaluated.length} of the ${rule.windows} windows exist; ${count} are ${crossing}, the latest included, but drift needs ${rule.minBreaches}, so the missing windows decide.`,
    };
  return {
    ...base,
    status: 'no-drift',
    reason: `${count} of the last ${evaluated.length} windows are ${crossing}, the latest included; drift needs ${rule.minBreaches}.`,
  };
}
