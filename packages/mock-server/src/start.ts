import { randomBytes } from 'node:crypto';
import { type CloseBotDataset, createCloseBotDataset } from './dataset/closebot.js';
import { createOpenCxDataset, type OpenCxDataset } from './dataset/opencx.js';
import { createSmarterBotDataset, type SmarterBotDataset } from './dataset/smarterbot.js';
import { createTwin24Dataset, createTwinAuth, type Twin24Dataset } from './dataset/twin24.js';
import type { DatasetOptions, DatasetRequest, VendorDataset } from './dataset/types.js';
import type { EngineOptions, EngineRequest, SpecOperation } from './engine.js';
import { createFaultPlan, type FaultOptions, type FaultPlan, type FaultStats } from './faults.js';
import { createEngine } from './prism.js';
import { createRequestLog, type RequestLog, type RequestLogEntry } from './request-log.js';
import { startVendorServer, type VendorServer } from './server.js';
import { createTokenIssuer } from './tokens.js';
import { defaultPorts, type MockVendor, mockVendors, specPath } from './vendors.js';
import {
  checkTargetUrl,
  checkWebhookEvent,
  type WebhookEvent,
  type WebhookVendor,
} from './webhooks/events.js';
import {
  buildWebhook,
  deliverWebhook,
  type SendWebhookOptions,
  type SentWebhook,
  type WebhookDatasets,
  webhookDataset,
} from './webhooks/send.js';

/** Dataset mode: each vendor serves a seeded, consistent dataset instead of the spec's examples. */
export interface DatasetSettings {
  /**
   * Seed of every generated value: the same seed and size give byte-identical answers.
   * @default 1
   */
  seed?: number;
  /**
   * Records per top-level resource (leads, sessions …); the oldest conversation also holds this
   * many messages, so every listing spans several pages.
   * @default 50
   */
  records?: number;
}

/** Options of `startMockServers`; every one has a default, so `{}` serves all four vendors. */
export interface MockServerOptions<V extends MockVendor = MockVendor> {
  /**
   * Which vendor APIs to serve.
   * @default every vendor
   */
  vendors?: readonly V[];
  /**
   * Port per vendor; `0` picks a free port.
   * @default { closebot: 4010, opencx: 4011, twin24: 4012, smarterbot: 4013 }
   */
  ports?: Partial<Record<MockVendor, number>>;
  /**
   * Interface to bind. Keep it on loopback: the mocks accept any credentials.
   * @default '127.0.0.1'
   */
  host?: string;
  /**
   * Refuse requests that break the spec with a 400 `application/problem+json` listing every
   * violation. With `false` they are answered anyway and the violations only logged.
   * @default true
   */
  validateRequests?: boolean;
  /**
   * Serve a seeded dataset through the real operations (`true` for the defaults) instead of the
   * spec's examples.
   * @default false
   */
  dataset?: boolean | DatasetSettings;
  /**
   * Lifetime of the access tokens a vendor's login issues (Twin), in seconds from the moment of
   * issue; afterwards dataset mode answers 401 "Token is expired.".
   * @default 3600
   */
  tokenTtlSeconds?: number;
  /**
   * Lifetime of refresh tokens, in seconds.
   * @default 2592000 (30 days)
   */
  refreshTtlSeconds?: number;
  /**
   * Delay added before every answer, in milliseconds.
   * @default 0
   */
  latencyMs?: number;
  /** Inject transient faults into a share of the successful answers (see `FaultOptions`). */
  faults?: FaultOptions;
  /** Called once per request served, after the answer. */
  onRequest?: (entry: RequestLogEntry) => void;
  /**
   * How many recent requests `requests()` and `GET /__mock/requests` keep, across vendors.
   * @default 10000
   */
  requestLogSize?: number;
  /**
   * The clock tokens are issued and checked against, in epoch milliseconds.
   * @default Date.now
   */
  now?: () => number;
}

/** The datasets served in dataset mode, for computing what a test should receive. */
export interface MockDatasets {
  /** CloseBot's dataset; absent in examples mode or when CloseBot was not started. */
  closebot?: CloseBotDataset;
  /** OpenCX's dataset; absent in examples mode or when OpenCX was not started. */
  opencx?: OpenCxDataset;
  /** Twin's dataset; absent in examples mode or when Twin was not started. */
  twin24?: Twin24Dataset;
  /** SmarterBot's dataset; absent in examples mode or when SmarterBot was not started. */
  smarterbot?: SmarterBotDataset;
}

/**
 * The started mocks. `V` is the vendors that were started (all four unless `vendors` said
 * otherwise): their URLs are always present, and the URL of a vendor that was not started is a
 * compile error rather than an `undefined` that a client would take as "use the production host".
 */
export interface MockServers<V extends MockVendor = MockVendor> {
  /** Root URL per started vendor, e.g. `{ closebot: 'http://127.0.0.1:4010' }`. */
  urls: Record<V, string>;
  /**
   * URL per vendor including the base path of the vendor's real server URL (Twin:
   * `http://127.0.0.1:4012/api/v1`), the one to give a client configured like production.
   */
  baseUrls: Record<V, string>;
  /** The served datasets (dataset mode only). */
  datasets: MockDatasets;
  /** The most recent requests (all vendors, or one), oldest first. */
  requests(vendor?: MockVendor): RequestLogEntry[];
  /** Forgets the logged requests (not the counts of `faultStats`). */
  clearRequests(): void;
  /** What was injected so far for a vendor, by the plan or the fault header. */
  faultStats(vendor: MockVendor): FaultStats | undefined;
  /**
   * Delivers one vendor-shaped webhook event to `options.to` (one POST, no retry) and resolves with
   * what was sent and the receiver's answer.
   *
   * Vendors and events: `opencx` (every event of its webhook types page, e.g.
   * `conversation.started`), `smarterbot` (`leads`, `conversations`: the daily batches, signed
   * with `options.secret`, which is required), `twin24` (`bot-answer`, echoing
   * `options.callbackData`). CloseBot documents no events.
   *
   * In dataset mode the event describes a record of the served dataset (`options.record`, or the
   * newest one the event fits), so its ids resolve through the same mock's REST operations; the
   * vendor must be one of the started mocks. In examples mode it describes a record of the dataset
   * `dataset: true` would serve (seed 1, 50 records), which the examples do not contain.
   *
   * A receiver's non-2xx answer resolves (`ok: false`); it is not retried.
   * @throws TypeError, before anything is sent: CloseBot, an unknown vendor or event, a missing
   *   SmarterBot secret, a secret or callbackData the vendor does not use, a `to` that is not an
   *   absolute http(s) URL, a bad `timeoutMs`, a `record` the event cannot describe, or (dataset
   *   mode) a vendor that was not started.
   * @throws Error when the receiver cannot be reached or does not answer within `timeoutMs`
   *   (default 10 s).
   */
  sendWebhook<V extends WebhookVendor>(
    vendor: V,
    event: WebhookEvent<V>,
    options: SendWebhookOptions,
  ): Promise<SentWebhook>;
  /** Stops every mock and frees its port; safe to call twice. */
  stop(): Promise<void>;
}

const DEFAULT_RECORDS = 50;

type DatasetFactory = (options: DatasetOptions) => VendorDataset;
const datasetFactories: Record<MockVendor, DatasetFactory> = {
  closebot: createCloseBotDataset,
  opencx: createOpenCxDataset,
  twin24: createTwin24Dataset,
  smarterbot: createSmarterBotDataset,
};

/** What starting each vendor's mock shares: the checked options and what the mocks fill in. */
interface StartContext {
  options: MockServerOptions;
  host: string;
  /** Dataset mode's settings; `undefined` serves the spec's examples. */
  settings: DatasetSettings | undefined;
  now: () => number;
  tokenTtlSeconds: number;
  refreshTtlSeconds: number;
  plans: Map<MockVendor, FaultPlan>;
  log: RequestLog;
  datasets: MockDatasets;
  /** The mocks listening so far, in the order they started. */
  started: StartedVendor[];
}

interface StartedVendor {
  vendor: MockVendor;
  server: VendorServer;
  basePath: string;
}

function toDatasetRequest(
  operation: SpecOperation,
  request: EngineRequest,
  pathParams: Record<string, string>,
): DatasetRequest {
  return {
    operationId: operation.operationId,
    method: request.method.toUpperCase(),
    path: request.path,
    pathParams,
    query: request.query,
    headers: request.headers,
    body: request.body,
  };
}

/** The first base path of a vendor's operations: where its real server URLs point. */
function mainBasePath(operations: readonly SpecOperation[]): string {
  return operations.find((op) => op.basePaths.length > 0)?.basePaths[0] ?? '';
}

function checkNonNegativeInteger(name: string, value: number | undefined) {
  if (value !== undefined && !(Number.isSafeInteger(value) && value >= 0)) {
    throw new TypeError(`${name} must be a non-negative integer, got ${value}`);
  }
}

/**
 * Checks the vendors and the numeric options, and returns dataset mode's settings (`undefined`
 * without dataset mode).
 * @throws TypeError for an unknown vendor or an invalid option, naming it.
 */
function checkOptions(
  options: MockServerOptions,
  vendors: readonly MockVendor[],
): DatasetSettings | undefined {
  for (const vendor of vendors) {
    if (!mockVendors.includes(vendor)) {
      throw new TypeError(`vendors: unknown vendor "${vendor}"; known: ${mockVendors.join(', ')}`);
    }
  }
  for (const [vendor, port] of Object.entries(options.ports ?? {})) {
    if (port !== undefined && !(Number.isSafeInteger(port) && port >= 0 && port <= 65_535)) {
      throw new TypeError(`ports.${vendor} must be an integer from 0 to 65535, got ${port}`);
    }
  }
  const settings = options.dataset === true ? {} : options.dataset || undefined;
  checkNonNegativeInteger('dataset.seed', settings?.seed);
  checkNonNegativeInteger('dataset.records', settings?.records);
  checkNonNegativeInteger('tokenTtlSeconds', options.tokenTtlSeconds);
  checkNonNegativeInteger('refreshTtlSeconds', options.refreshTtlSeconds);
  checkNonNegativeInteger('latencyMs', options.latencyMs);
  checkNonNegativeInteger('requestLogSize', options.requestLogSize);
  return settings;
}

/**
 * Starts the mock of each vendor in this process, each on its own port, and resolves when all of
 * them listen. Nothing outlives the process: when it exits, every port is closed.
 * @throws TypeError for an unknown vendor or an invalid option (naming it), before anything starts.
 * @throws Error naming the vendor, host:port and the error code when a port cannot be bound (e.g.
 *   `EADDRINUSE`); the mocks already started are stopped first.
 */
export async function startMockServers<const V extends MockVendor = MockVendor>(
  options: MockServerOptions<V> = {},
): Promise<MockServers<V>> {
  // Without `vendors`, `V` is every vendor: the default list is what it stands for.
  const vendors = (options.vendors ?? mockVendors) as readonly V[];
  const settings = checkOptions(options, vendors);
  const context: StartContext = {
    options,
    host: options.host ?? '127.0.0.1',
    settings,
    now: options.now ?? Date.now,
    tokenTtlSeconds: options.tokenTtlSeconds ?? 3_600,
    refreshTtlSeconds: options.refreshTtlSeconds ?? 30 * 86_400,
    // Validates the fault options for every vendor before any server starts.
    // Every vendor has a plan, even without `faults`: the fault header works whatever the options.
    plans: new Map<MockVendor, FaultPlan>(
      vendors.map((v) => [v, createFaultPlan(v, options.faults)] as const),
    ),
    log: createRequestLog(options.requestLogSize ?? 10_000, (entry) => options.onRequest?.(entry)),
    datasets: {},
    started: [],
  };
  const stop = async () => {
    const servers = context.started.splice(0);
    await Promise.all(servers.map(({ server }) => server.close()));
  };
  const results = await Promise.allSettled(vendors.map((vendor) => startVendor(context, vendor)));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await stop();
    throw failed.reason;
  }
  return toMockServers(context, vendors, stop);
}

/** Starts one vendor's engine and server, and adds it to the started ones. */
async function startVendor(context: StartContext, vendor: MockVendor): Promise<void> {
  const { options, log, settings } = context;
  const engine = await createEngine({
    spec: specPath(vendor),
    responder: responderFor(context, vendor),
    refuseInvalid: options.validateRequests ?? true,
  });
  const faults = context.plans.get(vendor) as FaultPlan;
  const server = await startVendorServer({
    vendor,
    engine,
    host: context.host,
    port: options.ports?.[vendor] ?? defaultPorts[vendor],
    latencyMs: options.latencyMs ?? 0,
    faults,
    mode: settings ? 'dataset' : 'examples',
    onRequest: log.add,
    recentRequests: log.entries,
    clearRequests: () => log.clear(vendor),
  });
  context.started.push({ vendor, server, basePath: mainBasePath(engine.operations) });
}

/**
 * What answers a vendor's operations besides the spec's examples: its dataset in dataset mode,
 * Twin's login and refresh otherwise, nothing for the other vendors.
 */
function responderFor(context: StartContext, vendor: MockVendor): EngineOptions['responder'] {
  const { settings } = context;
  if (settings) {
    const dataset = datasetFactories[vendor]({
      seed: settings.seed ?? 1,
      records: settings.records ?? DEFAULT_RECORDS,
      tokenTtlSeconds: context.tokenTtlSeconds,
      refreshTtlSeconds: context.refreshTtlSeconds,
      now: context.now,
    });
    (context.datasets as Record<string, VendorDataset>)[vendor] = dataset;
    return (operation, request, params) =>
      dataset.respond(toDatasetRequest(operation, request, params));
  }
  if (vendor !== 'twin24') return undefined;
  // The spec's example tokens expired long ago, so a client would refresh before every
  // call; login and refresh issue fresh tokens instead, and everything else stays examples.
  const auth = createTwinAuth({
    issuer: createTokenIssuer(randomBytes(32).toString('hex'), context.now),
    tokenTtlSeconds: context.tokenTtlSeconds,
    refreshTtlSeconds: context.refreshTtlSeconds,
  });
  return (operation, request, params) => {
    const call = () => toDatasetRequest(operation, request, params);
    if (operation.operationId === 'login') return auth.login(call());
    if (operation.operationId === 'refreshToken') return auth.refresh(call());
    return undefined;
  };
}

/** The handle on the started mocks, listed in the order their vendors were asked for. */
function toMockServers<V extends MockVendor>(
  context: StartContext,
  vendors: readonly V[],
  stop: () => Promise<void>,
): MockServers<V> {
  const { log, plans } = context;
  const examplesDatasets = new Map<WebhookVendor, WebhookDatasets>();
  const byVendor = new Map(context.started.map((s) => [s.vendor, s]));
  const inOrder = vendors.flatMap((v) => {
    const s = byVendor.get(v);
    return s ? [s] : [];
  });
  return {
    // Every vendor of `V` was started (or starting failed and threw): each has its URLs.
    urls: Object.fromEntries(inOrder.map(({ vendor, server }) => [vendor, server.url])) as Record<
      V,
      string
    >,
    baseUrls: Object.fromEntries(
      inOrder.map(({ vendor, server, basePath }) => [vendor, `${server.url}${basePath}`]),
    ) as Record<V, string>,
    datasets: context.datasets,
    requests: (vendor) => {
      const entries = log.entries();
      return vendor ? entries.filter((e) => e.vendor === vendor) : [...entries];
    },
    clearRequests: () => log.clear(),
    faultStats: (vendor) => plans.get(vendor)?.stats,
    sendWebhook: async (vendor, event, options) => {
      const checked = checkWebhookEvent(vendor, event);
      checkTargetUrl(options?.to);
      const built = buildWebhook(
        checked.vendor,
        checked.event,
        webhookDatasetsFor(context, vendors, checked.vendor, examplesDatasets),
        options,
      );
      return deliverWebhook(built, options.to, options);
    },
    stop,
  };
}

/**
 * The datasets a webhook of `vendor` is built from: the served one in dataset mode; in examples
 * mode the default dataset (seed 1, `DEFAULT_RECORDS`), generated once per mock handle.
 */
function webhookDatasetsFor(
  context: StartContext,
  vendors: readonly MockVendor[],
  vendor: WebhookVendor,
  examples: Map<WebhookVendor, WebhookDatasets>,
): WebhookDatasets {
  if (context.settings) {
    if (!vendors.includes(vendor)) {
      throw new TypeError(
        `sendWebhook: ${vendor} is not among the started mocks (${vendors.join(', ')}), so its dataset is not served`,
      );
    }
    return context.datasets;
  }
  let datasets = examples.get(vendor);
  if (!datasets) {
    datasets = webhookDataset(vendor, 1, DEFAULT_RECORDS);
    examples.set(vendor, datasets);
  }
  return datasets;
}
