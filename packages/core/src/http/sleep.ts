/**
 * The longest delay a Node.js timer honours: 2^31 − 1 ms (about 24.8 days). `setTimeout` runs a
 * longer delay after 1 ms instead (with only a warning), so every wait the client schedules is
 * kept at or below this, and options that could exceed it are refused when the client is created.
 * @internal
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Waits `ms`, or rejects with the signal's reason as soon as it aborts. The timer is cleared on
 * abort, so a cancelled wait never keeps the process alive.
 * @throws RangeError (as a rejection) when `ms` is not a number from 0 to `MAX_TIMER_MS`: Node.js
 *   would fire such a timer at once, and a retry sent at once is what these waits exist to prevent.
 *   Callers bound their delays first, so this is a guard against a bug, not a code path.
 * @internal
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (!(ms >= 0 && ms <= MAX_TIMER_MS)) {
    return Promise.reject(new RangeError(`sleep: ${ms} ms is beyond the timer limit`));
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
