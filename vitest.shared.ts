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
