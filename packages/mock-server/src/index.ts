export type {
  CloseBotActivityRecord,
  CloseBotAgencyMemberRecord,
  CloseBotAgencyRecord,
  CloseBotAttachmentRecord,
  CloseBotAvailabilityRecord,
  CloseBotBotInstanceRecord,
  CloseBotBotRecord,
  CloseBotBotSourceRecord,
  CloseBotBotVersionRecord,
  CloseBotChannelAvailabilityRecord,
  CloseBotContactTagRecord,
  CloseBotDataset,
  CloseBotDoNotRespondRecord,
  CloseBotFollowUpRecord,
  CloseBotFollowUpStateRecord,
  CloseBotLeadFieldRecord,
  CloseBotLeadRecord,
  CloseBotLeadSourceRecord,
  CloseBotMessageRecord,
  CloseBotPageVisitRecord,
  CloseBotSourceBotRecord,
  CloseBotSourceRecord,
  CloseBotTagFilterConfigRecord,
  CloseBotTagFilterGroupRecord,
  CloseBotTagFilterRuleRecord,
  CloseBotThread,
  CloseBotToolRecord,
  CloseBotWalletRecord,
} from './dataset/closebot.js';
export type {
  OpenCxAiClosureType,
  OpenCxAttachment,
  OpenCxChannelType,
  OpenCxChatSession,
  OpenCxContact,
  OpenCxCustomData,
  OpenCxDataset,
  OpenCxHistoryItem,
  OpenCxSentiment,
  OpenCxSessionContact,
  OpenCxSessionStatus,
} from './dataset/opencx.js';
export type {
  SmarterBotChatMessageRecord,
  SmarterBotChatSessionRecord,
  SmarterBotDataset,
  SmarterBotDatasetChatbot,
  SmarterBotDatasetLead,
  SmarterBotDatasetSession,
  SmarterBotLeadRecord,
} from './dataset/smarterbot.js';
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
  type TwinAuth,
} from './dataset/twin24.js';
export type { DatasetRequest, DatasetResponse, VendorDataset } from './dataset/types.js';
export type { Violation } from './engine.js';
export {
  FAULT_HEADER,
  FAULT_KINDS,
  type FaultKind,
  type FaultOptions,
  type FaultStats,
  HTTP_FAULT_KINDS,
} from './faults.js';
export type { Problem } from './problem.js';
export { type ProxyServer, type ProxyServerOptions, startProxyServer } from './proxy.js';
export type { RequestLogEntry } from './request-log.js';
export {
  type DatasetSettings,
  type MockDatasets,
  type MockServerOptions,
  type MockServers,
  startMockServers,
} from './start.js';
export { defaultPorts, type MockVendor, mockVendors, specPath } from './vendors.js';
export {
  isWebhookVendor,
  OPENCX_WEBHOOK_EVENTS,
  type OpenCxWebhookEvent,
  SMARTERBOT_WEBHOOK_EVENTS,
  type SmarterBotWebhookEvent,
  TWIN24_WEBHOOK_EVENTS,
  type Twin24WebhookEvent,
  WEBHOOK_EVENTS,
  type WebhookEvent,
  type WebhookVendor,
  webhookVendors,
} from './webhooks/events.js';
export type { WebhookSubject } from './webhooks/payload.js';
export {
  type BuildWebhookOptions,
  type BuiltWebhook,
  buildWebhook,
  DEFAULT_WEBHOOK_TIMEOUT_MS,
  deliverWebhook,
  type SendWebhookOptions,
  type SentWebhook,
  type StandaloneWebhookOptions,
  sendWebhook,
  type WebhookDatasets,
} from './webhooks/send.js';
export { SMARTERBOT_SIGNATURE_HEADER, smarterBotSignature } from './webhooks/smarterbot.js';
