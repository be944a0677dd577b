/** In-process runner fixtures for the action layer: INPUT_ and GITHUB_ variables, file commands, stdout. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { jest } from '@jest/globals';
import { tempDir } from '../helpers/repo.js';
import {
  annotationsOf,
  parseFileCommand,
  parseWorkflowCommands,
  type Annotation,
} from '../harness/runner-commands.js';

export interface RunnerEnv {
  dir: string;
  /** The step outputs written so far (GITHUB_OUTPUT). */
  outputs(): Record<string, string>;
  /** The job summary written so far (GITHUB_STEP_SUMMARY). */
  summary(): string;
  restore(): void;
}

/** Sets the runner's variables (plus `vars`) on process.env until `restore()`. */
export function runnerEnv(vars: Record<string, string> = {}): RunnerEnv {
  const saved = { ...process.env };
  const dir = tempDir('mlops-action-');
  const files = { GITHUB_OUTPUT: path.join(dir, 'output'), GITHUB_STEP_SUMMARY: path.join(dir, 'summary') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  for (const k of Object.keys(process.env))
    if (k.startsWith('INPUT_') || k.startsWith('GITHUB_')) delete process.env[k];
  Object.assign(process.env, { RUNNER_TEMP: path.join(dir, 'temp'), GITHUB_WORKSPACE: dir, ...files }, vars);
  return {
    dir,
    outputs: () => parseFileCommand(readFileSync(files.GITHUB_OUTPUT, 'utf8'), 'GITHUB_OUTPUT'),
    summary: () => readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    restore: () => {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
      process.exitCode = undefined;
    },
  };
}

/** Runs `body` while recording what it writes to stdout (where workflow commands go). */
export async function captureStdout(
  body: () => unknown,
): Promise<{ stdout: string; annotations: Annotation[] }> {
  let stdout = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  try {
    await body();
  } finally {
    spy.mockRestore();
  }
  return { stdout, annotations: annotationsOf(parseWorkflowCommands(stdout)) };
}
