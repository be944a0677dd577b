import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as toolkit from '@actions/core';
import * as runner from '../../../src/actions/lib/runner.js';
import { captureStdout, runnerEnv, type RunnerEnv } from '../runner-env.js';

let env: RunnerEnv;
beforeEach(() => {
  env = runnerEnv({ 'INPUT_FAIL-ON': ' warning ', INPUT_BOT_LOGIN: 'app[bot]' });
});
afterEach(() => env.restore());

/** What a call writes to stdout, with the random heredoc delimiters of outputs made equal. */
async function written(body: () => void): Promise<string> {
  return (await captureStdout(body)).stdout;
}

describe('the runner protocol without @actions/core', () => {
  it('reads inputs as @actions/core does', () => {
    for (const name of ['fail-on', 'bot login', 'missing'])
      expect(runner.getInput(name)).toBe(toolkit.getInput(name));
    expect(runner.getInput('fail-on')).toBe('warning');
    expect(runner.getInput('bot login')).toBe('app[bot]');
  });

  it('writes the same annotations, masks and failures as @actions/core', async () => {
    const props = {
      title: 'a,b: c',
      file: 'dir/x%.yml',
      startLine: 3,
      endLine: 3,
      startColumn: 2,
      endColumn: 9,
    };
    const message = 'line 1\r\nline 2: 100%';
    expect(await written(() => runner.error(message, props))).toBe(
      await written(() => toolkit.error(message, props)),
    );
    expect(await written(() => runner.warning(message))).toBe(await written(() => toolkit.warning(message)));
    expect(await written(() => runner.notice(message, { file: 'a' }))).toBe(
      await written(() => toolkit.notice(message, { file: 'a' })),
    );
    expect(await written(() => runner.setSecret('s%e\ncret'))).toBe(
      await written(() => toolkit.setSecret('s%e\ncret')),
    );
    expect(await written(() => runner.setFailed('boom'))).toBe(
      await written(() => toolkit.setFailed('boom')),
    );
    expect(process.exitCode).toBe(1);
  });

  it('writes outputs the runner reads back, multi-line values included', () => {
    runner.setOutput('report-path', '/tmp/a b/report.json');
    runner.setOutput('findings', 12);
    runner.setOutput('text', 'two\nlines');
    toolkit.setOutput('same', 'two\nlines');
    expect(env.outputs()).toEqual({
      'report-path': '/tmp/a b/report.json',
      findings: '12',
      text: 'two\nlines',
      same: 'two\nlines',
    });
  });

  it('closes each output with a delimiter of 128 fresh random bits', () => {
    const hexes = new Set(Array.from({ length: 50 }, () => runner.randomHex()));
    expect(hexes.size).toBe(50);
    for (const h of hexes) expect(h).toMatch(/^[0-9a-f]{32}$/);
    runner.setOutput('a', 'x');
    runner.setOutput('b', 'y');
    const delimiters = [...readFileSync(path.join(env.dir, 'output'), 'utf8').matchAll(/<<(ghadelimiter_[0-9a-f]{32})\n/g)].map((m) => m[1]);
    expect(delimiters).toHaveLength(2);
    expect(delimiters[0]).not.toBe(delimiters[1]);
  });

  it('appends to the job summary', () => {
    expect(runner.appendSummary('## one')).toBe(true);
    expect(runner.appendSummary('## two')).toBe(true);
    expect(env.summary()).toBe('## one\n## two\n');
  });
});
