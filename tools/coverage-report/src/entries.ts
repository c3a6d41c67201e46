import * as closebot from '@botbridge/closebot';
import * as opencx from '@botbridge/opencx';
import * as smarterbot from '@botbridge/smarterbot';
import * as twin24 from '@botbridge/twin24';
// The webhook normalizers are internal to their packages (the public entry points are the
// receivers, which verify a delivery first); the report runs them directly on the payloads.
import {
  closedConversation,
  handoffConversation,
  startedConversation,
} from '../../../packages/opencx/src/normalize/webhook-conversation.js';
import { normalizeBotAnswerMessages } from '../../../packages/twin24/src/normalize/bot-answer.js';
import type { CoverageEntry } from './analyze.js';

type Page<K extends string> = Record<K, unknown[]>;

/**
 * `record`, or a throw when the normalizer gave none: a receiver refuses such a delivery, so the
 * fields without which it does are reported as required, not as filling every model field.
 */
function present<T>(record: T | undefined): T {
  if (record === undefined) throw new Error('no record');
  return record;
}
const first =
  <K extends string>(key: K) =>
  (value: Page<K>) =>
    value[key][0];

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
    vendor: 'closebot',
    model: 'Conversation',
    schema: 'LeadDto',
    example: { operation: 'listLeads', pick: first('results') },
    normalize: closebot.normalizeLeadConversation,
  },
  {
    vendor: 'closebot',
    model: 'Message',
    schema: 'BotMetricMessage',
    example: { operation: 'listMessages', pick: (value: unknown[]) => value[0] },
    normalize: (dto: closebot.BotMetricMessage) => closebot.normalizeMessage(dto),
  },
  {
    vendor: 'opencx',
    model: 'Conversation',
    schema: 'ChatSession',
    example: { operation: 'getChatSession', pick: (v: unknown) => v },
    normalize: (dto: opencx.ChatSession) => opencx.normalizeChatSession(dto),
  },
  {
    vendor: 'opencx',
    model: 'Message',
    schema: 'ChatHistoryItem',
    example: { operation: 'listChatHistory', pick: first('items') },
    normalize: (item: opencx.ChatHistoryItem) =>
      opencx.normalizeHistoryItem(item, '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e'),
    fromCall: { conversationId: 'the `session_id` the history was read for' },
    vendorFields: ['authorId', 'handoffIntegration'],
  },
  {
    vendor: 'twin24',
    model: 'Conversation',
    schema: 'ChatSessionSearchItem',
    example: { operation: 'searchChatSessions', pick: first('items') },
    normalize: twin24.normalizeChatSession,
  },
  {
    vendor: 'twin24',
    model: 'Conversation',
    schema: 'Session',
    example: { operation: 'listSessions', pick: first('items') },
    normalize: (session: twin24.ChatSession) => twin24.normalizeSession(session),
  },
  {
    vendor: 'twin24',
    model: 'Message',
    schema: 'Message',
    example: { operation: 'listSessionMessages', pick: first('items') },
    normalize: (message: twin24.ChatMessage) =>
      twin24.normalizeMessage(message, { conversationId: 'session-1', position: 0 }),
    fromCall: { conversationId: 'the session id the messages were read for' },
  },
  {
    vendor: 'smarterbot',
    model: 'Lead',
    schema: 'LeadRecord',
    example: { operation: 'listLeads', pick: first('Data') },
    normalize: smarterbot.normalizeLead,
  },
  {
    vendor: 'smarterbot',
    model: 'Conversation',
    schema: 'ChatSessionRecord',
    example: { operation: 'getChatHistory', pick: first('Data') },
    normalize: (record: smarterbot.ChatSessionRecord) => smarterbot.normalizeConversation(record),
  },
  {
    vendor: 'smarterbot',
    model: 'Message',
    schema: 'ChatMessageRecord',
    example: {
      operation: 'getChatHistory',
      pick: (value: { Data: Array<{ Messages: unknown[] }> }) => value.Data[0]?.Messages[0],
    },
    normalize: (record: smarterbot.ChatMessageRecord) =>
      smarterbot.normalizeMessage(record, { conversationId: '40211', position: 0 }),
    fromCall: { conversationId: "the enclosing session's `SessionID`" },
  },
  // Webhooks and callbacks: the records a receiver builds from what the vendor pushes.
  {
    vendor: 'opencx',
    model: 'Conversation',
    schema: 'WebhookConversationStartedData',
    example: { webhook: 'conversation.started', pick: (value: { data: unknown }) => value.data },
    normalize: (data: Record<string, unknown>) =>
      present(startedConversation(data, 'conversation.started')),
  },
  {
    vendor: 'opencx',
    model: 'Conversation',
    schema: 'WebhookConversationClosedData',
    example: {
      webhook: 'conversation.closed',
      pick: (value: { data: unknown }) => (Array.isArray(value.data) ? value.data[0] : value.data),
    },
    normalize: (data: Record<string, unknown>) =>
      present(closedConversation(data, 'conversation.closed')),
  },
  {
    vendor: 'opencx',
    model: 'Conversation',
    schema: 'WebhookHandoffData',
    example: {
      webhook: 'conversation.handoff_to_human',
      pick: (value: { data: unknown }) => (Array.isArray(value.data) ? value.data[0] : value.data),
    },
    normalize: (data: Record<string, unknown>) =>
      present(handoffConversation(data, 'conversation.handoff_to_human')),
  },
  {
    vendor: 'smarterbot',
    model: 'Lead',
    schema: 'LeadRecord',
    example: { webhook: 'smarterbotLeadsDaily', pick: (value: unknown[]) => value[0] },
    normalize: smarterbot.normalizeLead,
  },
  {
    vendor: 'smarterbot',
    model: 'Conversation',
    schema: 'ChatSessionRecord',
    example: { webhook: 'smarterbotConversationsDaily', pick: (value: unknown[]) => value[0] },
    normalize: (record: smarterbot.ChatSessionRecord) => smarterbot.normalizeConversation(record),
  },
  {
    vendor: 'twin24',
    model: 'Message',
    schema: 'BotDialogAnswerCallback',
    example: { callback: 'BotDialogAnswer', pick: (value: unknown) => value },
    normalize: (answer: twin24.BotDialogAnswerCallback) =>
      present(normalizeBotAnswerMessages(answer.dialogId, answer)[0]),
  },
];
