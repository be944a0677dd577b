/**
 * `npm run demo` runs without jest or a compile step: Node 24 loads the emulator's TypeScript through
 * scripts/demo/ts-hooks.mjs. This fails when a module the demo imports stops loading that way.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { node24, repoRoot } from '../harness/runner.js';

const url = (rel: string) => pathToFileURL(path.join(repoRoot, rel)).href;

describe('the demo runtime', () => {
  it('loads the emulator, the runner harness and the GitHub client under Node 24 and serves a request', () => {
    const script = `
      await import(${JSON.stringify(url('scripts/demo/ts-hooks.mjs'))});
      const { startEmulator } = await import(${JSON.stringify(url('test/harness/emulator/index.ts'))});
      await import(${JSON.stringify(url('test/harness/runner.ts'))});
      await import(${JSON.stringify(url('test/harness/payloads.ts'))});
      const { createClient } = await import(${JSON.stringify(url('src/adapters/github/client.ts'))});
      const emulator = await startEmulator({ owner: 'octo-org', repo: 'churn' });
      const client = createClient({ token: emulator.tokens.installation, baseUrl: emulator.url, writeIntervalMs: 0 });
      const { data } = await client.request('GET /repos/{owner}/{repo}', { owner: 'octo-org', repo: 'churn' });
      await emulator.close();
      console.log(data.full_name);
    `;
    const out = execFileSync(node24(), ['--disable-warning=ExperimentalWarning', '--input-type=module', '-e', script], { encoding: 'utf8', cwd: repoRoot });
    expect(out.trim()).toBe('octo-org/churn');
  });
});
