/**
 * Operation table generated from specs/twin24/openapi.yaml by `npm run generate` (tools/codegen).
 * Do not edit: change the spec and regenerate. CI fails when this file is stale.
 */

import type { OperationInfo } from '@botbridge/core';

/** Every operation of the spec: method, path template, and whether it is safe to retry. */
export const operations = [
  {
    operationId: 'searchChatSessions',
    method: 'GET',
    path: '/search/chat/sessions',
    idempotent: true,
    server: 'https://analyse.twin24.ai/api/v1'
  },
  {
    operationId: 'login',
    method: 'POST',
    path: '/auth/login',
    idempotent: true,
    server: 'https://iam.twin24.ai/api/v1'
  },
  {
    operationId: 'refreshToken',
    method: 'POST',
    path: '/auth/refresh',
    idempotent: false,
    server: 'https://iam.twin24.ai/api/v1'
  },
  {
    operationId: 'getCurrentUser',
    method: 'GET',
    path: '/users/me',
    idempotent: true,
    server: 'https://iam.twin24.ai/api/v1'
  },
  {
    operationId: 'listSessions',
    method: 'GET',
    path: '/sessions',
    idempotent: true,
    server: 'https://chat-api.twin24.ai/api/v1'
  },
  {
    operationId: 'getSession',
    method: 'GET',
    path: '/sessions/{sessionId}',
    idempotent: true,
    server: 'https://chat-api.twin24.ai/api/v1'
  },
  {
    operationId: 'listSessionMessages',
    method: 'GET',
    path: '/sessions/{sessionId}/messages',
    idempotent: true,
    server: 'https://chat-api.twin24.ai/api/v1'
  }
] as const satisfies readonly OperationInfo[];

/** The operationIds of the spec. */
export type OperationId = (typeof operations)[number]['operationId'];
