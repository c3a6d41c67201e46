import type { ChatSessionRecord, LeadRecord } from '../../src/index.js';

// Records and envelopes shared by the listing tests that serve SmarterBot answers over loopback.

/** A successful SmarterBot envelope around `Data`. */
export const ok = (Data: unknown) => ({
  Data,
  Version: '1.0.0',
  Success: true,
  Code: 200,
  Message: '',
});

/** A lead captured in conversation `SessionID`. */
export const lead = (SessionID: number): LeadRecord => ({
  Type: 'Lead',
  Name: `Visitor ${SessionID}`,
  Email: `visitor${SessionID}@example.com`,
  PhoneNumber: '',
  CreateTime: '2026-01-05T10:00:00Z',
  Content: 'Asked about pricing',
  SessionID,
  URI: 'www.example.com',
  Count: 2,
});
/** A two-turn chat session. */
export const chat = (SessionID: number): ChatSessionRecord => ({
  SessionID,
  CreateTime: '2026-01-05T10:00:00Z',
  URI: 'www.example.com',
  Messages: [
    { Type: 'AI', Content: 'Hi!' },
    { Type: 'User', Content: `Question ${SessionID}` },
  ],
});
