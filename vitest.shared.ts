import { defaultServerConditions } from 'vite';
import type { ViteUserConfig } from 'vitest/config';

/**
 * Resolve `@botbridge/*` workspace packages to their TypeScript sources (the `@botbridge/source`
 * export condition) and run them through Vite rather than Node, so tests never need a prior build
 * of their dependencies.
 */
export const sourceConditions = ['@botbridge/source', ...defaultServerConditions];

export const workspaceSource = {
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
  environments: {
    ssr: { resolve: { conditions: sourceConditions } },
    __vitest__: { resolve: { conditions: sourceConditions } },
  },
} satisfies ViteUserConfig;

export const inlineWorkspace = { deps: { inline: [/@botbridge\//] } };

/**
 * How every project's test files run: in worker threads (cheaper to start than child processes),
 * and a worker goes on from one test file of its project to the next with the modules it has
 * already imported, so the workspace sources, fast-check and Prism are evaluated once per worker
 * rather than once per file (which was most of what a small file cost). Each test file is still
 * evaluated afresh, with its own variables and hooks; what files share is the state of the modules
 * they import. So a test leaves nothing behind for the next file: fake timers, stubbed globals and
 * environment variables are restored after it, and no request or timer of it is still running.
 */
export const sharedModules = { pool: 'threads', isolate: false } as const;
