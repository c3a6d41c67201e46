export {
  CAPABILITIES,
  type ChatSessionFilters,
  type ChatSessionPage,
  type ContactFilters,
  type ContactPage,
  createOpenCxClient,
  type FilterChatSessionsParams,
  type FilteredChatSessionPage,
  type ListChatHistoryParams,
  type ListChatSessionsParams,
  type ListContactsParams,
  type MessagePage,
  OPENCX_BASE_URL,
  OPENCX_RATE_LIMIT,
  type OpenCxClient,
  type OpenCxClientOptions,
  type OpenCxConversationFilters,
} from './client.js';
export { describeError } from './errors.js';
export { type OperationId, operations } from './generated/operations.js';
export type { components, operations as operationTypes, paths } from './generated/schema.js';
export {
  channelTypeValues,
  chatSessionFilterSortByValues,
  chatSessionFilterSortOrderValues,
  sessionStatusValues,
} from './generated/schema.js';
export {
  type ChannelType,
  type ChatHistoryItem,
  type ChatSession,
  type ContactDto,
  normalizeChatSession,
  normalizeContactRecord,
  normalizeHistoryItem,
  type OpenCxContactRecord,
  type OpenCxConversation,
  type OpenCxMessage,
  type SessionStatus,
  VENDOR,
} from './normalize.js';
