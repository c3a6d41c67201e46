/**
 * Operation table generated from specs/closebot/openapi.yaml by `npm run generate` (tools/codegen).
 * Do not edit: change the spec and regenerate. CI fails when this file is stale.
 */

import type { OperationInfo } from '@botbridge/core';

/** Every operation of the spec: method, path template, and whether it is safe to retry. */
export const operations = [
  {
    operationId: 'listTestSessions',
    method: 'GET',
    path: '/bot/{botId}/testSession',
    idempotent: true,
    server: 'https://api.closebot.com'
  },
  {
    operationId: 'createTestSession',
    method: 'POST',
    path: '/bot/{botId}/testSession',
    idempotent: false,
    server: 'https://api.closebot.com'
  },
  {
    operationId: 'listLeads',
    method: 'GET',
    path: '/lead',
    idempotent: true,
    server: 'https://api.closebot.com'
  },
  {
    operationId: 'searchLeads',
    method: 'POST',
    path: '/lead/search',
    idempotent: true,
    server: 'https://api.closebot.com'
  },
  {
    operationId: 'getLead',
    method: 'GET',
    path: '/lead/{leadId}',
    idempotent: true,
    server: 'https://api.closebot.com'
  },
  {
    operationId: 'listLeadPageHistory',
    method: 'GET',
    path: '/lead/{leadId}/page-history',
    idempotent: true,
    server: 'https://api.closebot.com'
  },
  {
    operationId: 'getLeadAiToggle',
    method: 'GET',
    path: '/lead/{leadId}/ai-toggle',
    idempotent: true,
    server: 'https://api.closebot.com'
  },
  {
    operationId: 'listMessages',
    method: 'GET',
    path: '/botMetric/messages',
    idempotent: true,
    server: 'https://api.closebot.com'
  },
  {
    operationId: 'countMessages',
    method: 'GET',
    path: '/botMetric/messageCount',
    idempotent: true,
    server: 'https://api.closebot.com'
  },
  {
    operationId: 'listBots',
    method: 'GET',
    path: '/bot',
    idempotent: true,
    server: 'https://api.closebot.com'
  },
  {
    operationId: 'getNodeDescriptors',
    method: 'GET',
    path: '/bot/nodeDescriptors',
    idempotent: true,
    server: 'https://api.closebot.com'
  },
  {
    operationId: 'getBot',
    method: 'GET',
    path: '/bot/{id}',
    idempotent: true,
    server: 'https://api.closebot.com'
  },
  {
    operationId: 'getCurrentAgency',
    method: 'GET',
    path: '/agency/current',
    idempotent: true,
    server: 'https://api.closebot.com'
  },
  {
    operationId: 'listSources',
    method: 'GET',
    path: '/agency/source',
    idempotent: true,
    server: 'https://api.closebot.com'
  },
  {
    operationId: 'getSource',
    method: 'GET',
    path: '/agency/source/{id}',
    idempotent: true,
    server: 'https://api.closebot.com'
  }
] as const satisfies readonly OperationInfo[];

/** The operationIds of the spec. */
export type OperationId = (typeof operations)[number]['operationId'];
