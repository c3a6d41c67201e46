export { type PrismOptions, type PrismProcess, startPrism } from './prism.js';
export { type MockServerOptions, type MockServers, startMockServers } from './start.js';
export { defaultPorts, type MockVendor, mockVendors, specPath } from './vendors.js';
