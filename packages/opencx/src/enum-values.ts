// The spec's enum values, for listing or checking the accepted values at run time.
import {
  channelTypeValues as channelTypes,
  type components,
  sessionStatusValues as sessionStatuses,
  chatSessionFilterSortByValues as sortFields,
  chatSessionFilterSortOrderValues as sortOrders,
} from './generated/schema.js';
import type { ChannelType, SessionStatus } from './normalize/conversation.js';

// Declared again with their schema types: the generated constants are
// typed with helper types that the generated module keeps to itself, which users could not name.
/** Every `ChannelType` the spec lists. */
export const channelTypeValues: readonly ChannelType[] = channelTypes;
/** Every `SessionStatus` the spec lists. */
export const sessionStatusValues: readonly SessionStatus[] = sessionStatuses;
/** Every sort field of `filterChatSessions` (`FilterChatSessionsParams.sortBy`). */
export const chatSessionFilterSortByValues: readonly components['schemas']['ChatSessionFilterSortBy'][] =
  sortFields;
/** Every sort direction of `filterChatSessions` (`FilterChatSessionsParams.sortOrder`). */
export const chatSessionFilterSortOrderValues: readonly components['schemas']['ChatSessionFilterSortOrder'][] =
  sortOrders;
