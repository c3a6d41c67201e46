import type { ChatSessionRecord, LeadRecord } from '@botbridge/smarterbot';
import { createSmarterBotClient } from '@botbridge/smarterbot';
import { type Handler, sendJson } from '@botbridge/testing';
import { createDataset, type Dataset, type DatasetItem } from '../dataset.js';
import type { ConformanceTarget } from '../target.js';

// SmarterBot has no pagination: LeadList and ChatContentHistory answer with every record in a
// window of whole UTC days (`YYYY-MM-DD`, end day inclusive here; the vendor leaves it undocumented).
// So the fixture serves one page per request, filtered by day, and `paged` is empty. Lead and
// message ids are derived from content, so `keyOf` maps back through fields that carry the key.
// https://chat.smarterbot.ai/guides/developer/api/lead
// https://newoaks.ai/guides/developer/api/get-message-history

/** The chatbot every source reads (the history example's 34-char serial number). */
export const SERIAL_NUMBER = '36KqVbT9wLmN4pRsXy2ZaC8dEfGh1JkLmN';
/** SessionIDs are integers: the fixture numbers its sessions from here by dataset index. */
const SESSION_BASE = 50_000;
const HOUR = 3_600_000;

const ok = (Data: unknown) => ({ Data, Version: '1.0.0', Success: true, Code: 200, Message: '' });

/**
 * The instant as the vendor writes it: a -08:00 offset and microseconds (`…T16:00:00.000999-08:00`).
 * The extra microseconds are truncated away by normalization, so the instant comes back exact.
 */
function vendorTime(createdAt: string): string {
  const local = new Date(Date.parse(createdAt) - 8 * HOUR).toISOString();
  return `${local.slice(0, 23)}999-08:00`;
}

/** Whether an item's UTC day lies in the inclusive `[start, end]` day window the request sent. */
function inDays(item: DatasetItem, start: unknown, end: unknown): boolean {
  const day = item.createdAt.slice(0, 10);
  return (typeof start !== 'string' || day >= start) && (typeof end !== 'string' || day <= end);
}

function leadRecord(item: DatasetItem): LeadRecord {
  return {
    Type: item.index % 4 === 3 ? 'Appointment' : 'Lead',
    Name: `Visitor ${item.index}`,
    Email: `${item.key}@example.com`,
    PhoneNumber: '',
    CreateTime: vendorTime(item.createdAt),
    // The key, so that `keyOf` finds the dataset item behind a derived lead id.
    Content: item.key,
    SessionID: SESSION_BASE + item.index,
    URI: 'www.example.com/pricing',
    Count: 1,
  };
}

function sessionRecord(item: DatasetItem, dataset: Dataset): ChatSessionRecord {
  return {
    SessionID: SESSION_BASE + item.index,
    CreateTime: vendorTime(item.createdAt),
    URI: 'www.example.com',
    Messages:
      item.key === dataset.conversationKey
        ? dataset.messages.map((message) => ({
            Type: message.index % 2 === 0 ? 'AI' : 'User',
            Content: message.key,
          }))
        : [{ Type: 'AI', Content: 'Hi! How can I help you today?' }],
  };
}

const conversationKeys = createDataset().conversations.map((item) => item.key);

export const smarterbot: ConformanceTarget = {
  vendor: 'smarterbot',
  mockSource: (baseUrl) =>
    createSmarterBotClient({ apiKey: 'sb_conformance_key', baseUrl, serialNumber: SERIAL_NUMBER }),
  // The first session of the spec's `twoSessions` history example.
  mockConversationId: '40211',
  fixture: {
    handler(dataset): Handler {
      return (req, res) => {
        const body = JSON.parse(req.body || '{}') as Record<string, unknown>;
        if (req.method !== 'POST') return sendJson(res, 405, { Success: false, Code: 405 });
        if (req.url === '/chat/Chatbot/LeadList' && body.serialNumber === SERIAL_NUMBER) {
          const items = dataset.leads.filter((i) => inDays(i, body.startTime, body.endTime));
          return sendJson(res, 200, ok(items.map(leadRecord)));
        }
        if (req.url === '/chat/Chatbot/ChatContentHistory' && body.SerialNumber === SERIAL_NUMBER) {
          const items = dataset.conversations.filter((i) =>
            inDays(i, body.StartTime, body.EndTime),
          );
          return sendJson(res, 200, ok(items.map((item) => sessionRecord(item, dataset))));
        }
        sendJson(res, 404, {
          Data: null,
          Version: '1.0.0',
          Success: false,
          Code: 404,
          Message: 'No such chatbot or path',
        });
      };
    },
    source: (baseUrl) =>
      createSmarterBotClient({
        apiKey: 'sb_conformance_key',
        baseUrl,
        serialNumber: SERIAL_NUMBER,
        retry: false,
      }),
    conversationId(dataset) {
      const index = dataset.conversations.findIndex((i) => i.key === dataset.conversationKey);
      return String(SESSION_BASE + index);
    },
    paged: [],
  },
  keyOf(resource, record) {
    if (resource === 'conversations') {
      return conversationKeys[Number(record.id) - SESSION_BASE] ?? record.id;
    }
    // Lead and message ids are derived; the fixture put the key in `Content`.
    const content = (record.raw as { Content?: unknown }).Content;
    return typeof content === 'string' ? content : record.id;
  },
};
