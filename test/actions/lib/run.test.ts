import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { runAction } from '../../../src/actions/lib/run.js';
import { UserError } from '../../../src/core/errors.js';
import { captureStdout, runnerEnv, type RunnerEnv } from '../runner-env.js';

let env: RunnerEnv;
beforeEach(() => {
  env = runnerEnv();
});
afterEach(() => env.restore());

describe('runAction', () => {
  it('turns a user error into one annotation on its file and line, exit 1, no stack', async () => {
    const { stdout, annotations } = await captureStdout(() =>
      runAction(async () => {
        throw new UserError("unknown key 'stgaes'", {
          file: '.github/mlops.yml',
          line: 3,
          column: 5,
          hint: "did you mean 'stages'?",
        });
      }),
    );
    expect(process.exitCode).toBe(1);
    expect(annotations).toEqual([
      {
        level: 'error',
        title: 'mlops',
        file: '.github/mlops.yml',
        line: 3,
        col: 5,
        message: "unknown key 'stgaes'\nhint: did you mean 'stages'?",
      },
    ]);
    expect(stdout).not.toMatch(/\n\s+at /);
  });

  it('fails a user error without a file with the message alone', async () => {
    const { annotations } = await captureStdout(() =>
      runAction(async () => {
        throw new UserError("input 'comment' must be true or false, got 'yes'");
      }),
    );
    expect(process.exitCode).toBe(1);
    expect(annotations).toEqual([
      { level: 'error', message: "input 'comment' must be true or false, got 'yes'" },
    ]);
  });

  it('reports anything else as a bug, with the stack in the log', async () => {
    const { stdout, annotations } = await captureStdout(() =>
      runAction(async () => {
        throw new TypeError('cannot read x of undefined');
      }),
    );
    expect(process.exitCode).toBe(1);
    expect(annotations[0]?.message).toBe(
      'cannot read x of undefined: this is a bug in gitops-mlops, please report it (the stack is in the log)',
    );
    expect(stdout).toMatch(/TypeError: cannot read x of undefined\n\s+at /);
  });

  it('leaves the exit code alone when the body succeeds', async () => {
    await captureStdout(() => runAction(async () => {}));
    expect(process.exitCode).toBeUndefined();
  });
});
