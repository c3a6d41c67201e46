const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/**
 * Whether a request may be sent twice. Idempotent HTTP methods may; a POST only when the vendor
 * operation is a read (SmarterBot reads everything by POST; the spec marks such operations with
 * `x-idempotent: true`).
 */
export function isIdempotent(method: string, operationIsRead: boolean): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase()) || operationIsRead;
}

/** Whether a response status is worth retrying under these options. */
export function isRetryableStatus(status: number, statuses: readonly number[]): boolean {
  return statuses.includes(status);
}
