export {
  createOpenCxClient,
  OPENCX_BASE_URL,
  type OpenCxClient,
  type OpenCxClientOptions,
} from './client.js';
export { describeError } from './errors.js';
export { type OperationId, operations } from './generated/operations.js';
export type { components, operations as operationTypes, paths } from './generated/schema.js';
export {
  type ChatSession,
  normalizeChatSession,
  type OpenCxConversation,
  VENDOR,
} from './normalize.js';
