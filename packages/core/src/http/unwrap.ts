import { VendorArgumentError } from '../errors/argument-error.js';
import { errorFromResponse } from '../errors/from-response.js';
import { VendorNormalizationError } from '../errors/normalization-error.js';
import { redactText } from '../errors/redact.js';
import { VendorValidationError } from '../errors/validation-error.js';
import type { OperationInfo } from './operations.js';
import { redirectRefusal } from './resilient-fetch.js';
import type { Logger, ResponseValidators, ValidationMode } from './validation.js';

/** The `{ data, error, response }` result every openapi-fetch call returns. */
export interface FetchResult<T> {
  /** The parsed body of a success response; absent when the call failed or had no body. */
  data?: T;
  /** The parsed (or text) body of a failure response; absent on success. */
  error?: unknown;
  /** The response as received, for its status and headers. */
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
  /**
   * The vendor's generated response validators, as the caller passed them (`ClientOptions`
   * `validators`, from `@botbridge/<vendor>/validators`). Needed when `validateResponses` is on.
   */
  validators?: ResponseValidators;
  /** @default 'off' */
  validateResponses?: ValidationMode;
  /** @default console */
  logger?: Logger;
}

/**
 * Sends one request of `operation` and returns its data, or throws the typed error its failure
 * maps to. Built by `createCall`; what every resource function of a vendor package sends through.
 */
export type Call = <T>(operation: string, send: () => Promise<FetchResult<T>>) => Promise<T>;

/**
 * Refuses response validation without validators while the client is built, before anything is
 * sent. The validators are a subpath of each vendor package (`@botbridge/<vendor>/validators`), so
 * that an application that never validates does not ship them; asked for without them, validation
 * would check nothing and say nothing.
 * @throws VendorArgumentError naming `validators`, with the import line to add.
 */
function requireValidators(config: UnwrapConfig, mode: ValidationMode): void {
  if (mode === 'off') return;
  if (typeof config.validators === 'object' && config.validators !== null) return;
  const subpath = `@botbridge/${config.vendor}/validators`;
  throw new VendorArgumentError({
    vendor: config.vendor,
    operation: 'createClient',
    parameter: 'validators',
    expected: `the response validators, which validateResponses: '${mode}' needs: import { responseValidators } from '${subpath}' and pass { validators: responseValidators }`,
  });
}

/**
 * The seam between the typed client (which returns `{ data, error, response }`) and the
 * normalized methods (which return data and throw typed errors). Vendor packages build one
 * `call` with this and route every normalized method through it.
 * @internal
 */
export function createCall(config: UnwrapConfig): Call {
  const methods = new Map(config.operations.map((op) => [op.operationId, op.method]));
  const mode = config.validateResponses ?? 'off';
  requireValidators(config, mode);
  const logger = config.logger ?? console;

  // Issues name JSON pointers and expected types only, never values, so nothing a response holds
  // (personal data, an echoed credential) reaches a log line or an error. A pointer does name the
  // keys of free-form maps, which are the server's text, so credentials are scrubbed from it too,
  // in the pointer's escaped form (`/` → `~1`) as well.
  function checkResponse(operation: string, status: number, data: unknown): void {
    if (mode === 'off') return;
    const byStatus = config.validators?.[operation];
    const validate = byStatus?.[String(status)] ?? byStatus?.default;
    if (!validate) return;
    const found = validate(data);
    if (found.length === 0) return;
    const secrets = config
      .secrets()
      .flatMap((secret) => [secret, secret.replace(/~/g, '~0').replace(/\//g, '~1')]);
    const issues = found.map((issue) => redactText(issue, secrets));
    const summary = `${config.vendor} ${operation}: the HTTP ${status} response breaks the spec (${issues.length} issue${issues.length === 1 ? '' : 's'}: ${issues.slice(0, 5).join('; ')}${issues.length > 5 ? '; …' : ''})`;
    if (mode === 'strict') {
      throw new VendorValidationError(summary, {
        vendor: config.vendor,
        operation,
        status,
        issues,
      });
    }
    logger.warn(summary, { vendor: config.vendor, operation, status, issues });
  }
  return async function call<T>(
    operation: string,
    send: () => Promise<FetchResult<T>>,
  ): Promise<T> {
    let result: FetchResult<T>;
    try {
      result = await send();
    } catch (error) {
      // openapi-fetch throws a SyntaxError when a success response is not JSON (an HTML error page
      // served with 200, a truncated body). The parser quotes about ten characters of the body
      // (`Unexpected token 's', "sk_live_ab"... is not valid JSON`), and a body may echo a
      // credential: a fragment that value redaction cannot recognise. So a parse failure is named,
      // never quoted. Anything else (our own errors, a caller's abort reason, whatever it is) passes
      // through untouched.
      if (!(error instanceof SyntaxError)) throw error;
      throw new VendorNormalizationError(
        `${config.vendor} ${operation}: the response could not be read (the body is not valid JSON)`,
        { vendor: config.vendor, operation },
      );
    }
    const { response } = result;
    if (response.ok && result.error === undefined) {
      checkResponse(operation, response.status, result.data);
      return result.data as T;
    }
    // A redirect the client would not follow (to another origin, say) is explained in the
    // message rather than by the vendor's body, which belongs to a page that was never read.
    const refusal = redirectRefusal(response);
    throw errorFromResponse(
      response,
      result.error,
      { method: methods.get(operation) ?? 'GET', url: response.url },
      {
        vendor: config.vendor,
        operation,
        secrets: config.secrets(),
        describe: refusal === undefined ? config.describe : () => refusal,
      },
    );
  };
}
