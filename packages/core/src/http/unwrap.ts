import { errorFromResponse } from '../errors/from-response.js';
import { isVendorError } from '../errors/guards.js';
import { VendorNormalizationError } from '../errors/normalization-error.js';
import { redactText } from '../errors/redact.js';
import type { OperationInfo } from './operations.js';

/** The `{ data, error, response }` result every openapi-fetch call returns. */
export interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** @internal */
export interface UnwrapConfig {
  vendor: string;
  operations: readonly OperationInfo[];
  /** Credentials to scrub from anything an error keeps. */
  secrets: () => readonly string[];
  /** Reads the vendor's reason out of an error body. */
  describe?: (body: unknown) => string | undefined;
}

/**
 * The seam between the typed client (which returns `{ data, error, response }`) and the
 * normalized methods (which return data and throw typed errors). Vendor packages build one
 * `call` with this and route every normalized method through it.
 * @internal
 */
export function createCall(config: UnwrapConfig) {
  const methods = new Map(config.operations.map((op) => [op.operationId, op.method]));
  return async function call<T>(
    operation: string,
    send: () => Promise<FetchResult<T>>,
  ): Promise<T> {
    let result: FetchResult<T>;
    try {
      result = await send();
    } catch (error) {
      if (isVendorError(error) || (error instanceof Error && error.name === 'AbortError'))
        throw error;
      // openapi-fetch throws a SyntaxError when a success response is not JSON (an HTML error page
      // served with 200, a truncated body).
      // The parser quotes part of the body in its message, and a body may echo a credential.
      const reason = redactText(
        error instanceof Error ? error.message : String(error),
        config.secrets(),
      );
      throw new VendorNormalizationError(
        `${config.vendor} ${operation}: the response could not be read (${reason})`,
        { vendor: config.vendor, operation },
      );
    }
    const { response } = result;
    if (response.ok && result.error === undefined) return result.data as T;
    throw errorFromResponse(
      response,
      result.error,
      { method: methods.get(operation) ?? 'GET', url: response.url },
      { vendor: config.vendor, operation, secrets: config.secrets(), describe: config.describe },
    );
  };
}
