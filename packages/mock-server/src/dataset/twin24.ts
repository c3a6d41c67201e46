/**
 * The Twin (twin24.ai) dataset: seeded chat sessions with their messages, served through the chat
 * service (`listSessions`, `getSession`, `listSessionMessages`), the analyse service's session
 * search (`searchChatSessions`) and the IAM (`login`, `refreshToken`, and `getCurrentUser`, the user
 * the token was issued for) of specs/twin24/openapi.yaml. Every operation but the log-in and the
 * refresh needs an access token from `login`, as at Twin.
 * The implementation lives in `./twin24/`.
 */
export { createTwinAuth, type TwinAuth, type TwinAuthOptions } from './twin24/auth.js';
export { createTwin24Dataset } from './twin24/index.js';
export {
  TWIN24_CHAT_SESSION_FIELDS,
  type Twin24Attachment,
  type Twin24AuthorType,
  type Twin24ChatSessionField,
  type Twin24Dataset,
  type Twin24FieldValue,
  type Twin24Message,
  type Twin24ReplyTo,
  type Twin24SearchItem,
  type Twin24Session,
  type Twin24SessionOperator,
} from './twin24/types.js';
