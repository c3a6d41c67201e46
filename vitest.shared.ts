import { defaultServerConditions } from 'vite';

/**
 * Resolve `@botbridge/*` workspace packages to their TypeScript sources (the `@botbridge/source`
 * export condition) so that tests never need a prior build of their dependencies.
 */
export const sourceConditions = ['@botbridge/source', ...defaultServerConditions];
