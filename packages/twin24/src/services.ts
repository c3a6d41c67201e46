// Twin splits its API over services, each on its own host: the IAM service (login, refresh, the
// current user), the chat service (sessions and their messages) and the analyse service (the
// chat-session search). Every operation is sent to its service's base URL.
import { argumentChecks } from '@botbridge/core';
import { type OperationId, operations } from './generated/operations.js';
import { VENDOR } from './normalize/vendor.js';

/** The Twin services this client talks to; each has its own host. */
export type Twin24Service = 'iam' | 'chat' | 'analyse';

/** Base URL of each Twin service. */
export type ServiceUrls = Readonly<Record<Twin24Service, string>>;

// Which service serves each operation. The compiler asks for a line here when the spec gains an
// operation; its production URL comes from the spec's per-path `servers` (the generated table).
const SERVICE_OF = {
  searchChatSessions: 'analyse',
  login: 'iam',
  refreshToken: 'iam',
  getCurrentUser: 'iam',
  listSessions: 'chat',
  getSession: 'chat',
  listSessionMessages: 'chat',
} as const satisfies Record<OperationId, Twin24Service>;

const SERVICES: readonly Twin24Service[] = ['iam', 'chat', 'analyse'];

/** The base URL `operation` is sent to. @internal */
export function serviceUrlOf(serviceUrls: ServiceUrls, operation: OperationId): string {
  return serviceUrls[SERVICE_OF[operation]];
}

/**
 * The base URL of every service: each operation's production host from the spec, replaced by the
 * caller's `serviceUrls`, or all of them by `baseUrl`. Throws `VendorArgumentError` for an unknown
 * service or a URL that is not absolute http(s). @internal
 */
export function resolveServiceUrls(options: {
  baseUrl?: string;
  serviceUrls?: Partial<Record<Twin24Service, string>>;
}): Record<Twin24Service, string> {
  const production = (operation: OperationId) =>
    operations.find((op) => op.operationId === operation)?.server as string;
  const urls: Record<Twin24Service, string> = {
    iam: production('login'),
    chat: production('listSessions'),
    analyse: production('searchChatSessions'),
  };
  const given = options.serviceUrls ?? {};
  if (typeof given !== 'object' || given === null) {
    fail('serviceUrls', 'an object of base URLs keyed by service (iam, chat, analyse)');
  }
  for (const [service, url] of Object.entries(given)) {
    if (!SERVICES.includes(service as Twin24Service)) {
      fail(`serviceUrls.${service}`, `absent: Twin services are ${SERVICES.join(', ')}`);
    }
    if (url === undefined) continue;
    urls[service as Twin24Service] = absoluteUrl(url, `serviceUrls.${service}`);
  }
  if (options.baseUrl !== undefined) {
    const one = absoluteUrl(options.baseUrl, 'baseUrl');
    for (const service of SERVICES) urls[service] = one;
  }
  return urls;
}

function absoluteUrl(value: unknown, parameter: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value as string);
  } catch {
    // Reported below, without the parser's error: it quotes the input.
  }
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return fail(parameter, 'an absolute http(s) URL');
  }
  // A user name or password in the URL would fail the first request with a TypeError quoting the
  // whole URL, password included.
  if (url.username !== '' || url.password !== '') {
    return fail(
      parameter,
      'an http(s) URL without a user name or password (send credentials as options)',
    );
  }
  return url.toString().replace(/\/+$/, '');
}

function fail(parameter: string, expected: string): never {
  return argumentChecks(VENDOR, 'createTwin24Client').fail(parameter, expected);
}
