import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServers, startMockServers, startProxyServer } from '../src/index.js';

// Proxy mode: forward to a real API and report where it and our spec disagree. The "real API"
// here is a loopback server that breaks the CloseBot spec in known ways, and, for a conforming
// upstream, the examples-mode mock itself.

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

/** CloseBot-shaped upstream: `/lead` breaks the spec (wrong types, a missing field), `/bot` does not. */
function brokenCloseBot(seen: Seen[]) {
  return (req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers['x-cb-key'] as string | undefined,
        body,
      });
      res.setHeader('content-type', 'application/json');
      if (req.url?.startsWith('/lead')) {
        res.end(JSON.stringify({ total: 'three', page: 0, pageSize: 2, results: [{ name: 7 }] }));
      } else {
        res.end('[]');
      }
    });
  };
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('startProxyServer', () => {
  const seen: Seen[] = [];
  let upstream: { server: Server; url: string };
  let mocks: MockServers<'twin24'>;
  beforeAll(async () => {
    upstream = await listen(brokenCloseBot(seen));
    mocks = await startMockServers({ vendors: ['twin24'], ports: { twin24: 0 } });
  });
  afterAll(async () => {
    upstream.server.close();
    await mocks.stop();
  });

  it('forwards with credentials and reports every way the answer breaks the spec', async () => {
    const proxy = await startProxyServer({ vendor: 'closebot', upstream: upstream.url, port: 0 });
    try {
      const response = await fetch(`${proxy.url}/lead?page=0&pageSize=2`, {
        headers: { 'X-CB-KEY': 'live-key' },
      });
      // The upstream's answer is passed through as it came.
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        total: 'three',
        page: 0,
        pageSize: 2,
        results: [{ name: 7 }],
      });
      expect(seen.at(-1)).toMatchObject({
        method: 'GET',
        url: '/lead?page=0&pageSize=2',
        authorization: 'live-key',
      });
      const [entry] = proxy.violations();
      expect(entry?.operationId).toBe('listLeads');
      expect(entry?.requestViolations).toEqual([]);
      expect(entry?.responseViolations.join('\n')).toMatch(/body \/total: .*integer/);
      expect(entry?.responseViolations.join('\n')).toMatch(/\/results\/0/);
      // The violations travel in the answer's header too, for tools that read Prism's.
      expect(response.headers.get('sl-violations')).toContain('response');
    } finally {
      await proxy.stop();
    }
  });

  it('a conforming answer is no violation; a request that breaks the spec is forwarded and reported', async () => {
    const proxy = await startProxyServer({ vendor: 'closebot', upstream: upstream.url, port: 0 });
    try {
      await fetch(`${proxy.url}/bot`, { headers: { 'X-CB-KEY': 'k' } });
      expect(proxy.violations()).toEqual([]);
      const before = seen.length;
      await fetch(`${proxy.url}/agency/source?page=-1`, { headers: { 'X-CB-KEY': 'k' } });
      expect(seen.length).toBe(before + 1);
      expect(seen.at(-1)?.url).toBe('/agency/source?page=-1');
      expect(proxy.requests()).toHaveLength(2);
      expect(proxy.violations()[0]?.requestViolations).toEqual([
        expect.stringMatching(/^query page: .*>= 0/),
      ]);
    } finally {
      await proxy.stop();
    }
  });

  it('keeps the upstream base path: Twin through a proxy to a Twin-shaped upstream', async () => {
    const proxy = await startProxyServer({
      vendor: 'twin24',
      upstream: `${mocks.urls.twin24}/api/v1`,
      port: 0,
    });
    try {
      const response = await fetch(`${proxy.url}/api/v1/sessions?limit=2`, {
        headers: { Authorization: 'Bearer k' },
      });
      expect(response.status).toBe(200);
      expect(mocks.requests('twin24').at(-1)?.url).toBe('/api/v1/sessions?limit=2');
      expect(proxy.violations()).toEqual([]);
    } finally {
      await proxy.stop();
    }
  });

  it('an unreachable upstream is a 502 problem naming it, not a hang', async () => {
    const gone = await listen(() => {});
    const url = gone.url;
    await new Promise<void>((resolve) => gone.server.close(() => resolve()));
    const proxy = await startProxyServer({ vendor: 'closebot', upstream: url, port: 0 });
    try {
      const response = await fetch(`${proxy.url}/bot`, { headers: { 'X-CB-KEY': 'k' } });
      expect(response.status).toBe(502);
      expect(await response.json()).toMatchObject({ type: 'urn:botbridge:mock:upstream-error' });
    } finally {
      await proxy.stop();
    }
  });

  it('refuses an upstream that is not an http(s) URL, by name', async () => {
    await expect(startProxyServer({ vendor: 'closebot', upstream: 'ftp://x' })).rejects.toThrow(
      /upstream must be an http\(s\) URL/,
    );
    await expect(startProxyServer({ vendor: 'closebot', upstream: 'nope' })).rejects.toThrow(
      /upstream must be an absolute/,
    );
  });
});

describe('botbridge-mock proxy', () => {
  it('logs each exchange, writes broken ones to --report, and exits 1 when any broke the spec', async () => {
    const seen: Seen[] = [];
    const upstream = await listen(brokenCloseBot(seen));
    const dir = mkdtempSync(join(tmpdir(), 'botbridge-proxy-'));
    const report = join(dir, 'violations.jsonl');
    const cli = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(new URL('../src/cli.ts', import.meta.url)),
        'proxy',
        'closebot',
        '--upstream',
        upstream.url,
        '--port',
        '0',
        '--report',
        report,
      ],
      {
        cwd: fileURLToPath(new URL('..', import.meta.url)),
        env: Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_'))),
      },
    );
    try {
      let out = '';
      cli.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
      });
      const exited = new Promise<number | null>((resolve) => cli.once('exit', resolve));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`not ready: ${out}`)), 60_000);
        cli.stdout.on('data', () => {
          if (out.includes('Press Ctrl-C')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      const base = /(http:\/\/127\.0\.0\.1:\d+) ->/.exec(out)?.[1] ?? '';
      await fetch(`${base}/bot`, { headers: { 'X-CB-KEY': 'k' } });
      await fetch(`${base}/lead?page=0`, { headers: { 'X-CB-KEY': 'k' } });
      cli.kill('SIGTERM');
      expect(await exited).toBe(1);
      expect(out).toContain('2 exchanges, 1 broke the spec.');
      expect(out).toMatch(/GET\s+\/lead\?page=0 200 listLeads .*response violations: /);
      const lines = readFileSync(report, 'utf8').trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ operationId: 'listLeads' });
      // The credential went upstream and nowhere else: not in the log, not in the report.
      expect(out).not.toContain('X-CB-KEY');
      expect(readFileSync(report, 'utf8')).not.toContain('"k"');
    } finally {
      if (cli.exitCode === null) cli.kill('SIGKILL');
      upstream.server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
