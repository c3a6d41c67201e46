import { fileURLToPath } from 'node:url';
import { awaitLine, exited, spawnNode } from './children.js';
import type { ServerConfig } from './server.js';

/** What the server process counted on one listener since the last `stats` call. */
export interface ListenerStats {
  requests: number;
  inFlight: number;
  maxInFlight: number;
}

export interface BenchServer {
  /** Base URL of each listener, by name. */
  urls: Record<string, string>;
  /** The listener's counters; they start again from zero. */
  stats(name: string): Promise<ListenerStats>;
  close(): Promise<void>;
}

const SERVER_FILE = fileURLToPath(new URL('./server.ts', import.meta.url));

/**
 * Starts the vendor-shaped server (`server.ts`) in its own process and waits until every listener
 * is up. The child runs with this process's flags (tsx), builds its bodies, then prints its ports.
 */
export async function startBenchServer(
  config: ServerConfig,
  execArgv: readonly string[],
): Promise<BenchServer> {
  const child = spawnNode(SERVER_FILE, [JSON.stringify(config)], execArgv);
  const ports = await awaitLine(
    child,
    (line) => {
      try {
        return (JSON.parse(line) as { ports?: Record<string, number> }).ports;
      } catch {
        return undefined;
      }
    },
    300_000,
    'the bench server',
  );
  const urls = Object.fromEntries(
    Object.entries(ports).map(([name, port]) => [name, `http://127.0.0.1:${port}`]),
  );
  return {
    urls,
    async stats(name) {
      const response = await fetch(`${urls[name]}/__bench/stats`);
      return (await response.json()) as ListenerStats;
    },
    async close() {
      child.stdin?.end();
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}
