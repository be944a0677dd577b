import { describe, expect, it } from '@jest/globals';
import { ownersOf, parseCodeowners } from '../../../src/core/gate/codeowners.js';

// The examples of GitHub's "About code owners" page.
const text = `# comment
*       @global-owner1 @global-owner2
*.js    @js-owner #This is an inline comment.
*.go docs@example.com
*.txt @octo-org/octocats
/build/logs/ @doctocat
docs/*  docs@example.com
apps/ @octocat
/docs/ @doctocat
/scripts/ @doctocat @octocat
**/logs @octocat
/apps/ @octocat
/apps/github
!negated @nobody
`;

describe('CODEOWNERS with GitHub’s rules', () => {
  const { rules, invalid } = parseCodeowners(text);
  const owners = (file: string) => ownersOf(rules, file).owners;

  it('lets the last matching pattern win', () => {
    expect(owners('src/app.js')).toEqual(['@js-owner']);
    expect(owners('README.md')).toEqual(['@global-owner1', '@global-owner2']);
    expect(owners('notes/a.txt')).toEqual(['@octo-org/octocats']);
  });

  it('anchors docs/* at the root and matches only files directly inside it', () => {
    expect(owners('docs/getting-started.md')).toEqual(['@doctocat']); // /docs/ comes later and wins
    expect(ownersOf(rules.slice(0, 7), 'docs/getting-started.md').owners).toEqual(['docs@example.com']);
    expect(ownersOf(rules.slice(0, 7), 'docs/build-app/troubleshooting.md').owners).toEqual(['@global-owner1', '@global-owner2']);
    expect(owners('x/docs/getting-started.md')).toEqual(['@global-owner1', '@global-owner2']);
    expect(owners('x/docs/build-app/troubleshooting.md')).toEqual(['@global-owner1', '@global-owner2']);
  });

  it('matches a logs folder anywhere and everything below it', () => {
    expect(owners('deeply/nested/logs/today.txt')).toEqual(['@octocat']);
    expect(owners('build/logs/x.log')).toEqual(['@octocat']);
  });

  it('un-owns a path whose last matching pattern lists no owners', () => {
    expect(owners('apps/github/index.ts')).toEqual([]);
    expect(owners('apps/other/index.ts')).toEqual(['@octocat']);
  });

  it('skips syntax GitHub does not support', () => {
    expect(invalid.map((i) => i.line)).toEqual([14]);
  });
});
