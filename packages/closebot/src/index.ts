export {
  CLOSEBOT_BASE_URL,
  type CloseBotClient,
  type CloseBotClientOptions,
  createCloseBotClient,
  type ListTestSessionsParams,
  type TestSessionPage,
} from './client.js';
export { describeError } from './errors.js';
export { type OperationId, operations } from './generated/operations.js';
export type { components, operations as operationTypes, paths } from './generated/schema.js';
export {
  type CloseBotLead,
  type LeadDto,
  normalizeLead,
  readTestSessionList,
  type TestSessionList,
  VENDOR,
} from './normalize.js';
