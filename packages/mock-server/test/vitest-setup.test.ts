import { afterEach, describe, expect, it } from 'vitest';
import { mockServerSetup, type ProvidedMocks } from '../src/vitest.js';

// The global setup of @botbridge/mock-server/vitest, driven as vitest drives it: setup(project)
// with a project that records what is provided, then the returned teardown.

function project() {
  const provided: { value?: ProvidedMocks } = {};
  return {
    provided,
    provide: (_key: 'botbridgeMocks', value: ProvidedMocks) => {
      provided.value = value;
    },
  };
}

afterEach(() => {
  delete process.env.OPENCX_BASE_URL;
});

describe('mockServerSetup', () => {
  it('projects with the same options share one instance, stopped after the last teardown', async () => {
    const setup = mockServerSetup({ vendors: ['closebot'] });
    const [a, b] = [project(), project()];
    const stopA = await setup(a);
    const stopB = await mockServerSetup({ vendors: ['closebot'] })(b);
    const url = a.provided.value?.urls.closebot ?? '';
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(b.provided.value?.urls.closebot).toBe(url);
    await stopA();
    // Still served for the other project.
    expect((await fetch(`${url}/__mock/health`)).status).toBe(200);
    await stopB();
    await expect(fetch(`${url}/__mock/health`)).rejects.toThrow();
  });

  it('different options get their own instance', async () => {
    const [a, b] = [project(), project()];
    const stopA = await mockServerSetup({ vendors: ['closebot'] })(a);
    const stopB = await mockServerSetup({ vendors: ['closebot'], dataset: { seed: 2 } })(b);
    try {
      expect(b.provided.value?.urls.closebot).not.toBe(a.provided.value?.urls.closebot);
      const health = await fetch(`${b.provided.value?.urls.closebot}/__mock/health`);
      expect(await health.json()).toMatchObject({ mode: 'dataset' });
    } finally {
      await Promise.all([stopA(), stopB()]);
    }
  });

  it('<VENDOR>_BASE_URL points a vendor elsewhere and does not start its mock', async () => {
    process.env.OPENCX_BASE_URL = 'https://sandbox.example.com';
    const p = project();
    const stop = await mockServerSetup({ vendors: ['opencx', 'twin24'] })(p);
    try {
      expect(p.provided.value?.urls.opencx).toBe('https://sandbox.example.com');
      expect(p.provided.value?.baseUrls.opencx).toBe('https://sandbox.example.com');
      expect(p.provided.value?.baseUrls.twin24).toMatch(/\/api\/v1$/);
    } finally {
      await stop();
    }
  });
});
