import { describe, expect, it } from '@jest/globals';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { insideRoot } from '../../../src/adapters/fs/inside.js';
import { tempDir } from '../../helpers/repo.js';

describe('paths a file names stay inside the repository', () => {
  it('resolves relative and absolute paths inside the root, existing or not', () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'models'));

    expect(insideRoot(root, 'models/churn/MODEL_CARD.md')).toBe(path.join(root, 'models/churn/MODEL_CARD.md'));
    expect(insideRoot(root, path.join(root, 'models'))).toBe(path.join(root, 'models'));
    expect(insideRoot(root, 'models/../data/x.csv')).toBe(path.join(root, 'data/x.csv'));
  });

  it('refuses `..` that climbs out and absolute paths elsewhere, naming the file that gave them', () => {
    const root = tempDir();

    expect(() => insideRoot(root, '../../etc/passwd', '.github/mlops.yml')).toThrow(expect.objectContaining({ message: expect.stringContaining("'../../etc/passwd' is outside the repository"), file: '.github/mlops.yml' }));
    expect(() => insideRoot(root, '/etc/passwd')).toThrow('is outside the repository');
  });

  it('refuses a path through a symlink that leads out, even to a file that does not exist yet', () => {
    const root = tempDir();
    symlinkSync(tempDir('mlops-outside-'), path.join(root, 'deploy'));

    expect(() => insideRoot(root, 'deploy/new/manifest.yaml')).toThrow('is outside the repository');
  });

  it('refuses a dangling symlink whose target outside would be created by writing', () => {
    const root = tempDir();
    const target = path.join(tempDir('mlops-outside-'), 'created-by-write.json');
    symlinkSync(target, path.join(root, 'channel.json'));
    mkdirSync(path.join(root, 'edge'));
    symlinkSync(path.join(target, '..', 'missing-dir'), path.join(root, 'edge', 'dir'));

    expect(() => insideRoot(root, 'channel.json')).toThrow('is outside the repository');
    expect(() => insideRoot(root, 'edge/dir/churn.json')).toThrow('is outside the repository');
  });

  it('refuses a symlink loop instead of hanging', () => {
    const root = tempDir();
    symlinkSync(path.join(root, 'b'), path.join(root, 'a'));
    symlinkSync(path.join(root, 'a'), path.join(root, 'b'));

    expect(() => insideRoot(root, 'a/x.yaml')).toThrow('is outside the repository');
  });
});
