export type { CloseBotDataset } from './dataset/closebot.js';
export type { OpenCxDataset } from './dataset/opencx.js';
export type { SmarterBotDataset } from './dataset/smarterbot.js';
export type { Twin24Dataset } from './dataset/twin24.js';
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
