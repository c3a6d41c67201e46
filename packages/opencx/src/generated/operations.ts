/**
 * Operation table generated from specs/opencx/openapi.yaml by `npm run generate` (tools/codegen).
 * Do not edit: change the spec and regenerate. CI fails when this file is stale.
 */

import type { OperationInfo } from '@botbridge/core';

/** Every operation of the spec: method, path template, and whether it is safe to retry. */
export const operations = [
  {
    operationId: 'listChatSessions',
    method: 'GET',
    path: '/chat/sessions',
    idempotent: true,
    server: 'https://api.open.cx'
  },
  {
    operationId: 'filterChatSessions',
    method: 'POST',
    path: '/chat/sessions/filter',
    idempotent: true,
    server: 'https://api.open.cx'
  },
  {
    operationId: 'getChatSession',
    method: 'GET',
    path: '/chat/sessions/{session_id}',
    idempotent: true,
    server: 'https://api.open.cx'
  },
  {
    operationId: 'listChatHistory',
    method: 'GET',
    path: '/chat/sessions/{session_id}/history',
    idempotent: true,
    server: 'https://api.open.cx'
  },
  {
    operationId: 'listContacts',
    method: 'GET',
    path: '/contacts',
    idempotent: true,
    server: 'https://api.open.cx'
  },
  {
    operationId: 'getOrg',
    method: 'GET',
    path: '/org',
    idempotent: true,
    server: 'https://api.open.cx'
  }
] as const satisfies readonly OperationInfo[];

/** The operationIds of the spec. */
export type OperationId = (typeof operations)[number]['operationId'];
