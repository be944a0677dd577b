import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { checkReport, runCheck } from '../../src/actions/lib/check.js';
import { runAction } from '../../src/actions/lib/run.js';
import { makeRepo, tempDir, writeFiles } from '../helpers/repo.js';
import { captureStdout, runnerEnv, type RunnerEnv } from './runner-env.js';

let env: RunnerEnv | undefined;
afterEach(() => env?.restore());

describe('the root action', () => {
  it('reports an unknown config key on its line', async () => {
    const repo = makeRepo({ '.github/mlops.yml': 'project: demo\nstgaes: [dev]\n' });
    const report = await checkReport(repo);
    expect(report.purpose).toBe('check');
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'config/unknown-key', file: '.github/mlops.yml', line: 2 }),
    ]);
  });

  it('validates a config at the path given in the config input', async () => {
    const repo = makeRepo({ 'ops/mlops.yml': 'stages: 3\n' });
    const report = await checkReport(repo, 'ops/mlops.yml');
    expect(report.summary).toBe('checked ops/mlops.yml; 0 cards: 0 failing, 0 passing');
    expect(report.findings.map((f) => [f.file, f.line])).toEqual([['ops/mlops.yml', 1]]);
  });

  it('refuses a config input that is missing or leaves the repository', async () => {
    const repo = makeRepo();
    await expect(checkReport(repo, 'ops/none.yml')).rejects.toThrow(
      'the configuration file ops/none.yml does not exist',
    );
    const outside = tempDir();
    writeFiles(outside, { 'mlops.yml': 'project: x\n' });
    symlinkSync(path.join(outside, 'mlops.yml'), path.join(repo, 'linked.yml'));
    const linked = await checkReport(repo, 'linked.yml');
    expect(linked.findings).toMatchObject([{ rule: 'config/path-outside-repo', severity: 'error', file: 'linked.yml' }]);
  });

  it('runs from INPUT_ variables like a runner: annotation, outputs, exit 1', async () => {
    const repo = makeRepo({ '.github/mlops.yml': 'project: demo\nstgaes: [dev]\n' });
    env = runnerEnv({
      GITHUB_WORKSPACE: repo,
      'INPUT_FAIL-ON': 'error',
      INPUT_COMMENT: 'true',
      INPUT_TOKEN: '',
    });
    const { annotations } = await captureStdout(() => runAction(runCheck));
    expect(annotations[0]).toMatchObject({
      level: 'error',
      file: '.github/mlops.yml',
      line: 2,
      title: 'config/unknown-key',
    });
    expect(env.outputs()).toMatchObject({ findings: '1', errors: '1' });
    expect(process.exitCode).toBe(1);
  });

  it('fails with the input named when an input is wrong', async () => {
    env = runnerEnv({ GITHUB_WORKSPACE: makeRepo(), 'INPUT_FAIL-ON': 'sometimes' });
    const { annotations } = await captureStdout(() => runAction(runCheck));
    expect(annotations).toEqual([
      {
        level: 'error',
        message:
          "input 'fail-on' must be one of error, warning, never, got 'sometimes'\nhint: use `fail-on: error` (the default) or another of: error, warning, never",
      },
    ]);
    expect(process.exitCode).toBe(1);
  });
});
