/** The body of `filterChatSessions`: which filter keys it applies, its sort and its page. */
import type {
  OpenCxChannelType,
  OpenCxChatSession,
  OpenCxSentiment,
  OpenCxSessionStatus,
} from './types.js';

/** Default `limit` of `filterChatSessions` (spec: `ChatSessionFilterLimit`). */
export const OPENCX_FILTER_DEFAULT_LIMIT = 25;

/** Largest `limit` of `filterChatSessions` (spec: `ChatSessionFilterLimit.maximum`). */
export const OPENCX_FILTER_MAX_LIMIT = 100;

const CHANNEL_TYPES: readonly OpenCxChannelType[] = [
  'web',
  'email',
  'phone_voice',
  'slack',
  'sms',
  'whatsapp',
  'instagram',
  'messenger',
  'api',
  'web_voice',
];
const STATUSES: readonly OpenCxSessionStatus[] = ['open', 'closed_resolved', 'closed_unresolved'];
const SENTIMENTS: readonly OpenCxSentiment[] = ['angry', 'happy', 'neutral'];
const SORT_BY = ['last_message_at', 'created_at'] as const;
const SORT_ORDER = ['asc', 'desc'] as const;

type FilterField = {
  /** Allowed values, when the field is an enum of the spec. */
  values?: readonly string[];
  of: (session: OpenCxChatSession) => string | null | undefined;
};

/**
 * The keys of `filterChatSessions`' `filters` we apply. The vendor publishes only the kinds of
 * criteria, not their keys or shapes (spec: `ChatSessionFilterRequest.filters`): `channels` and
 * `status` are the keys of the spec's own example, the others are named after the listed kinds.
 * Each takes an array of values and matches a session whose field equals one of them; an empty
 * array does not restrict. Other keys (tags, custom data, date range …) are ignored, since their
 * shape is unknown and the object is open.
 */
const FILTER_FIELDS: Readonly<Record<string, FilterField>> = {
  channels: { values: CHANNEL_TYPES, of: (s) => s.channel.type },
  status: { values: STATUSES, of: (s) => s.status },
  sentiment: { values: SENTIMENTS, of: (s) => s.sentiment },
  languages: { of: (s) => s.language },
  teams: { of: (s) => s.team?.id },
  // `assignee_id` is a string or a number; the spec says to compare it as a string.
  assignees: { of: (s) => (s.assignee_id === undefined ? undefined : String(s.assignee_id)) },
  contacts: { of: (s) => s.contact.id },
};

export interface FilterQuery {
  predicates: ((session: OpenCxChatSession) => boolean)[];
  sortBy: (typeof SORT_BY)[number];
  sortOrder: (typeof SORT_ORDER)[number];
  page: number;
  limit: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a `filterChatSessions` body, applying the spec's defaults. The server validates the body
 * against the spec first; these checks answer the same way (the spec's 400 examples) should a body
 * get through anyway, and check the values of the filter keys we apply.
 */
export function parseFilterBody(body: unknown): FilterQuery | string[] {
  const errors: string[] = [];
  const input = body === undefined ? {} : body;
  if (!isRecord(input)) return ['body must be an object'];
  const { filters, sort_by, sort_order, page = 1, limit = OPENCX_FILTER_DEFAULT_LIMIT } = input;
  if (typeof page !== 'number' || !Number.isInteger(page)) {
    errors.push('page must be an integer number');
  } else if (page < 1) errors.push('page must not be less than 1');
  if (typeof limit !== 'number' || !Number.isInteger(limit)) {
    errors.push('limit must be an integer number');
  } else if (limit < 1) errors.push('limit must not be less than 1');
  else if (limit > OPENCX_FILTER_MAX_LIMIT) {
    errors.push(`limit must not be greater than ${OPENCX_FILTER_MAX_LIMIT}`);
  }
  const sortBy = sort_by ?? 'last_message_at';
  if (!(SORT_BY as readonly unknown[]).includes(sortBy)) {
    errors.push(`sort_by must be one of the following values: ${SORT_BY.join(', ')}`);
  }
  const sortOrder = sort_order ?? 'desc';
  if (!(SORT_ORDER as readonly unknown[]).includes(sortOrder)) {
    errors.push(`sort_order must be one of the following values: ${SORT_ORDER.join(', ')}`);
  }
  const predicates = readFilters(filters, errors);
  if (errors.length > 0) return errors;
  return {
    predicates,
    sortBy: sortBy as FilterQuery['sortBy'],
    sortOrder: sortOrder as FilterQuery['sortOrder'],
    page: page as number,
    limit: limit as number,
  };
}

/** One predicate per filter key given with values; an error for each key with unusable values. */
function readFilters(filters: unknown, errors: string[]): FilterQuery['predicates'] {
  const predicates: FilterQuery['predicates'] = [];
  if (filters === undefined) return predicates;
  if (!isRecord(filters)) {
    errors.push('filters must be an object');
    return predicates;
  }
  for (const [name, field] of Object.entries(FILTER_FIELDS)) {
    const wanted = filters[name];
    if (wanted === undefined) continue;
    if (!Array.isArray(wanted) || !wanted.every((v): v is string => typeof v === 'string')) {
      errors.push(`filters.${name} must be an array of strings`);
      continue;
    }
    const allowed = field.values;
    if (allowed && !wanted.every((v) => allowed.includes(v))) {
      errors.push(`each value in filters.${name} must be one of: ${allowed.join(', ')}`);
      continue;
    }
    if (wanted.length === 0) continue;
    const set = new Set<string>(wanted);
    predicates.push((session) => {
      const value = field.of(session);
      return value !== null && value !== undefined && set.has(value);
    });
  }
  return predicates;
}
