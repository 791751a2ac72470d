import { setMaxListeners } from 'events';

/**
 * Turns SIGINT/SIGTERM (how the GitHub runner and the ADO agent cancel a step) into an abort
 * signal, so the capability can stop what it started (e.g. cancel the Databricks run) before the
 * process ends. A second signal ends the process at once.
 */
export function cancellationSignal(onSignal?: (signal: NodeJS.Signals) => void): {
  signal: AbortSignal;
  dispose(): void;
} {
  const controller = new AbortController();
  // Every in-flight request listens on this one signal; parallel reads would trip Node's
  // MaxListenersExceededWarning (printed to stderr) at the default of 10.
  setMaxListeners(256, controller.signal);
  const handler = (sig: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(130);
    onSignal?.(sig);
    controller.abort(new Error(`Cancelled by ${sig}`));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    signal: controller.signal,
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
