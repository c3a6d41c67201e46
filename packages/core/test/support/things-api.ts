import type { OperationInfo } from '../../src/index.js';

// The small API the HTTP tests call: a listing read by GET and a search sent by POST.

export interface paths {
  '/things': {
    get: { responses: { 200: { content: { 'application/json': { items: unknown[] } } } } };
  };
  '/search': {
    post: {
      requestBody: { content: { 'application/json': { q: string } } };
      responses: { 200: { content: { 'application/json': { items: unknown[] } } } };
    };
  };
}
export const operations: OperationInfo[] = [
  { operationId: 'listThings', method: 'GET', path: '/things', idempotent: true },
  { operationId: 'search', method: 'POST', path: '/search', idempotent: false },
];
