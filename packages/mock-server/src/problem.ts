import type { SpecOperation, Violation } from './engine.js';

/**
 * An RFC 9457 problem document, the body of every answer the mock server gives of its own accord
 * (as opposed to the vendor's answers from the spec or the dataset).
 */
export interface Problem {
  /** A URN naming the kind of problem, e.g. `urn:botbridge:mock:invalid-request`. */
  type: string;
  /** A one-line summary of the problem (`The request does not match the spec`). */
  title: string;
  /** The answer's HTTP status, repeated in the body (400, 404, 405, 502, ...). */
  status: number;
  /** What happened and what to do, in one or two sentences. */
  detail: string;
  /** The vendor whose mock answered. */
  vendor: string;
  /** The operation the request was routed to, when it was. */
  operationId?: string;
  /** Every way the request breaks the spec (`invalid-request` only). */
  violations?: Violation[];
  /** The operations this mock serves (`no-route` only), as `METHOD /path`. */
  operations?: string[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** One line per violation, e.g. `query pageSize: must be >= 1`. */
export function describeViolation(v: Violation): string {
  return `${[v.location, v.name].filter((part) => part !== '').join(' ')}: ${v.message}`;
}

export function invalidRequest(
  vendor: string,
  operation: SpecOperation,
  violations: Violation[],
): Problem {
  return {
    type: 'urn:botbridge:mock:invalid-request',
    title: 'The request does not match the spec',
    status: 400,
    detail: `${violations.length} violation${violations.length === 1 ? '' : 's'} of ${operation.method} ${operation.path} (${operation.operationId}): ${violations.map(describeViolation).join('; ')}`,
    vendor,
    operationId: operation.operationId,
    violations,
  };
}

export function undefinedPreference(
  vendor: string,
  operation: SpecOperation,
  preference: 'code' | 'example',
  value: string,
): Problem {
  const defined =
    preference === 'code'
      ? operation.statuses.join(', ')
      : Object.entries(operation.examples)
          .map(([status, names]) => `${status}: ${names.join(', ') || '(none)'}`)
          .join('; ');
  return {
    type: 'urn:botbridge:mock:undefined-preference',
    title: `Prefer: ${preference}=${value} is not defined for this operation`,
    status: 400,
    detail: `${operation.operationId} defines no ${preference === 'code' ? 'response' : 'example'} "${value}". Defined ${preference === 'code' ? 'codes' : 'examples'}: ${defined}.`,
    vendor,
    operationId: operation.operationId,
  };
}

export function noRoute(
  vendor: string,
  method: string,
  path: string,
  reason: 'path' | 'method',
  operations: readonly SpecOperation[],
  basePaths: readonly string[],
): Problem {
  const bases = basePaths.length > 0 ? ` (at the root or under ${basePaths.join(', ')})` : '';
  return {
    type: 'urn:botbridge:mock:no-route',
    title: reason === 'path' ? 'No operation has this path' : 'No operation has this method',
    status: reason === 'path' ? 404 : 405,
    detail: `The ${vendor} spec has no operation for ${method} ${path}${bases}.`,
    vendor,
    operations: operations.map((op) => `${op.method} ${op.path}`),
  };
}

export function badRequest(vendor: string, detail: string, operationId?: string): Problem {
  return {
    type: 'urn:botbridge:mock:bad-request',
    title: 'The mock cannot read this request',
    status: 400,
    detail,
    vendor,
    ...(operationId ? { operationId } : {}),
  };
}

export function upstreamError(vendor: string, detail: string, operationId?: string): Problem {
  return {
    type: 'urn:botbridge:mock:upstream-error',
    title: 'The upstream API could not be reached',
    status: 502,
    detail,
    vendor,
    ...(operationId ? { operationId } : {}),
  };
}

export function engineError(
  vendor: string,
  status: number,
  detail: string,
  operationId: string,
): Problem {
  return {
    type: 'urn:botbridge:mock:no-answer',
    title: 'The spec gives no answer for this request',
    status: status >= 400 && status < 600 ? status : 500,
    detail,
    vendor,
    operationId,
  };
}
