/** The error answers of the OpenCX operations. */

/** The spec's `ErrorResponse`, used by OpenCX for every error status. */
export function errorResponse(status: number, message: string | string[], error: string) {
  return { status, body: { statusCode: status, message, error } };
}

export const UNAUTHORIZED = errorResponse(401, 'Unauthorized', 'Unauthorized');
export const SESSION_NOT_FOUND = errorResponse(404, 'Chat session not found', 'Not Found');
// The cursor operations declare no 400 response (only 401, 403, 429, 500, and 404 for history), so
// a cursor we did not issue gets the common error body as a 500, the only declared status that
// fits a request the server cannot serve. (Were a 400 added to the spec, it would belong here.)
export const INVALID_CURSOR = errorResponse(500, 'Invalid cursor', 'Internal Server Error');
