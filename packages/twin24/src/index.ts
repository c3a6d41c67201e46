export type { Twin24Credentials } from './auth.js';
export {
  parseTwin24Callback,
  parseTwin24CallbackRequest,
  type Twin24BotAnswerCallback,
  type Twin24Callback,
  type Twin24CallbackOptions,
  type Twin24UnknownCallback,
} from './callbacks.js';
export {
  createTwin24Client,
  TWIN24_ANALYSE_URL,
  TWIN24_CHAT_URL,
  TWIN24_IAM_URL,
  type Twin24Client,
  type Twin24ClientOptions,
  type Twin24CommonOptions,
  type Twin24CredentialsAuth,
  type Twin24PageSizes,
  type Twin24TokenAuth,
} from './client.js';
export { chatSessionFieldValues } from './enum-values.js';
export { describeError } from './errors.js';
export { type OperationId, operations } from './generated/operations.js';
export type { components, operations as operationTypes, paths } from './generated/schema.js';
export type {
  BotDialogAnswerCallback,
  BotDialogMessage,
  TwinBotMessage,
} from './normalize/bot-answer.js';
export {
  type ChatSessionField,
  type ChatSessionSearchItem,
  DEFAULT_SESSION_FIELDS,
  normalizeChatSession,
  type TwinConversation,
} from './normalize/chat-session.js';
export {
  type ChatMessageList,
  type ChatSessionList,
  type ChatSessionSearchResult,
  readListPage,
  readSearchResult,
} from './normalize/envelope.js';
export { type CurrentUser, normalizeIdentity, type Twin24Identity } from './normalize/identity.js';
export {
  type ChatMessage,
  type MessageContext,
  normalizeMessage,
  type TwinMessage,
} from './normalize/message.js';
export {
  type ChatSession,
  normalizeSession,
  type TwinSessionConversation,
} from './normalize/session.js';
export { VENDOR } from './normalize/vendor.js';
export type {
  ChatSessionPage,
  ChatSessionsResource,
  SearchChatSessionsParams,
} from './resources/chat-sessions.js';
export type {
  ListSessionMessagesParams,
  MessagePage,
  MessagesResource,
  Twin24MessageFilters,
} from './resources/messages.js';
export type {
  ListSessionsParams,
  SessionPage,
  SessionsResource,
  Twin24ConversationFilters,
} from './resources/sessions.js';
export type { WhoamiResource } from './resources/whoami.js';
export type { Twin24Service } from './services.js';
export {
  CAPABILITIES,
  type Twin24ConversationQuery,
  type Twin24MessageQuery,
  type Twin24SourceView,
} from './source.js';
