import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { Git } from '../../src/adapters/git.js';
import { writeRegistryTags } from '../../src/adapters/registry/tags.js';
import { main } from '../../src/cli/main.js';
import { planAssign, planRegister } from '../../src/core/registry/plan.js';
import { gitEnv, makeRepo, tempDir } from '../helpers/repo.js';

beforeAll(() => {
  Object.assign(process.env, gitEnv);
});

async function run(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const env = { ...process.env, GITHUB_TOKEN: '', GITHUB_REPOSITORY: '' };
  const code = await main(argv, { cwd, env, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** A repository whose production stage holds v1.1.0 after v1.0.0, deployed by a script that logs each step. */
async function repo(strategy: string, steps = '') {
  const dir = makeRepo({
    '.github/mlops.yml': `stages: [staging, production]\ndeploy:\n  production:\n    strategy: ${strategy}\n${steps}    target: { type: command, command: 'echo "$MLOPS_ACTION $MLOPS_SLOT $MLOPS_VERSION $MLOPS_TRAFFIC" >> deploy.log' }\n`,
  });
  const g = new Git(dir);
  const head = (await g.resolve('HEAD'))!;
  await writeRegistryTags(g, (s) => planRegister(s, 'churn', '1.0.0', head));
  await writeRegistryTags(g, (s) => planRegister(s, 'churn', '1.1.0', head));
  await writeRegistryTags(g, (s) => planAssign(s, 'churn', 'v1.0.0', 'production'));
  await writeRegistryTags(g, (s) => planAssign(s, 'churn', 'v1.1.0', 'production'));
  return dir;
}

function artifacts(content: string, sums?: string): string {
  const dir = tempDir();
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'model.json'), content);
  writeFileSync(path.join(dir, 'SHA256SUMS'), sums ?? `${createHash('sha256').update(content).digest('hex')}  model.json\n`);
  return dir;
}

describe('mlops deploy', () => {
  it('plan prints every canary step and the rollback without changing anything', async () => {
    const dir = await repo('canary', '    steps: [20, 100]\n');
    const r = await run(dir, 'deploy', 'plan', 'churn', 'production', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.data.plan).toMatchObject({ version: 'v1.1.0', previous: 'v1.0.0', strategy: 'canary' });
    expect(out.data.plan.steps.map((s: { action: string; traffic: number }) => `${s.action} ${s.traffic}`)).toEqual(['deploy 20', 'check 20', 'switch 100', 'check 100', 'retire 0']);
  });

  it('run verifies a local artifacts folder, deploys, and reports the timeline', async () => {
    const dir = await repo('direct');
    const r = await run(dir, 'deploy', 'run', 'churn', 'production', '--artifacts', artifacts('{"w": 1}\n'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/v1\.1\.0 serves production/);
    expect(r.stderr).toMatch(/deploying churn v1\.1\.0 to production \(direct\), replacing v1\.0\.0/);
  });

  it('run refuses artifacts that do not match SHA256SUMS', async () => {
    const dir = await repo('direct');
    const r = await run(dir, 'deploy', 'run', 'churn', 'production', '--artifacts', artifacts('{"w": 1}\n', `${'0'.repeat(64)}  model.json\n`));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/model\.json: sha256 does not match SHA256SUMS/);
  });

  it('rollback returns the stage to the version before the current one', async () => {
    const dir = await repo('canary');
    const r = await run(dir, 'deploy', 'rollback', 'churn', 'production', '--artifacts', artifacts('{}\n'), '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).data.plan).toMatchObject({ version: 'v1.0.0', strategy: 'direct' });
  });

  it('says which stages exist when the stage is unknown, and refuses steps that do not end at 100', async () => {
    const dir = await repo('canary', '    steps: [10, 50]\n');
    expect((await run(dir, 'deploy', 'plan', 'churn', 'prod')).stderr).toMatch(/unknown stage 'prod'[\s\S]*stages: staging, production/);
    const bad = await run(dir, 'deploy', 'plan', 'churn', 'production');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/canary steps must end at 100, got 10 → 50/);
  });

  it('without a token or an artifacts folder, says how to verify instead of deploying unverified', async () => {
    const r = await run(await repo('direct'), 'deploy', 'run', 'churn', 'production');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot be verified[\s\S]*--artifacts DIR/);
  });

  it('refuses to deploy under a configuration with errors instead of falling back to the defaults', async () => {
    const dir = await repo('direct');
    writeFileSync(path.join(dir, '.github/mlops.yml'), 'deploy:\n  production:\n    strategy: rainbow\n');
    const r = await run(dir, 'deploy', 'run', 'churn', 'production', '--artifacts', artifacts('{}\n'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\.github\/mlops\.yml:3:\d+: .*strategy/);
    expect(r.stderr).not.toMatch(/deploying churn/);
  });
});
