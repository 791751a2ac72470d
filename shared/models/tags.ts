/**
 * Version tags the model capabilities write and read: evaluate-model records its verdict,
 * promote-model refuses a version without a passed one and stamps its audit.
 */
export const GATE_TAGS = {
  status: 'mlops.gate.status',
  runUrl: 'mlops.gate.run_url',
  time: 'mlops.gate.time',
  commit: 'mlops.gate.commit',
  baseline: 'mlops.gate.baseline_version',
} as const;

export const GATE_STATUS_TAG = GATE_TAGS.status;

export const PROMOTION_TAGS = {
  by: 'mlops.promotion.by',
  time: 'mlops.promotion.time',
  runUrl: 'mlops.promotion.run_url',
  reason: 'mlops.promotion.reason',
  approvers: 'mlops.promotion.approvers',
  previous: 'mlops.promotion.previous_version',
  action: 'mlops.promotion.action',
  target: 'mlops.promotion.target',
} as const;
