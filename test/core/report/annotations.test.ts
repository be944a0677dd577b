import { afterEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '@actions/core';
import type { Finding, Severity } from '../../../src/core/finding.js';
import {
  annotationCommand,
  planAnnotations,
  toAnnotation,
  toAnnotations,
} from '../../../src/core/report/annotations.js';

const many = (severity: Severity, n: number): Finding[] =>
  Array.from({ length: n }, (_, i) => ({
    rule: `r/${severity}`,
    severity,
    message: `${severity} ${i}`,
    file: 'a.yml',
    line: i + 1,
  }));

/** What @actions/core itself writes to stdout for an annotation. */
function coreOutput(emit: () => void): string {
  let written = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written += String(chunk);
    return true;
  });
  try {
    emit();
  } finally {
    spy.mockRestore();
  }
  return written.trimEnd();
}

describe('annotations', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('escapes data and properties exactly like @actions/core', () => {
    const f: Finding = {
      rule: 'config/bad,value: here',
      severity: 'error',
      message: '100% wrong\r\nsecond: line, with comma',
      file: 'dir,with:odd/100%.yml',
      line: 4,
      column: 2,
      hint: 'fix it',
    };
    const a = toAnnotation(f);
    const line = annotationCommand(a);
    expect(line).toBe(
      '::error title=config/bad%2Cvalue%3A here,file=dir%2Cwith%3Aodd/100%25.yml,line=4,col=2::100%25 wrong%0D%0Asecond: line, with comma%0Ahint: fix it',
    );
    expect(line).toBe(coreOutput(() => core.error(a.message, a.properties)));
  });

  it('matches @actions/core for warnings and notices with line ranges', () => {
    const w = toAnnotation({
      rule: 'card/todo',
      severity: 'warning',
      message: 'TODO',
      file: 'm/MODEL_CARD.md',
      line: 3,
      endLine: 5,
      column: 7,
    });
    expect(w.properties).toEqual({ title: 'card/todo', file: 'm/MODEL_CARD.md', startLine: 3, endLine: 5 });
    expect(annotationCommand(w)).toBe(coreOutput(() => core.warning(w.message, w.properties)));
    const n = toAnnotation({ rule: 'x/y', severity: 'notice', message: 'fyi' });
    expect(annotationCommand(n)).toBe('::notice title=x/y::fyi');
    expect(annotationCommand(n)).toBe(coreOutput(() => core.notice(n.message, n.properties)));
  });

  it('shows the first ten of each level and summarises the rest in one notice', () => {
    const plan = planAnnotations([...many('notice', 15), ...many('warning', 3), ...many('error', 25)]);
    const levels = plan.annotations.map((a) => a.level);
    expect(levels.filter((l) => l === 'error')).toHaveLength(10);
    expect(levels.filter((l) => l === 'warning')).toHaveLength(3);
    expect(levels.filter((l) => l === 'notice')).toHaveLength(10);
    expect(plan.annotations.slice(0, 10).map((a) => a.message)).toEqual(
      many('error', 10).map((f) => f.message),
    );
    expect(plan.omitted).toEqual({ error: 15, warning: 0, notice: 6 });
    const last = plan.annotations.at(-1)!;
    expect(last.message).toBe(
      '21 more findings (15 errors, 6 notices) not shown as annotations: GitHub shows at most 10 of each level per step. All findings are in the job summary.',
    );
  });

  it('adds no summary when everything fits', () => {
    const plan = planAnnotations([...many('error', 10), ...many('notice', 10)]);
    expect(plan.annotations).toHaveLength(20);
    expect(plan.omitted).toEqual({ error: 0, warning: 0, notice: 0 });
  });

  it('respects a smaller total budget, most severe first', () => {
    const lines = toAnnotations([...many('warning', 4), ...many('error', 4)], {
      error: 10,
      warning: 10,
      notice: 10,
      total: 5,
    });
    expect(lines).toHaveLength(5);
    expect(lines.slice(0, 4).every((l) => l.startsWith('::error '))).toBe(true);
    expect(lines[4]).toMatch(/^::notice title=More findings::4 more findings \(4 warnings\)/);
  });
});
