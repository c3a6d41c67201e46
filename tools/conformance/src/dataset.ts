/** One record of the fixture dataset: a stable key and a creation instant. */
export interface DatasetItem {
  /** Unique within the dataset; vendors with their own ids use it as the vendor id. */
  key: string;
  /** UTC ISO-8601 with milliseconds; items are one hour apart, oldest first. */
  createdAt: string;
  /** 0-based position. */
  index: number;
}

/** The records a fixture server serves for each listing resource, deterministic across runs. */
export interface Dataset {
  leads: DatasetItem[];
  conversations: DatasetItem[];
  /** Messages of the one fixture conversation `conversationKey`. */
  messages: DatasetItem[];
  conversationKey: string;
}

const HOUR = 3_600_000;
const START = Date.parse('2026-01-05T00:00:00.000Z');

function items(prefix: string, count: number, offsetHours: number): DatasetItem[] {
  return Array.from({ length: count }, (_, index) => ({
    key: `${prefix}-${String(index).padStart(4, '0')}`,
    createdAt: new Date(START + (offsetHours + index) * HOUR).toISOString(),
    index,
  }));
}

/**
 * The default sizes leave a partial last page at every vendor's fixture page size; the reliability
 * suite asks for 10,000 records.
 */
export function createDataset(
  sizes: { leads?: number; conversations?: number; messages?: number } = {},
): Dataset {
  return {
    leads: items('lead', sizes.leads ?? 23, 0),
    conversations: items('conv', sizes.conversations ?? 27, 0),
    messages: items('msg', sizes.messages ?? 31, 2),
    conversationKey: 'conv-0003',
  };
}
