import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Octokit } from '@octokit/core';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createClient } from '../../../src/adapters/github/client.js';
import { ROUTES } from '../../../src/adapters/github/endpoints.js';
import { startEmulator, type Emulator } from '../../harness/emulator/index.js';
import { repoRoot } from '../../harness/runner.js';

type Table = Record<
  string,
  Record<string, { endpoint: { DEFAULTS: { method: string; url: string } } } | undefined>
>;

const client = createClient({ token: 'ghs_unused', baseUrl: 'http://127.0.0.1:9' });
const ours = client.rest as unknown as Table;
const full = restEndpointMethods(new Octokit()).rest as unknown as Table;

/** Every `.rest.<scope>.<method>` written in the product's sources. */
function calledInSources(): string[] {
  const found = new Set<string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, e.name);
      if (e.isDirectory()) walk(file);
      else if (/\.(ts|mjs|js)$/.test(e.name))
        for (const m of readFileSync(file, 'utf8').matchAll(/\.rest\.([A-Za-z]+)\.([A-Za-z]+)/g))
          found.add(`${m[1]}.${m[2]}`);
    }
  };
  walk(path.join(repoRoot, 'src'));
  return [...found].sort();
}

const tabled = Object.entries(ROUTES).flatMap(([scope, methods]) =>
  Object.keys(methods).map((m) => `${scope}.${m}`),
);

describe('the REST endpoint methods of the GitHub client', () => {
  it('has every method the product calls', () => {
    const missing = calledInSources().filter((name) => {
      const [scope = '', method = ''] = name.split('.');
      return typeof ours[scope]?.[method] !== 'function';
    });

    expect(missing).toEqual([]);
  });

  it('has no method the product does not call', () => {
    const called = new Set(calledInSources());

    expect(tabled.filter((name) => !called.has(name))).toEqual([]);
    expect(Object.keys(ours.repos ?? {})).not.toContain('get');
    expect(ours.git).toBeUndefined();
  });

  it('requests each method on the route @octokit/rest uses for it', () => {
    const routeOf = (t: Table, name: string) => {
      const [scope = '', method = ''] = name.split('.');
      const { method: verb, url } = t[scope]![method]!.endpoint.DEFAULTS;
      return `${verb} ${url}`;
    };

    expect(tabled.map((name) => routeOf(ours, name))).toEqual(tabled.map((name) => routeOf(full, name)));
  });
});

describe('the GitHub client against the emulator', () => {
  let gh: Emulator;
  beforeEach(async () => {
    gh = await startEmulator();
  });
  afterEach(async () => {
    gh.assertNoViolations();
    await gh.close();
  });

  it('pages through a list method and logs a failed request with its status, as @octokit/rest does', async () => {
    // given an issue with three comments and a client paging one at a time
    const log: string[] = [];
    const gitHub = createClient({
      token: gh.tokens.installation,
      baseUrl: gh.url,
      writeIntervalMs: 0,
      log: (m) => log.push(m),
    });
    const issue = gh.seed.pullRequest({ head: { ref: 'feature', sha: 'a'.repeat(40) } }).issue.number;
    const params = { owner: 'octo-org', repo: 'models', issue_number: issue };
    for (const body of ['one', 'two', 'three']) await gitHub.rest.issues.createComment({ ...params, body });

    // when the comments are paged and a missing release is asked for
    const bodies = (await gitHub.paginate(gitHub.rest.issues.listComments, { ...params, per_page: 1 })).map(
      (c) => c.body,
    );
    const missing = await gitHub.rest.repos
      .getReleaseByTag({ owner: 'octo-org', repo: 'models', tag: 'nope' })
      .catch((e: { status?: number }) => e.status);

    // then
    expect(bodies).toEqual(['one', 'two', 'three']);
    expect(missing).toBe(404);
    expect(log).toEqual([
      expect.stringMatching(
        /^GET \/repos\/octo-org\/models\/releases\/tags\/nope - 404 with id \S+ in \d+ms$/,
      ),
    ]);
  });
});
