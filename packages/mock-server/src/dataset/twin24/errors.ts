/** Twin's error answers, and the input error the query readers throw. */
import type { DatasetResponse } from '../types.js';

// Twin's error bodies are `{error, details?}` (spec `ErrorBody`); the texts are the spec's examples.
export const NOT_AUTHENTICATED = 'User is not authenticated.';
// The vendor SDK (and the botbridge client) compare this exact text to decide on a refresh.
export const TOKEN_EXPIRED = 'Token is expired.';
const INVALID_INPUT = 'Invalid input parameters.';
const BLANK = 'This value should not be blank.';

export const json = (status: number, body: unknown): DatasetResponse => ({ status, body });
export const unauthorized = (error: string) => json(401, { error });

/** A query or body value the vendor would reject; becomes the spec's 400 answer. */
export class InputError extends Error {
  constructor(
    readonly parameter: string,
    readonly detail: string,
  ) {
    super(detail);
  }
}

export const badRequest = (error: InputError) =>
  json(400, { error: INVALID_INPUT, details: { [error.parameter]: error.detail } });

export function blank(parameter: string): InputError {
  return new InputError(parameter, BLANK);
}

/** Spec `SessionNotFound`, the 404 of `getSession` and `listSessionMessages`. */
export function sessionNotFound(): DatasetResponse {
  return json(404, { error: 'Session not found.' });
}
