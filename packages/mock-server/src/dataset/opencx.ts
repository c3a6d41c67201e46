/**
 * The OpenCX dataset: chat sessions with their history (messages and session events) and the
 * contacts they belong to, served through the read operations of `specs/opencx/openapi.yaml`
 * (`listChatSessions`, `filterChatSessions`, `getChatSession`, `listChatHistory`, `listContacts`,
 * `getOrg`).
 * The spec has no write operations. The implementation lives in `./opencx/`.
 */
export { OPENCX_CURSOR_PAGE_SIZE } from './opencx/cursor.js';
export { OPENCX_FILTER_DEFAULT_LIMIT, OPENCX_FILTER_MAX_LIMIT } from './opencx/filter.js';
export { createOpenCxDataset } from './opencx/index.js';
export type {
  OpenCxAiClosureType,
  OpenCxAttachment,
  OpenCxChannelType,
  OpenCxChatSession,
  OpenCxContact,
  OpenCxCustomData,
  OpenCxDataset,
  OpenCxHistoryItem,
  OpenCxSentiment,
  OpenCxSessionContact,
  OpenCxSessionStatus,
} from './opencx/types.js';
