/** The fields of each core model, in the order the report lists them. */
export const MODEL_FIELDS = {
  Lead: [
    'id',
    'kind',
    'contact.id',
    'contact.name',
    'contact.email',
    'contact.phone',
    'conversationId',
    'source.id',
    'source.name',
    'source.url',
    'createdAt',
    'updatedAt',
    'tags',
    'fields',
  ],
  Conversation: [
    'id',
    'status',
    'vendorStatus',
    'channel',
    'contact.id',
    'contact.name',
    'contact.email',
    'contact.phone',
    'botId',
    'assigneeId',
    'createdAt',
    'updatedAt',
    'lastMessageAt',
    'closedAt',
    'sentiment',
    'vendorSentiment',
    'language',
    'handedOff',
    'messageCount',
    'tags',
  ],
  Message: [
    'id',
    'conversationId',
    'role',
    'vendorRole',
    'text',
    'attachments[].name',
    'attachments[].url',
    'attachments[].type',
    'createdAt',
  ],
} as const;

export type ModelName = keyof typeof MODEL_FIELDS;

/** Reads a model field (`contact.email`, `attachments[].url`) from a normalized record as JSON text. */
export function readField(record: unknown, field: string): string | undefined {
  let values: unknown[] = [record];
  for (const part of field.split('.')) {
    const isArray = part.endsWith('[]');
    const key = isArray ? part.slice(0, -2) : part;
    values = values.flatMap((v) => {
      const next =
        typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
      return isArray ? (Array.isArray(next) ? next : []) : [next];
    });
  }
  const defined = values.filter((v) => v !== undefined);
  return defined.length === 0
    ? undefined
    : JSON.stringify(defined.length === 1 && !field.includes('[]') ? defined[0] : defined);
}
