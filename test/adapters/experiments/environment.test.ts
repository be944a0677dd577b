import { describe, expect, test } from '@jest/globals';
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lockfiles, pinningFindings } from '../../../src/adapters/experiments/environment.js';
import { Git } from '../../../src/adapters/git.js';
import { git, gitEnv, makeRepo, tempDir } from '../../helpers/repo.js';

Object.assign(process.env, gitEnv);

describe('lockfiles of the environment', () => {
  test('a lockfile that is a symlink out of the repository is neither hashed nor read', async () => {
    const outside = path.join(tempDir('mlops-outside-'), 'environ');
    writeFileSync(outside, 'leakedpkg>=1\n');
    const repo = makeRepo({ 'requirements.txt': 'numpy==1.26.4\n' });
    symlinkSync(outside, path.join(repo, 'requirements-dev.txt'));
    git(repo, 'add', '-A');

    const files = await lockfiles(new Git(repo), repo);
    const findings = await pinningFindings(repo, files);

    expect(files.map((f) => f.path)).toEqual(['requirements.txt']);
    expect(JSON.stringify(findings)).not.toContain('leakedpkg');
  });
});
