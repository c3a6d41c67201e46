// The spec's enum values, for listing or checking the accepted values at run time.
import { chatSessionFieldValues as chatSessionFields } from './generated/schema.js';
import type { ChatSessionField } from './normalize/chat-session.js';

// Declared again with its schema type: the generated constant is typed with helper types that the
// generated module keeps to itself, which users could not name.
/** Every `ChatSessionField` the spec lists: the names `searchChatSessions` accepts in `fields`. */
export const chatSessionFieldValues: readonly ChatSessionField[] = chatSessionFields;
