import { mockServerSetup } from '@botbridge/mock-server/vitest';

// Every vendor's mock in examples mode on free loopback ports, for the suite's examples-mode part
// (`inject('botbridgeMocks')`). Dataset mode is started by the suite itself.
export default mockServerSetup();
