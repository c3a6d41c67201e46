export {
  type Handler,
  type LoopbackServer,
  type RecordedRequest,
  sendJson,
  startLoopbackServer,
} from './loopback-server.js';
export { dropHeader, type RecordedExchange, recordingFetch } from './recording-fetch.js';
