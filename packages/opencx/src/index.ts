export {
  createOpenCxClient,
  OPENCX_BASE_URL,
  OPENCX_RATE_LIMIT,
  type OpenCxClient,
  type OpenCxClientOptions,
} from './client.js';
export {
  channelTypeValues,
  chatSessionFilterSortByValues,
  chatSessionFilterSortOrderValues,
  sessionStatusValues,
} from './enum-values.js';
export { describeError } from './errors.js';
export { type OperationId, operations } from './generated/operations.js';
export type { components, operations as operationTypes, paths } from './generated/schema.js';
export {
  type ContactDto,
  normalizeContactRecord,
  type OpenCxContactRecord,
} from './normalize/contact.js';
export {
  type ChannelType,
  type ChatSession,
  normalizeChatSession,
  type OpenCxConversation,
  type SessionStatus,
} from './normalize/conversation.js';
export {
  type ChatHistoryItem,
  normalizeHistoryItem,
  type OpenCxMessage,
} from './normalize/message.js';
export { VENDOR } from './normalize/vendor.js';
export type {
  ChatHistoryResource,
  ListChatHistoryParams,
  MessagePage,
} from './resources/chat-history.js';
export type {
  ChatSessionFilters,
  ChatSessionPage,
  ChatSessionsResource,
  FilterChatSessionsParams,
  FilteredChatSessionPage,
  ListChatSessionsParams,
} from './resources/chat-sessions.js';
export type {
  ContactFilters,
  ContactPage,
  ContactsResource,
  ListContactsParams,
} from './resources/contacts.js';
export type {
  OpenCxIdentity,
  Organization,
  OrganizationResource,
} from './resources/organization.js';
export { CAPABILITIES, type OpenCxConversationFilters, type OpenCxSourceView } from './source.js';
export {
  type KnownEventBase,
  OPENCX_OPEN_WEBHOOK_EVENTS,
  OPENCX_WEBHOOK_EVENTS,
  type OpenCxConversationClosedEvent,
  type OpenCxConversationHandoffEvent,
  type OpenCxConversationStartedEvent,
  type OpenCxOpenWebhookEvent,
  type OpenCxOpenWebhookEventOf,
  type OpenCxOpenWebhookEventType,
  type OpenCxThirdPartyAgentResponseEvent,
  type OpenCxUnknownWebhookEvent,
  type OpenCxWebhookClosedData,
  type OpenCxWebhookClosedPayload,
  type OpenCxWebhookConversation,
  type OpenCxWebhookDelivery,
  type OpenCxWebhookEvent,
  type OpenCxWebhookEventType,
  type OpenCxWebhookHandoffData,
  type OpenCxWebhookHandoffPayload,
  type OpenCxWebhookOpenPayload,
  type OpenCxWebhookOptions,
  type OpenCxWebhookStartedData,
  type OpenCxWebhookStartedPayload,
  type OpenCxWebhookThirdPartyAgentResponseData,
  type OpenCxWebhookThirdPartyAgentResponsePayload,
  parseOpenCxWebhook,
  parseOpenCxWebhookRequest,
} from './webhooks.js';
