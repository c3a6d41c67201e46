export {
  createSmarterBotClient,
  SMARTERBOT_BASE_URL,
  type SmarterBotClient,
  type SmarterBotClientOptions,
} from './client.js';
export { checkEnvelope, describeError, type Envelope, type EnvelopeContext } from './errors.js';
export { type OperationId, operations } from './generated/operations.js';
export type { components, operations as operationTypes, paths } from './generated/schema.js';
export {
  type ChatSessionRecord,
  conversationIdOf,
  normalizeConversation,
  type SmarterBotConversation,
} from './normalize/conversation.js';
export {
  type ChatHistoryResponse,
  type LeadListResponse,
  type MessageCountResponse,
  readChatHistory,
  readLeadList,
  readMessageCount,
} from './normalize/envelope.js';
export { type LeadRecord, normalizeLead, type SmarterBotLead } from './normalize/lead.js';
export {
  type ChatMessageRecord,
  type MessagePosition,
  normalizeMessage,
  type SmarterBotMessage,
} from './normalize/message.js';
export { normalizeChatSession, type SmarterBotSession } from './normalize/session.js';
export { VENDOR } from './normalize/vendor.js';
export type { ChatHistoryResource, GetChatHistoryParams } from './resources/chat-history.js';
export type { LeadsResource, ListLeadsParams } from './resources/leads.js';
export type { GetMessageCountParams, MessageCountResource } from './resources/message-count.js';
export type { SmarterBotIdentity, WhoamiResource } from './resources/whoami.js';
export {
  CAPABILITIES,
  type SmarterBotConversationQuery,
  type SmarterBotLeadFilters,
  type SmarterBotLeadQuery,
  type SmarterBotMessageQuery,
  type SmarterBotSourceFilters,
  type SmarterBotSourceView,
} from './source.js';
export {
  MAX_SMARTERBOT_SIGNATURES,
  parseSmarterBotSignatureHeader,
  SMARTERBOT_SIGNATURE_HEADER,
  type SmarterBotSignatureHeader,
} from './webhook-signature.js';
export {
  type ConversationsWebhookBody,
  type LeadsWebhookBody,
  parseSmarterBotWebhook,
  parseSmarterBotWebhookRequest,
  type SmarterBotConversationsWebhookEvent,
  type SmarterBotLeadsWebhookEvent,
  type SmarterBotUnknownWebhookEvent,
  type SmarterBotWebhookEvent,
  type SmarterBotWebhookEventBase,
  type SmarterBotWebhookKind,
  type SmarterBotWebhookOptions,
} from './webhooks.js';
