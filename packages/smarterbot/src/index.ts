export {
  createSmarterBotClient,
  type ListLeadsParams,
  SMARTERBOT_BASE_URL,
  type SmarterBotClient,
  type SmarterBotClientOptions,
} from './client.js';
export { checkEnvelope, describeError, type Envelope, type EnvelopeContext } from './errors.js';
export { type OperationId, operations } from './generated/operations.js';
export type { components, operations as operationTypes, paths } from './generated/schema.js';
export {
  type LeadListResponse,
  type LeadRecord,
  normalizeLead,
  readLeadList,
  type SmarterBotLead,
  VENDOR,
} from './normalize.js';
