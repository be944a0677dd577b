import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { compareShadow } from '../../../src/adapters/deploy/probes.js';
import { tempDir } from '../../helpers/repo.js';

/** Two slots on one local server: `/primary/predict` answers at once, `/shadow/predict` after `shadowDelay` ms. */
let server: Server;
let url: string;
let shadowDelay = 0;
let shadowShift = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const { x } = JSON.parse(body) as { x: number };
      const shadow = req.url?.startsWith('/shadow/') ?? false;
      const answer = () =>
        res.end(
          JSON.stringify({ prediction: x % 2 === 0 ? 'stay' : shadow && shadowShift ? 'stay' : 'churn' }),
        );
      if (shadow && shadowDelay) setTimeout(answer, shadowDelay);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/{slot}/predict`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function inputs(n: number): string {
  const file = path.join(tempDir(), 'inputs.jsonl');
  writeFileSync(file, `${Array.from({ length: n }, (_, x) => JSON.stringify({ x })).join('\n')}\n`);
  return file;
}

const limits = { maxDisagreement: 0.1, maxLatencyRatio: 1.5, latencyToleranceMs: 5, timeoutMs: 5000 };

describe('shadow comparison', () => {
  it('agrees when the shadow answers the same as fast as the live model', async () => {
    shadowDelay = 0;
    shadowShift = 0;
    const r = await compareShadow(url, inputs(20), limits);
    expect(r).toMatchObject({
      ok: true,
      detail: expect.stringMatching(/^shadow agrees: 20 inputs, 0\.0% disagreement/),
    });
  });

  it('fails a shadow many times and many milliseconds slower, and forgives a slowdown within the tolerance', async () => {
    shadowDelay = 15; // the live slot answers in a millisecond or two: a ratio far above 1.5, 15 ms more
    shadowShift = 0;
    const file = inputs(20);
    const slow = await compareShadow(url, file, limits);
    expect(slow.ok).toBe(false);
    expect(slow.detail).toMatch(/shadow p95 latency is [\d.]+× the live one \(limit 1\.5×, beyond 5 ms\)/);
    // The same ratio within a tolerance that covers the difference: what jitter looks like on a fast model.
    expect(await compareShadow(url, file, { ...limits, latencyToleranceMs: 1000 })).toMatchObject({
      ok: true,
    });
    // A tolerance of 0 checks the ratio alone.
    expect((await compareShadow(url, file, { ...limits, latencyToleranceMs: 0 })).ok).toBe(false);
  });

  it('fails on predictions that differ, whatever the latency', async () => {
    shadowDelay = 0;
    shadowShift = 1; // the shadow says "stay" where the live model says "churn": half the inputs
    const r = await compareShadow(url, inputs(20), { ...limits, latencyToleranceMs: 1000 });
    expect(r.ok).toBe(false);
    expect(r.detail).toMatch(/predictions differ on 50\.0% of inputs \(limit 10\.0%\)/);
  });
});
