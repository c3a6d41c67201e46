import { isVendorEnvelopeError, isVendorNormalizationError } from '@botbridge/core';
import { describe, expect, it } from 'vitest';
import { checkEnvelope, describeError, type Envelope } from '../src/index.js';

const context = { operation: 'listLeads', status: 200, secrets: ['sb_secret_key_9f2c'] };

describe('describeError', () => {
  it.each([
    [
      'Message and Code',
      { Success: false, Code: 404, Message: 'No chatbot' },
      'No chatbot (Code 404)',
    ],
    ['Message only', { Message: ' Invalid key ' }, 'Invalid key'],
    ['Code only', { Code: 500, Message: '' }, 'Code 500'],
    ['a text body', 'Bad Gateway', 'Bad Gateway'],
    ['an empty envelope', {}, undefined],
    ['null', null, undefined],
  ])('reads %s', (_name, given, want) => {
    expect(describeError(given)).toBe(want);
  });
});

describe('checkEnvelope', () => {
  it('returns a successful envelope unchanged', () => {
    const body: Envelope = { Data: [], Version: '1.0.0', Success: true, Code: 200, Message: '' };
    expect(checkEnvelope(body, context)).toBe(body);
  });

  it.each([
    [
      'Success: false',
      { Data: null, Version: '1.0.0', Success: false, Code: 401, Message: 'Invalid key' },
    ],
    ['a missing Success flag', { Data: [], Version: '1.0.0', Code: 401, Message: 'Invalid key' }],
    [
      'a string "true"',
      { Data: [], Version: '1.0.0', Success: 'true', Code: 401, Message: 'Invalid key' },
    ],
  ])('raises VendorEnvelopeError with Code and Message for %s', (_name, given) => {
    try {
      checkEnvelope(given as unknown as Envelope, context);
      expect.unreachable();
    } catch (error) {
      expect(isVendorEnvelopeError(error)).toBe(true);
      expect(error).toMatchObject({
        vendor: 'smarterbot',
        operation: 'listLeads',
        status: 200,
        vendorCode: 401,
        vendorMessage: 'Invalid key',
      });
      expect((error as Error).message).toContain('Invalid key (Code 401)');
    }
  });

  it('scrubs the secret key when the vendor echoes it in Message', () => {
    const given: Envelope = {
      Data: null,
      Version: '1.0.0',
      Success: false,
      Code: 401,
      Message: 'Key sb_secret_key_9f2c is not valid',
    };
    let error: unknown;
    try {
      checkEnvelope(given, context);
    } catch (e) {
      error = e;
    }
    expect(isVendorEnvelopeError(error)).toBe(true);
    expect(error).toMatchObject({ vendorMessage: 'Key [REDACTED] is not valid' });
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain('sb_secret_key_9f2c');
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['a string', 'OK'],
  ])('raises VendorNormalizationError for %s instead of an envelope', (_name, given) => {
    try {
      checkEnvelope(given as unknown as Envelope, context);
      expect.unreachable();
    } catch (error) {
      expect(isVendorNormalizationError(error)).toBe(true);
      expect(error).toMatchObject({ vendor: 'smarterbot', operation: 'listLeads', status: 200 });
    }
  });
});
