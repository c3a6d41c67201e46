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
