export {
  type ChatSessionPage,
  createTwin24Client,
  type SearchChatSessionsParams,
  TWIN24_ANALYSE_URL,
  type Twin24Client,
  type Twin24ClientOptions,
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
  type ChatSessionField,
  type ChatSessionSearchItem,
  type ChatSessionSearchResult,
  DEFAULT_SESSION_FIELDS,
  normalizeChatSession,
  readSearchResult,
  type TwinConversation,
  VENDOR,
} from './normalize.js';
