/**
 * Operation table generated from specs/opencx/openapi.yaml by `npm run generate` (tools/codegen).
 * Do not edit: change the spec and regenerate. CI fails when this file is stale.
 */

import type { OperationInfo } from '@botbridge/core';

/** Every operation of the spec: method, path template, and whether it is safe to retry. */
export const operations = [
  {
    operationId: 'getChatSession',
    method: 'GET',
    path: '/chat/sessions/{session_id}',
    idempotent: true
  }
] as const satisfies readonly OperationInfo[];

/** The operationIds of the spec. */
export type OperationId = (typeof operations)[number]['operationId'];
