import type { Json } from '../../jobs-model';
import { OK_TERMINATION } from '../outcomes';
import { paramString } from '../settings';
import type { TaskLauncher } from './launcher';

/** Numeric comparison when both sides are numbers, string comparison otherwise, as the service does. */
function compare(left: string, op: string, right: string): boolean {
  const numeric =
    left.trim() !== '' && right.trim() !== '' && !isNaN(Number(left)) && !isNaN(Number(right));
  const [l, r]: [number | string, number | string] = numeric
    ? [Number(left), Number(right)]
    : [left, right];
  switch (op) {
    case 'EQUAL_TO':
      return l === r;
    case 'NOT_EQUAL':
      return l !== r;
    case 'GREATER_THAN':
      return l > r;
    case 'GREATER_THAN_OR_EQUAL':
      return l >= r;
    case 'LESS_THAN':
      return l < r;
    case 'LESS_THAN_OR_EQUAL':
      return l <= r;
  }
  return false;
}

/** `condition_task`: settles at once; its outcome decides which `depends_on.outcome` branch runs. */
export const conditionLauncher: TaskLauncher = ({ run, task: t, engine }) => {
  const c = t.spec.condition_task as Json;
  const left = engine.resolve(paramString(c.left), run, t);
  const right = engine.resolve(paramString(c.right), run, t);
  t.resolvedCondition = { left, right };
  t.conditionOutcome = compare(left, String(c.op), right) ? 'true' : 'false';
  engine.settleTask(t, 'SUCCESS', '', OK_TERMINATION);
  setImmediate(() => engine.pump(run));
};
