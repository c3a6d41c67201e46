import { describe, expect, it } from 'vitest';
import { createOperationResolver, type OperationInfo } from '../src/http/operations.js';

const op = (operationId: string, path: string, method = 'GET'): OperationInfo => ({
  operationId,
  method,
  path,
  idempotent: true,
});

describe('createOperationResolver', () => {
  it('resolves a concrete path before a templated one, whatever the order of the table', () => {
    // CloseBot's /bot/nodeDescriptors beside /bot/{id}: the literal route must win.
    for (const table of [
      [op('getBot', '/bot/{id}'), op('getNodeDescriptors', '/bot/nodeDescriptors')],
      [op('getNodeDescriptors', '/bot/nodeDescriptors'), op('getBot', '/bot/{id}')],
    ]) {
      const resolve = createOperationResolver(table, 'https://api.example.com');
      expect(resolve('GET', 'https://api.example.com/bot/nodeDescriptors').operationId).toBe(
        'getNodeDescriptors',
      );
      expect(resolve('GET', 'https://api.example.com/bot/b_1').operationId).toBe('getBot');
    }
  });

  it('keeps the spec order between paths with as many parameters, and matches by method', () => {
    const resolve = createOperationResolver(
      [
        op('first', '/lead/{leadId}/x'),
        op('second', '/lead/{id}/x'),
        op('create', '/lead/{leadId}/x', 'POST'),
      ],
      'https://api.example.com/v1',
    );
    expect(resolve('GET', 'https://api.example.com/v1/lead/l/x').operationId).toBe('first');
    expect(resolve('post', 'https://api.example.com/v1/lead/l/x').operationId).toBe('create');
    expect(resolve('DELETE', 'https://api.example.com/v1/lead/l/x')).toMatchObject({
      operationId: 'DELETE /lead/l/x',
      idempotent: false,
    });
  });
});
