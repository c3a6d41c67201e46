#!/usr/bin/env node
// botbridge-mock [vendor ...] [--port vendor=port ...] [--host 127.0.0.1] [--no-validate]
// Serves the vendor mocks until interrupted (Ctrl-C), printing vendor → URL.
import { parseArgs } from 'node:util';
import { startMockServers } from './start.js';
import { type MockVendor, mockVendors } from './vendors.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', multiple: true },
    host: { type: 'string', default: '127.0.0.1' },
    'no-validate': { type: 'boolean', default: false },
  },
});

const isVendor = (name: string): name is MockVendor => (mockVendors as string[]).includes(name);
const unknown = positionals.filter((name) => !isVendor(name));
if (unknown.length > 0) {
  console.error(`Unknown vendor: ${unknown.join(', ')}. Known: ${mockVendors.join(', ')}`);
  process.exit(2);
}
const ports: Partial<Record<MockVendor, number>> = {};
for (const pair of values.port ?? []) {
  const [vendor = '', port = ''] = pair.split('=');
  if (!isVendor(vendor) || !/^\d+$/.test(port)) {
    console.error(`--port expects vendor=port (e.g. --port closebot=5010), got "${pair}"`);
    process.exit(2);
  }
  ports[vendor] = Number(port);
}

const mocks = await startMockServers({
  vendors: positionals.length > 0 ? (positionals as MockVendor[]) : mockVendors,
  ports,
  host: values.host,
  validateRequests: !values['no-validate'],
});
for (const [vendor, url] of Object.entries(mocks.urls)) console.log(`${vendor.padEnd(12)} ${url}`);
console.log('Mocks are running. Press Ctrl-C to stop.');

const shutdown = () => {
  void mocks.stop().then(() => process.exit(0));
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
