import { describe, expect, test } from '@jest/globals';
import { unpinnedRequirements } from '../../../src/core/experiments/pinning.js';

describe('unpinned requirements', () => {
  test('warns for every requirement not pinned to one version, with its line', () => {
    const text = [
      '# training',
      'numpy==1.26.4',
      'pandas>=2.0',
      'scikit-learn',
      'torch==2.*',
      'requests[socks]==2.31.0 ; python_version >= "3.8"',
      '-r base.txt',
      '--extra-index-url https://example.com',
      'mypkg @ git+https://github.com/o/r@abc123',
      'flask==3.0.0 \\',
      '    --hash=sha256:abc',
      'xgboost~=2.0',
      'lightgbm>=4,<5',
      '',
    ].join('\n');

    const findings = unpinnedRequirements(text, 'requirements.txt');

    expect(findings.map((f) => [f.line, f.message])).toEqual([
      [3, "requirement 'pandas>=2.0' is not pinned to one version"],
      [4, "requirement 'scikit-learn' is not pinned to one version"],
      [5, "requirement 'torch==2.*' is not pinned to one version"],
      [12, "requirement 'xgboost~=2.0' is not pinned to one version"],
      [13, "requirement 'lightgbm>=4,<5' is not pinned to one version"],
    ]);
    expect(findings[0]).toMatchObject({
      rule: 'experiment/unpinned-requirement',
      severity: 'warning',
      file: 'requirements.txt',
      hint: expect.stringContaining('pandas=='),
    });
  });
});
