export {
  type Handler,
  type LoopbackServer,
  type RecordedRequest,
  sendJson,
  startLoopbackServer,
} from './loopback-server.js';
export { type RecordedExchange, recordingFetch } from './recording-fetch.js';
