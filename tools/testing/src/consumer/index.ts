export { withCheckoutLock } from './lock.js';
export { type NodeBinary, type NodeMajor, nodeBinary, OTHER_NODE_MAJORS } from './node.js';
export {
  answers,
  childEnv,
  type Finished,
  freePort,
  groupAlive,
  groupGone,
  killStarted,
  plain,
  run,
  runOk,
  startService,
} from './processes.js';
export {
  type ConsumerProject,
  type ConsumerProjectOptions,
  createConsumerProject,
  type PackedPackage,
  PUBLISHED,
  WORKSPACE,
} from './project.js';
