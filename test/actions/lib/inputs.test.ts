import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  booleanInput,
  enumInput,
  listInput,
  pathsInput,
  secretInput,
  stringInput,
} from '../../../src/actions/lib/inputs.js';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../helpers/repo.js';
import { captureStdout, runnerEnv, type RunnerEnv } from '../runner-env.js';

let env: RunnerEnv;
beforeEach(() => {
  env = runnerEnv({
    INPUT_CONFIG: '  .github/mlops.yml ',
    'INPUT_FAIL-ON': 'Warning',
    INPUT_COMMENT: 'False',
    INPUT_MODELS: 'models/a, models/b\nmodels/c\n\n',
    INPUT_ESCAPE: 'models/../../etc/passwd',
    INPUT_TOKEN: 'ghs_secretvalue',
  });
});
afterEach(() => env.restore());

describe('action inputs', () => {
  it('reads strings trimmed, with a fallback when empty', () => {
    expect(stringInput('config')).toBe('.github/mlops.yml');
    expect(stringInput('missing', { fallback: 'x' })).toBe('x');
  });

  it('rejects an empty required input naming it', () => {
    expect(() => stringInput('missing', { required: true })).toThrow("input 'missing' is required");
  });

  it('reads booleans in YAML 1.2 spelling and rejects anything else', () => {
    expect(booleanInput('comment', true)).toBe(false);
    expect(booleanInput('absent', true)).toBe(true);
    process.env.INPUT_COMMENT = 'yes';
    expect(() => booleanInput('comment', true)).toThrow("input 'comment' must be true or false, got 'yes'");
  });

  it('reads an enum case-insensitively and names the choices when wrong', () => {
    expect(enumInput('fail-on', ['error', 'warning', 'never'] as const, 'error')).toBe('warning');
    process.env['INPUT_FAIL-ON'] = 'sometimes';
    expect(() => enumInput('fail-on', ['error', 'warning', 'never'] as const, 'error')).toThrow(
      "input 'fail-on' must be one of error, warning, never, got 'sometimes'",
    );
  });

  it('splits lists on commas and lines', () => {
    expect(listInput('models')).toEqual(['models/a', 'models/b', 'models/c']);
  });

  it('keeps paths inside the workspace', () => {
    expect(pathsInput('models', env.dir)).toEqual(['models/a', 'models/b', 'models/c']);
    expect(() => pathsInput('escape', env.dir)).toThrow(
      "input 'escape': 'models/../../etc/passwd' is outside the repository",
    );
  });

  it('refuses a path that leads out of the workspace through a symlink, and accepts an absolute path inside it', () => {
    symlinkSync(tempDir('mlops-outside-'), path.join(env.dir, 'linked'));
    mkdirSync(path.join(env.dir, 'models'), { recursive: true });
    process.env.INPUT_LINKED = 'linked/secrets.csv';
    process.env.INPUT_ABSOLUTE = path.join(env.dir, 'models');

    expect(() => pathsInput('linked', env.dir)).toThrow("input 'linked': 'linked/secrets.csv' is outside the repository");
    expect(pathsInput('absolute', env.dir)).toEqual(['models']);
  });

  it('masks a secret input in the log', async () => {
    const { stdout } = await captureStdout(() => secretInput('token'));
    expect(stdout).toContain('::add-mask::ghs_secretvalue');
  });
});
