import { test } from '@jest/globals';
import { createClient } from '../../src/adapters/github/client.js';
import { startEmulator } from '../harness/emulator/index.js';
test('timing', async () => {
  let t = Date.now();
  const e = await startEmulator();
  console.log('start', Date.now() - t); t = Date.now();
  const c = createClient({ token: e.tokens.installation, baseUrl: e.url });
  await c.rest.repos.listReleases({ owner: 'octo-org', repo: 'models' });
  console.log('list', Date.now() - t); t = Date.now();
  await c.rest.repos.getReleaseByTag({ owner: 'octo-org', repo: 'models', tag: 'x' }).catch(() => 0);
  console.log('404', Date.now() - t); t = Date.now();
  const r = await c.rest.repos.createRelease({ owner: 'octo-org', repo: 'models', tag_name: 'x', draft: true });
  console.log('create', Date.now() - t); t = Date.now();
  await c.request({ method: 'POST', url: r.data.upload_url, name: 'a', data: Buffer.from('abc') as unknown as string, headers: { 'content-type': 'application/octet-stream', 'content-length': 3 } });
  console.log('upload', Date.now() - t); t = Date.now();
  console.log('reqs', JSON.stringify(e.requests.map((q) => [q.method, q.path, q.status, q.fault])));
  await e.close();
});
