export interface RecordedExchange {
  method: string;
  url: string;
  status: number;
  /**
   * How the exchange broke the spec: the mock's problem body when it refused the request, else
   * its `sl-violations` header; `null` when nothing broke it.
   */
  violations: string | null;
}

/**
 * A `fetch` that records every exchange, including Prism's `sl-violations` header, so a contract
 * test can assert that every request the client sent matched the spec. `transform` may alter the
 * request first (e.g. drop the credentials header to reach the missing-credentials path).
 */
export function recordingFetch(transform?: (request: Request) => Request) {
  const exchanges: RecordedExchange[] = [];
  const fetchImpl = async (
    input: Request | string | URL,
    init?: RequestInit,
  ): Promise<Response> => {
    let request = new Request(input, init);
    if (transform) request = transform(request);
    const response = await fetch(request);
    // The mock refuses a request that breaks the spec with a problem listing the violations, and
    // flags any other broken exchange in an `sl-violations` header.
    const refused =
      response.status === 400 &&
      /problem\+json/.test(response.headers.get('content-type') ?? '') &&
      (await response.clone().text()).includes('urn:botbridge:mock:invalid-request');
    exchanges.push({
      method: request.method,
      url: request.url,
      status: response.status,
      violations: refused ? await response.clone().text() : response.headers.get('sl-violations'),
    });
    return response;
  };
  return { fetch: fetchImpl as typeof fetch, exchanges };
}

/**
 * A request transform that removes one header, like a proxy that strips credentials: it lets a
 * contract test reach the mock's missing-credentials answer through a fully configured client.
 */
export function dropHeader(name: string) {
  return (request: Request): Request => {
    const headers = new Headers(request.headers);
    headers.delete(name);
    return new Request(request, { headers });
  };
}
