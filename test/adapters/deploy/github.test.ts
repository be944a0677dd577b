import { describe, expect, it } from '@jest/globals';
import { payloadOf } from '../../../src/adapters/deploy/github.js';

describe('deployment payloads', () => {
  it('reads a payload GitHub returns as an object or as the JSON string it was given', () => {
    expect(payloadOf({ payload: { model: 'churn', version: 'v1.0.0' } })).toEqual({ model: 'churn', version: 'v1.0.0' });
    expect(payloadOf({ payload: '{"model":"churn","version":"v1.0.0"}' })).toEqual({ model: 'churn', version: 'v1.0.0' });
  });

  it('gives nothing for an empty, non-JSON or scalar payload', () => {
    expect(payloadOf({ payload: '' })).toBeUndefined();
    expect(payloadOf({ payload: 'deploy me' })).toBeUndefined();
    expect(payloadOf({ payload: '3' })).toBeUndefined();
    expect(payloadOf({ payload: null })).toBeUndefined();
  });
});
