#!/usr/bin/env node
// botbridge-mock: serves the vendor mocks (or a checking proxy) in this one process until it is
// interrupted. Every mock lives and dies with this process, so nothing is left listening.
// `botbridge-mock webhook` instead delivers one vendor-shaped webhook event and exits.
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FAULT_KINDS, type FaultKind, type FaultOptions, isFaultKind } from './faults.js';
import type { RequestLogEntry } from './request-log.js';
import { defaultPorts, type MockVendor, mockVendors } from './vendors.js';
import { checkTargetUrl, checkWebhookEvent, WEBHOOK_EVENTS } from './webhooks/events.js';
import {
  type BuiltWebhook,
  buildWebhook,
  DEFAULT_WEBHOOK_TIMEOUT_MS,
  deliverWebhook,
  webhookDataset,
} from './webhooks/send.js';

/** `text` in lines of at most 96 characters, every line after the first indented by `indent`. */
function wrap(text: string, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent.length + line.length + word.length + 1 > 96) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join(`\n${indent}`);
}

const USAGE = `Usage: botbridge-mock [vendor ...] [options]
       botbridge-mock proxy <vendor> --upstream <url> [options]
       botbridge-mock webhook <vendor> <event> --to <url> [options]

Serves local mocks of the CloseBot, OpenCX, Twin and SmarterBot APIs from their OpenAPI
specs, all in this process, until Ctrl-C (SIGINT) or SIGTERM.

Vendors: ${mockVendors.map((v) => `${v} (port ${defaultPorts[v]})`).join(', ')}.
Default: all of them.

Mock options:
  --port <vendor>=<port>    Port of one vendor's mock; 0 picks a free port (repeatable)
  --host <address>          Interface to bind (default 127.0.0.1; keep it on loopback)
  --dataset                 Serve a seeded, consistent dataset instead of the spec's examples
  --seed <n>                Seed of the dataset (default 1)
  --records <n>             Records per resource in the dataset (default 50)
  --token-ttl <seconds>     Lifetime of the access tokens a login issues (default 3600)
  --latency <ms>            Delay before every answer (default 0)
  --faults <kind=rate,...>  Fail a share of successful answers, e.g. status-503=0.1,reset-mid-body=0.05;
                            all=<rate> spreads the rate over every kind. Kinds:
                            ${FAULT_KINDS.join(', ')}
  --fault-seed <n>          Seed of the fault plan (default 1)
  --no-validate             Answer requests that break the spec instead of refusing them (400)
  --quiet                   Do not log one line per request

Proxy options (botbridge-mock proxy <vendor>):
  --upstream <url>          The real API's base URL, with its base path (required)
  --port <port>             Port of the proxy (default: the vendor's mock port)
  --host <address>          Interface to bind (default 127.0.0.1)
  --report <file>           Append every exchange that breaks the spec to <file> as JSON lines
  --quiet                   Do not log one line per request
  The proxy exits with status 1 at shutdown when any exchange broke the spec.

Webhook options (botbridge-mock webhook <vendor> <event>): POSTs one vendor-shaped event, once
  --to <url>                The receiver's http(s) URL (required)
  --secret <key>            SmarterBot's Sign Key: signs the X-Webhook-Signature header
                            (required for smarterbot, refused for the others)
  --callback-data <token>   Twin's callbackData, echoed in the body (twin24 only)
  --record <id>             The record the event describes: an OpenCX or Twin session id, a
                            SmarterBot SessionID (default: the newest record the event fits)
  --dataset                 Describe records of the dataset --seed and --records select
                            (default seed 1, 50 records: what --dataset serves)
  --timeout <ms>            Time allowed for the delivery (default ${DEFAULT_WEBHOOK_TIMEOUT_MS}); no retries
  Events: ${wrap(`opencx ${WEBHOOK_EVENTS.opencx.join(', ')}; smarterbot ${WEBHOOK_EVENTS.smarterbot.join(', ')}; twin24 ${WEBHOOK_EVENTS.twin24.join(', ')}.`, '          ')}
  CloseBot documents no events. Exits 0 when the receiver answers 2xx, 1 otherwise.

  -h, --help                Show this help

Every mock also answers GET /__mock/health (readiness) and GET|DELETE /__mock/requests (the log).`;

class UsageError extends Error {}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value))
    throw new UsageError(`${name} expects a non-negative integer, got "${value}"`);
  return Number(value);
}

function isVendor(name: string): name is MockVendor {
  return (mockVendors as string[]).includes(name);
}

function parseFaults(spec: string, seed: number): FaultOptions {
  const rates: Partial<Record<FaultKind, number>> = {};
  let rate: number | undefined;
  for (const pair of spec.split(',')) {
    const [kind = '', value = ''] = pair.split('=').map((s) => s.trim());
    const share = Number(value);
    if (value === '' || !Number.isFinite(share) || share < 0 || share > 1) {
      throw new UsageError(`--faults expects kind=rate with a rate from 0 to 1, got "${pair}"`);
    }
    if (kind === 'all') rate = share;
    else if (isFaultKind(kind)) rates[kind] = share;
    else
      throw new UsageError(
        `--faults: unknown fault "${kind}"; known: all, ${FAULT_KINDS.join(', ')}`,
      );
  }
  return { ...(rate !== undefined ? { rate } : {}), rates, seed };
}

function logLine(entry: RequestLogEntry): string {
  const parts = [
    entry.vendor.padEnd(10),
    entry.method.padEnd(6),
    entry.url,
    String(entry.status || '---'),
    entry.operationId ?? '-',
    `${entry.durationMs}ms`,
  ];
  if (entry.fault) parts.push(`fault=${entry.fault}`);
  if (entry.requestViolations.length > 0)
    parts.push(`request violations: ${entry.requestViolations.join('; ')}`);
  if (entry.responseViolations.length > 0)
    parts.push(`response violations: ${entry.responseViolations.join('; ')}`);
  return parts.join(' ');
}

async function runMocks(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      port: { type: 'string', multiple: true },
      host: { type: 'string', default: '127.0.0.1' },
      dataset: { type: 'boolean', default: false },
      seed: { type: 'string' },
      records: { type: 'string' },
      'token-ttl': { type: 'string' },
      latency: { type: 'string' },
      faults: { type: 'string' },
      'fault-seed': { type: 'string' },
      'no-validate': { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return help();
  const unknown = positionals.filter((name) => !isVendor(name));
  if (unknown.length > 0) {
    throw new UsageError(`unknown vendor: ${unknown.join(', ')}; known: ${mockVendors.join(', ')}`);
  }
  const ports: Partial<Record<MockVendor, number>> = {};
  for (const pair of values.port ?? []) {
    const [vendor = '', port = ''] = pair.split('=');
    if (!isVendor(vendor) || !/^\d+$/.test(port) || Number(port) > 65_535) {
      throw new UsageError(`--port expects vendor=port (e.g. --port closebot=5010), got "${pair}"`);
    }
    ports[vendor] = Number(port);
  }
  if (!values.dataset && (values.seed !== undefined || values.records !== undefined)) {
    throw new UsageError('--seed and --records need --dataset');
  }
  const faults = values.faults
    ? parseFaults(values.faults, integer('--fault-seed', values['fault-seed'], 1))
    : undefined;
  // Loaded here, not at the top: Prism takes a while to load, and `webhook` does not need it.
  const { startMockServers } = await import('./start.js');
  const mocks = await startMockServers({
    vendors: positionals.length > 0 ? (positionals as MockVendor[]) : mockVendors,
    ports,
    host: values.host,
    validateRequests: !values['no-validate'],
    ...(values.dataset
      ? {
          dataset: {
            seed: integer('--seed', values.seed, 1),
            records: integer('--records', values.records, 50),
          },
        }
      : {}),
    tokenTtlSeconds: integer('--token-ttl', values['token-ttl'], 3_600),
    latencyMs: integer('--latency', values.latency, 0),
    ...(faults ? { faults } : {}),
    requestLogSize: 1_000,
    ...(values.quiet ? {} : { onRequest: (entry) => console.log(logLine(entry)) }),
  });
  onShutdown(async () => {
    await mocks.stop();
    return 0;
  });
  // SmarterBot has no operation that lists chatbots: a client of the dataset needs their serial
  // numbers from somewhere.
  const chatbots = mocks.datasets.smarterbot?.chatbots;
  if (chatbots) {
    console.log(`smarterbot serial numbers: ${chatbots.map((c) => c.serialNumber).join(', ')}`);
  }
  for (const [vendor, url] of Object.entries(mocks.baseUrls))
    console.log(`${vendor.padEnd(12)} ${url}`);
  console.log(
    `Mocks are running (${values.dataset ? 'dataset' : 'examples'} mode${faults ? ', faults on' : ''}). Press Ctrl-C to stop.`,
  );
}

async function runProxy(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      upstream: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      report: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return help();
  const [vendor, ...extra] = positionals;
  if (!vendor || !isVendor(vendor) || extra.length > 0) {
    throw new UsageError(`proxy expects exactly one vendor (${mockVendors.join(', ')})`);
  }
  if (!values.upstream) throw new UsageError('proxy needs --upstream <url>');
  const report = values.report;
  const { startProxyServer } = await import('./proxy.js');
  const proxy = await startProxyServer({
    vendor,
    upstream: values.upstream,
    port: integer('--port', values.port, defaultPorts[vendor]),
    host: values.host,
    onRequest: (entry) => {
      if (!values.quiet) console.log(logLine(entry));
      const broke = entry.requestViolations.length + entry.responseViolations.length > 0;
      if (broke && report) appendFileSync(report, `${JSON.stringify(entry)}\n`);
    },
  });
  console.log(`${vendor.padEnd(12)} ${proxy.url} -> ${values.upstream}`);
  console.log(
    'Proxy is running; every exchange is checked against the spec. Press Ctrl-C to stop.',
  );
  onShutdown(async () => {
    await proxy.stop();
    const broken = proxy.violations().length;
    console.log(`${proxy.requests().length} exchanges, ${broken} broke the spec.`);
    return broken > 0 ? 1 : 0;
  });
}

/** What the summary line says about the record an event describes. */
function describeSubject(built: BuiltWebhook): string {
  const { subject, payload } = built;
  if (built.vendor === 'smarterbot') {
    const count = Array.isArray(payload) ? payload.length : 0;
    return `chatbot ${subject.serialNumber}, day ${subject.day}, ${count} record${count === 1 ? '' : 's'}`;
  }
  return `session ${subject.id}`;
}

async function runWebhook(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      to: { type: 'string' },
      secret: { type: 'string' },
      'callback-data': { type: 'string' },
      record: { type: 'string' },
      dataset: { type: 'boolean', default: false },
      seed: { type: 'string' },
      records: { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return help();
  const [vendor, event, ...extra] = positionals;
  if (vendor === undefined || event === undefined || extra.length > 0) {
    throw new UsageError(
      'webhook expects a vendor and an event, e.g. webhook opencx conversation.started',
    );
  }
  if (!values.dataset && (values.seed !== undefined || values.records !== undefined)) {
    throw new UsageError('--seed and --records need --dataset');
  }
  const timeoutMs = integer('--timeout', values.timeout, DEFAULT_WEBHOOK_TIMEOUT_MS);
  // Everything is checked, and the payload built, before anything is sent.
  let built: BuiltWebhook;
  try {
    const checked = checkWebhookEvent(vendor, event);
    if (values.to === undefined) throw new TypeError('webhook needs --to <url>');
    checkTargetUrl(values.to);
    if (timeoutMs === 0) throw new TypeError('--timeout must be at least 1 ms');
    const datasets = webhookDataset(
      checked.vendor,
      integer('--seed', values.seed, 1),
      integer('--records', values.records, 50),
    );
    built = buildWebhook(checked.vendor, checked.event, datasets, {
      ...(values.secret === undefined ? {} : { secret: values.secret }),
      ...(values['callback-data'] === undefined ? {} : { callbackData: values['callback-data'] }),
      ...(values.record === undefined ? {} : { record: values.record }),
    });
  } catch (error) {
    if (error instanceof TypeError) throw new UsageError(error.message);
    throw error;
  }
  const sent = await deliverWebhook(built, values.to, { timeoutMs });
  const target = new URL(sent.url);
  console.log(
    `POST ${target.origin}${target.pathname} ${sent.vendor} ${sent.event} (${describeSubject(sent)}) -> ${sent.status} in ${sent.durationMs}ms`,
  );
  if (!sent.ok) {
    const answer = sent.response.trim().slice(0, 200);
    console.error(
      `botbridge-mock: the receiver answered ${sent.status}, not 2xx${answer ? `: ${answer}` : ''}`,
    );
    process.exitCode = 1;
  }
}

function help() {
  console.log(USAGE);
}

function onShutdown(stop: () => Promise<number>) {
  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    void stop().then((code) => process.exit(code));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  process.once('SIGHUP', shutdown);
  // Started through npm (`npm run mock`, `npx botbridge-mock`), the process the user holds is
  // npm's, and npm passes no signal on when it is killed: `npm run mock & … kill $!` would leave
  // the mocks listening. So under npm the mocks leave with npm. Started directly (`node …/cli.js
  // &` in one CI step, used by the next), they stay until signalled.
  if (npmWatch) {
    const watched = npmWatch;
    setInterval(() => {
      if (watched.some((pid) => !isAlive(pid)) || process.ppid !== watched[0]) shutdown();
    }, 200).unref();
  }
}

/**
 * The parent and, when the parent is the shell npm runs scripts in (`sh -c …`), npm itself
 * beneath it. Unix `ps`; elsewhere only the parent.
 */
function npmAncestors(): number[] {
  const parent = process.ppid;
  const ps = spawnSync('ps', ['-o', 'ppid=,comm=', '-p', String(parent)], { encoding: 'utf8' });
  const [grandparent = '', command = ''] = (ps.stdout ?? '').trim().split(/\s+/);
  const viaShell = /(^|\/)(sh|bash|dash|zsh)$/.test(command) && /^\d+$/.test(grandparent);
  // npm as PID 1 (a container's command) is never watched: it cannot die before the mocks do.
  return viaShell && Number(grandparent) > 1 ? [parent, Number(grandparent)] : [parent];
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Taken first thing, before Prism loads: npm may be gone by the time the mocks listen.
const npmWatch =
  process.env.npm_command !== undefined || process.env.npm_lifecycle_event !== undefined
    ? npmAncestors()
    : undefined;

const argv = process.argv.slice(2);
try {
  if (argv[0] === 'proxy') await runProxy(argv.slice(1));
  else if (argv[0] === 'webhook') await runWebhook(argv.slice(1));
  else await runMocks(argv[0] === 'mock' ? argv.slice(1) : argv);
} catch (error) {
  const usage =
    error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  console.error(`botbridge-mock: ${error instanceof Error ? error.message : String(error)}`);
  if (usage) console.error(`\n${USAGE}`);
  process.exit(usage ? 2 : 1);
}
