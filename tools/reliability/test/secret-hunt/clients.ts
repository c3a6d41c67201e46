// The clients under test, each created with planted credentials, and what the hunt does with them.

import { createCloseBotClient } from '@botbridge/closebot';
import { responseValidators as closebotValidators } from '@botbridge/closebot/validators';
import {
  type ClientOptions,
  createApiClient,
  createCall,
  type OperationInfo,
  type ResponseValidators,
  type Source,
} from '@botbridge/core';
import { createOpenCxClient } from '@botbridge/opencx';
import { responseValidators as opencxValidators } from '@botbridge/opencx/validators';
import { createSmarterBotClient } from '@botbridge/smarterbot';
import { responseValidators as smarterbotValidators } from '@botbridge/smarterbot/validators';
import { createTwin24Client } from '@botbridge/twin24';
import { responseValidators as twin24Validators } from '@botbridge/twin24/validators';
import { echoes } from './encodings.js';
import { SECRETS } from './planted.js';

const SESSION_UUID = '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e';

// Off-spec bodies put the credential where a validator checks a format (uuid, date-time), because
// an issue about a format may quote the value. Three copies make the value long enough that a
// quote cut short (at 57 characters in the generated validators) ends inside a copy: a fragment
// that only the hunt's marker search can see.
const thrice = (secret: string) => `${secret} ${secret} ${secret}`;
/** The secret in every encoding the echo server uses, in one string. */
const everyEcho = (secret: string) => echoes(secret).join(' ');

export type HarnessId =
  | 'closebot'
  | 'opencx'
  | 'smarterbot'
  | 'twin24-token'
  | 'twin24-credentials'
  | 'core-stand-in';

/** What a test does with a client: one representative read, and its local failures. */
export interface Subject {
  read(): Promise<unknown>;
  /** A call whose input is wrong; the wrong value is a planted secret where one fits. */
  badInput(): Promise<unknown>;
  /** A `Source` method the vendor lacks, forced past the types. */
  unsupported?: () => unknown;
}

export interface Harness {
  id: HarnessId;
  vendor: string;
  /** Every credential the client is created with. */
  held: readonly string[];
  /** Every credential the hunt looks for: those held and those the server may hand out. */
  secrets: readonly string[];
  create(baseUrl: string, options: ClientOptions): Subject;
  /** Constructs the client with a bad option (a planted secret in it where one fits). */
  createWithBadOption(baseUrl: string): unknown;
  /** Whether the client logs in at Twin's IAM (the server then answers /auth/* first). */
  logsIn?: boolean;
  /** A 200 body of `read` that breaks the vendor spec, for response validation. */
  offSpec: unknown;
  /** The only paths this client runs (the stand-in exists for validation alone). */
  runs?: readonly string[];
  /** Whether `validateResponses` and `logger` reach this client's `createCall`. */
  validates?: () => boolean;
}

const asSource = (client: unknown) => client as Source;

export const HARNESSES: Harness[] = [
  {
    id: 'closebot',
    vendor: 'closebot',
    held: [SECRETS.closebot],
    secrets: [SECRETS.closebot],
    create(baseUrl, options) {
      const client = createCloseBotClient({
        ...options,
        validators: closebotValidators,
        baseUrl,
        apiKey: SECRETS.closebot,
      });
      return {
        read: () => client.getLead('lead-1'),
        badInput: () => client.listLeads({ pageSize: SECRETS.closebot as never }),
      };
    },
    createWithBadOption: () =>
      createCloseBotClient({ apiKey: SECRETS.closebot, baseUrl: `not a url ${SECRETS.closebot}` }),
    offSpec: {
      id: 12345,
      name: { text: everyEcho(SECRETS.closebot) },
      starred: everyEcho(SECRETS.closebot),
    },
  },
  {
    id: 'opencx',
    vendor: 'opencx',
    held: [SECRETS.opencx],
    secrets: [SECRETS.opencx],
    create(baseUrl, options) {
      const client = createOpenCxClient({
        ...options,
        validators: opencxValidators,
        baseUrl,
        apiKey: SECRETS.opencx,
        rateLimit: false,
      });
      return {
        read: () => client.getChatSession(SESSION_UUID),
        badInput: () => client.getChatSession(SECRETS.opencx),
        unsupported: () => asSource(client).leads(),
      };
    },
    createWithBadOption: () =>
      createOpenCxClient({ apiKey: SECRETS.opencx, baseUrl: `not a url ${SECRETS.opencx}` }),
    offSpec: { id: thrice(SECRETS.opencx), status: 42, channel: everyEcho(SECRETS.opencx) },
  },
  {
    id: 'smarterbot',
    vendor: 'smarterbot',
    held: [SECRETS.smarterbot],
    secrets: [SECRETS.smarterbot],
    create(baseUrl, options) {
      const client = createSmarterBotClient({
        ...options,
        validators: smarterbotValidators,
        baseUrl,
        apiKey: SECRETS.smarterbot,
      });
      return {
        read: () => client.getMessageCount({ serialNumber: 'bot-1' }),
        badInput: () => client.listLeads({ serialNumber: 'bot-1', startTime: SECRETS.smarterbot }),
        unsupported: () => asSource(client).conversation('session-1'),
      };
    },
    createWithBadOption: () =>
      createSmarterBotClient({
        apiKey: SECRETS.smarterbot,
        baseUrl: `not a url ${SECRETS.smarterbot}`,
      }),
    offSpec: {
      Data: everyEcho(SECRETS.smarterbot),
      Version: 1,
      Success: true,
      Code: everyEcho(SECRETS.smarterbot),
    },
  },
  {
    id: 'twin24-token',
    vendor: 'twin24',
    held: [SECRETS.twinStatic],
    secrets: [SECRETS.twinStatic],
    create(baseUrl, options) {
      const client = createTwin24Client({
        ...options,
        validators: twin24Validators,
        baseUrl: `${baseUrl}/api/v1`,
        token: SECRETS.twinStatic,
      });
      return {
        read: () => client.getSession('session-1'),
        badInput: () => client.listSessions({ limit: SECRETS.twinStatic as never }),
        unsupported: () => asSource(client).leads(),
      };
    },
    createWithBadOption: (baseUrl) =>
      createTwin24Client({
        baseUrl,
        token: SECRETS.twinStatic,
        pageSize: SECRETS.twinStatic as never,
      }),
    offSpec: { id: 42, name: 7, operatorAssignedAt: everyEcho(SECRETS.twinStatic) },
  },
  {
    id: 'twin24-credentials',
    vendor: 'twin24',
    logsIn: true,
    held: [SECRETS.twinPassword],
    secrets: [
      SECRETS.twinPassword,
      SECRETS.twinAccess1,
      SECRETS.twinRefresh1,
      SECRETS.twinAccess2,
      SECRETS.twinRefresh2,
    ],
    create(baseUrl, options) {
      const client = createTwin24Client({
        ...options,
        validators: twin24Validators,
        baseUrl: `${baseUrl}/api/v1`,
        credentials: { email: 'ops@example.com', password: SECRETS.twinPassword },
      });
      return {
        read: () => client.getSession('session-1'),
        badInput: () => client.listSessions({ limit: SECRETS.twinPassword as never }),
        unsupported: () => asSource(client).leads(),
      };
    },
    createWithBadOption: (baseUrl) =>
      createTwin24Client({
        baseUrl,
        credentials: { email: 'ops@example.com', password: SECRETS.twinPassword, ttlSeconds: 5 },
      }),
    offSpec: { id: 42, name: 7, operatorAssignedAt: thrice(SECRETS.twinPassword) },
  },
  // The validation paths also run through core's own seam: `createApiClient` + `createCall`, as a
  // vendor client builds them, with a validator of the generated kind (JSON pointers and expected
  // types, never values). A pointer names the keys of a free-form map, though, and keys are the
  // server's text.
  {
    id: 'core-stand-in',
    vendor: 'stand-in',
    held: [SECRETS.standIn],
    secrets: [SECRETS.standIn],
    runs: ['validation-strict', 'validation-warn'],
    validates: () => true,
    create(baseUrl, options) {
      const read = createStandIn(baseUrl, SECRETS.standIn, options);
      return { read, badInput: read };
    },
    createWithBadOption: () => undefined,
    // Every encoding of the key is a map key, so every one is named in a pointer.
    offSpec: {
      custom_data: {
        ...Object.fromEntries(echoes(SECRETS.standIn).map((echo) => [echo, 42])),
        plan: 'pro',
      },
      name: everyEcho(SECRETS.standIn),
    },
  },
];

interface StandInPaths {
  '/things/{id}': {
    get: {
      parameters: { path: { id: string } };
      responses: { 200: { content: { 'application/json': unknown } } };
    };
  };
}

const STAND_IN_OPERATIONS: OperationInfo[] = [
  { operationId: 'getThing', method: 'GET', path: '/things/{id}', idempotent: true },
];

/** A minimal vendor client built the way vendor packages build theirs; returns its one read. */
export function createStandIn(baseUrl: string, apiKey: string, options: ClientOptions) {
  const { validateResponses, logger, ...rest } = options;
  const api = createApiClient<StandInPaths>({
    ...rest,
    vendor: 'stand-in',
    baseUrl,
    operations: STAND_IN_OPERATIONS,
    authenticate: (headers) => headers.set('Authorization', `Bearer ${apiKey}`),
  });
  const call = createCall({
    vendor: 'stand-in',
    operations: STAND_IN_OPERATIONS,
    secrets: () => [apiKey],
    validators: STAND_IN_VALIDATORS,
    validateResponses,
    logger,
  });
  return () =>
    call('getThing', () => api.GET('/things/{id}', { params: { path: { id: 'thing-1' } } }));
}

const pointerToken = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** `custom_data` is a map of strings: one issue per other value, named by its key. */
const STAND_IN_VALIDATORS: ResponseValidators = {
  getThing: {
    '200': (value) => {
      const map = (value as { custom_data?: unknown } | null)?.custom_data;
      if (typeof map !== 'object' || map === null) return ['/custom_data: expected object'];
      return Object.entries(map)
        .filter(([, item]) => typeof item !== 'string')
        .map(([key]) => `/custom_data/${pointerToken(key)}: expected string`);
    },
  },
};

// Response validation is a client option that a vendor honours only with its validators, which
// the caller imports (`@botbridge/<vendor>/validators`) and passes as `validators`: every harness
// above passes them, so `validateResponses` and `logger` reach each client's `createCall`. A client
// that could not validate would have its two validation paths reported as not testable.
