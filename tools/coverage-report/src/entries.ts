import * as closebot from '@botbridge/closebot';
import * as opencx from '@botbridge/opencx';
import * as smarterbot from '@botbridge/smarterbot';
import * as twin24 from '@botbridge/twin24';
import type { CoverageEntry } from './analyze.js';

type Page<K extends string> = Record<K, unknown[]>;
const first = <K extends string>(key: K) => (value: Page<K>) => value[key][0];

/** Every normalizer the report covers: one entry per (vendor, model, vendor schema). */
export const entries: CoverageEntry[] = [
  {
    vendor: 'closebot',
    model: 'Lead',
    schema: 'LeadDto',
    example: { operation: 'listTestSessions', pick: first('leads') },
    normalize: closebot.normalizeLead,
  },
  {
    vendor: 'opencx',
    model: 'Conversation',
    schema: 'ChatSession',
    example: { operation: 'getChatSession', pick: (v: unknown) => v },
    normalize: (dto: opencx.ChatSession) => opencx.normalizeChatSession(dto),
  },
  {
    vendor: 'twin24',
    model: 'Conversation',
    schema: 'ChatSessionSearchItem',
    example: { operation: 'searchChatSessions', pick: first('items') },
    normalize: twin24.normalizeChatSession,
  },
  {
    vendor: 'smarterbot',
    model: 'Lead',
    schema: 'LeadRecord',
    example: { operation: 'listLeads', pick: first('Data') },
    normalize: smarterbot.normalizeLead,
  },
];
