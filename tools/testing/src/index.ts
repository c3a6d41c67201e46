export {
  arbitraryFromSchema,
  type JunkOptions,
  junkFrom,
  type SchemaArbitraryOptions,
  schemaEnum,
  unknownEnumValue,
} from './arbitrary.js';
export {
  eventLoopTurns,
  eventually,
  type GatedAnswer,
  type GatedServer,
  type GatedStats,
  startGatedServer,
  trackTimers,
} from './gated-server.js';
export {
  type FactoryOptions,
  type HttpHardeningSpec,
  httpHardeningSuite,
} from './http-hardening.js';
export {
  type Handler,
  type LoopbackServer,
  type RecordedRequest,
  sendJson,
  startLoopbackServer,
} from './loopback-server.js';
export { mockUrl } from './mock-url.js';
export {
  expectCompact,
  expectContact,
  expectOptionalText,
  expectOwnData,
  expectTimestamps,
  tolerateNormalizationError,
  UTC_MS,
} from './model-checks.js';
export { dropHeader, type RecordedExchange, recordingFetch } from './recording-fetch.js';
