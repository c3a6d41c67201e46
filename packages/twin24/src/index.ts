export type { Twin24Credentials } from './auth.js';
export {
  CAPABILITIES,
  type ChatSessionPage,
  createTwin24Client,
  type MessagePage,
  type SessionPage,
  TWIN24_ANALYSE_URL,
  TWIN24_CHAT_URL,
  TWIN24_IAM_URL,
  type Twin24Client,
  type Twin24ClientOptions,
  type Twin24ConversationQuery,
  type Twin24MessageQuery,
  type Twin24PageSizes,
  type Twin24Service,
} from './client.js';
export { describeError } from './errors.js';
export { type OperationId, operations } from './generated/operations.js';
export {
  chatSessionFieldValues,
  type components,
  type operations as operationTypes,
  type paths,
} from './generated/schema.js';
export {
  type ChatMessage,
  type ChatMessageList,
  type ChatSession,
  type ChatSessionField,
  type ChatSessionList,
  type ChatSessionSearchItem,
  type ChatSessionSearchResult,
  DEFAULT_SESSION_FIELDS,
  type MessageContext,
  normalizeChatSession,
  normalizeMessage,
  normalizeSession,
  readListPage,
  readSearchResult,
  type TwinConversation,
  type TwinMessage,
  type TwinSessionConversation,
  VENDOR,
} from './normalize.js';
export type {
  ListSessionMessagesParams,
  ListSessionsParams,
  SearchChatSessionsParams,
  Twin24ConversationFilters,
  Twin24MessageFilters,
} from './params.js';
