import { describe, expect, it } from '@jest/globals';
import { countFindings, shouldFail, sortFindings, type Finding } from '../../src/core/finding.js';

const f = (severity: Finding['severity'], file: string, line: number): Finding => ({
  rule: 'x/y',
  severity,
  message: 'm',
  file,
  line,
});

describe('findings', () => {
  it('sorts errors first, then by file and line', () => {
    const sorted = sortFindings([f('notice', 'a', 1), f('error', 'b', 9), f('error', 'b', 2), f('warning', 'a', 1)]);
    expect(sorted.map((x) => `${x.severity}:${x.file}:${x.line}`)).toEqual([
      'error:b:2',
      'error:b:9',
      'warning:a:1',
      'notice:a:1',
    ]);
  });

  it('fails on errors by default, on warnings only when asked, never when told never', () => {
    const warnings = [f('warning', 'a', 1)];
    expect(shouldFail(warnings, 'error')).toBe(false);
    expect(shouldFail(warnings, 'warning')).toBe(true);
    expect(shouldFail([f('error', 'a', 1)], 'never')).toBe(false);
    expect(countFindings(warnings)).toEqual({ error: 0, warning: 1, notice: 0 });
  });
});
