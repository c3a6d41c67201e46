/**
 * Operation table generated from specs/smarterbot/openapi.yaml by `npm run generate` (tools/codegen).
 * Do not edit: change the spec and regenerate. CI fails when this file is stale.
 */

import type { OperationInfo } from '@botbridge/core';

/** Every operation of the spec: method, path template, and whether it is safe to retry. */
export const operations = [
  {
    operationId: 'listLeads',
    method: 'POST',
    path: '/chat/Chatbot/LeadList',
    idempotent: true,
    server: 'https://usapi.hottask.com'
  },
  {
    operationId: 'getChatHistory',
    method: 'POST',
    path: '/chat/Chatbot/ChatContentHistory',
    idempotent: true,
    server: 'https://usapi.hottask.com'
  },
  {
    operationId: 'getMessageCount',
    method: 'POST',
    path: '/chat/Chatbot/GetMessageCountByChatbot',
    idempotent: true,
    server: 'https://usapi.hottask.com'
  }
] as const satisfies readonly OperationInfo[];

/** The operationIds of the spec. */
export type OperationId = (typeof operations)[number]['operationId'];
