export {
  CLOSEBOT_BASE_URL,
  type CloseBotClient,
  type CloseBotClientOptions,
  createCloseBotClient,
} from './client.js';
export { describeError } from './errors.js';
export { type OperationId, operations } from './generated/operations.js';
export type { components, operations as operationTypes, paths } from './generated/schema.js';
export {
  type LeadDtoPaginated,
  readTestSessionList,
  type SearchLeadResultDto,
  type SourceDtoPaginated,
  type TestSessionList,
} from './normalize/envelope.js';
export {
  type CloseBotConversation,
  type CloseBotLead,
  type LeadDto,
  normalizeLead,
  normalizeLeadConversation,
} from './normalize/lead.js';
export {
  type BotMetricMessage,
  type CloseBotMessage,
  normalizeMessage,
} from './normalize/message.js';
export { VENDOR } from './normalize/vendor.js';
export type { AgencyDto, AgencyResource, CloseBotIdentity } from './resources/agency.js';
export type { BotDto, BotsResource } from './resources/bots.js';
export type {
  LeadActivityResource,
  LeadAiToggleDto,
  LeadPageHistoryOptions,
  LeadPageVisitDto,
} from './resources/lead-activity.js';
export type {
  GetLeadOptions,
  LeadPage,
  LeadSearchResult,
  LeadsResource,
  ListLeadsParams,
  SearchLeadsParams,
  SearchQueryInput,
} from './resources/leads.js';
export type {
  CountMessagesParams,
  ListMessagesParams,
  MessagesResource,
} from './resources/messages.js';
export type {
  ListSourcesParams,
  SourceDto,
  SourcePage,
  SourcesResource,
} from './resources/sources.js';
export type {
  ListTestSessionsParams,
  TestSession,
  TestSessionPage,
  TestSessionsResource,
} from './resources/test-sessions.js';
export {
  CAPABILITIES,
  type CloseBotConversationFilters,
  type CloseBotLeadFilters,
  type CloseBotSourceView,
} from './source.js';
