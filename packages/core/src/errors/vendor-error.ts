import { addKind } from './kinds.js';

/** What every botbridge error knows about where it happened. */
export interface VendorErrorOptions {
  /** The vendor integration (`'closebot'`, `'opencx'`, ...). */
  vendor: string;
  /** The vendor operation (its OpenAPI operationId), or the client method for local checks. */
  operation: string;
  /** HTTP status of the failed response; `0` when no response arrived; absent before sending. */
  status?: number;
  /**
   * The underlying failure (a `fetch` rejection, a parse error), kept as the error's standard
   * `cause`. It is not scrubbed: pass only errors whose messages cannot hold a credential.
   */
  cause?: unknown;
}

/**
 * Base class of every error botbridge throws. Catch this one to handle all of them; use the
 * `is…Error()` guards rather than `instanceof` when several copies of the package may be installed.
 *
 * Errors never carry credentials: messages are written from redacted facts, and bodies and URLs
 * pass through the client's secret scrubber before they are stored.
 */
export class VendorError extends Error {
  /** The class name, also on subclasses (`'VendorHttpError'`, ...), so logs show which it is. */
  override name = 'VendorError';
  /** The vendor integration that failed (`'closebot'`, `'opencx'`, ...). */
  readonly vendor: string;
  /** The vendor operation (its OpenAPI operationId), or the client method for local checks. */
  readonly operation: string;
  /**
   * HTTP status of the failed response; `0` when no response arrived (network failure, timeout);
   * `undefined` when nothing was sent (bad arguments, an unsupported resource) or the status does
   * not apply.
   */
  readonly status: number | undefined;

  constructor(message: string, options: VendorErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.vendor = options.vendor;
    this.operation = options.operation;
    this.status = options.status;
    addKind(this, 'VendorError');
  }

  /** A plain, credential-free view for logs and `JSON.stringify`. */
  toJSON(): Record<string, unknown> {
    const { stack: _stack, cause, ...own } = this as unknown as Record<string, unknown>;
    return {
      ...own,
      name: this.name,
      message: this.message,
      ...(cause instanceof Error ? { cause: { name: cause.name, message: cause.message } } : {}),
    };
  }
}
