// Every vendor suite uses the same setup, so one run of the workspace serves all of them from one
// mock instance (see @botbridge/mock-server/vitest).
export { default } from '@botbridge/mock-server/vitest';
