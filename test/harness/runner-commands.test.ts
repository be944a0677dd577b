import { describe, expect, it } from '@jest/globals';
import { annotationsOf, parseFileCommand, parseWorkflowCommands } from './runner-commands.js';
import { pullRequestEvent, pushEvent, webhookExample } from './payloads.js';

describe('file commands are parsed like the runner', () => {
  it('reads name=value lines and heredocs, keeping = and << inside values', () => {
    const text = 'a=1\n\nb=x<<y\nc<<EOF\nline=1\nline<<2\n\nEOF\nd<<EOF\nEOF\n';
    expect(parseFileCommand(text)).toEqual({ a: '1', b: 'x<<y', c: 'line=1\nline<<2\n', d: '' });
  });

  it('lets the first of = and << decide the form', () => {
    expect(parseFileCommand('k<<A=B\nv\nA=B\n')).toEqual({ k: 'v' });
  });

  it('rejects a heredoc whose delimiter never comes, a line with neither form, and an empty name', () => {
    expect(() => parseFileCommand('k<<EOF\nv\neof\n', 'GITHUB_OUTPUT')).toThrow(
      "GITHUB_OUTPUT: invalid value: matching delimiter not found 'EOF'",
    );
    expect(() => parseFileCommand('just text\n')).toThrow("invalid format 'just text'");
    expect(() => parseFileCommand('=v\n')).toThrow('the name must not be empty');
    expect(() => parseFileCommand('k<<\n')).toThrow('the delimiter must not be empty');
  });
});

describe('workflow commands on stdout are parsed like the runner', () => {
  it('unescapes data and properties, with %25 last so escapes stay literal', () => {
    const [cmd] = parseWorkflowCommands('::error file=a%2Cb%3A.yml,line=7,title=T%253A::50%25%0Adone %3A\n');
    expect(cmd).toEqual({
      command: 'error',
      properties: { file: 'a,b:.yml', line: '7', title: 'T%3A' },
      message: '50%\ndone %3A',
    });
  });

  it('ignores unknown commands and text, and honours stop-commands until its token', () => {
    const out = [
      'plain log',
      '::frobnicate::x',
      '  ::warning::indented still counts',
      '::stop-commands::pause123',
      '::error::not a command now',
      '::pause123::',
      '::notice::back',
    ].join('\n');
    expect(parseWorkflowCommands(out).map((c) => `${c.command}:${c.message}`)).toEqual([
      'warning:indented still counts',
      'notice:back',
    ]);
  });

  it('turns error, warning and notice into annotations with case-insensitive numeric positions', () => {
    const cmds = parseWorkflowCommands(
      '::error File=x.yml,LINE=2,col=4,endLine=3,endColumn=9::m\n::debug::d\n::notice line=abc::n',
    );
    expect(annotationsOf(cmds)).toEqual([
      { level: 'error', message: 'm', file: 'x.yml', line: 2, col: 4, endLine: 3, endColumn: 9 },
      { level: 'notice', message: 'n' },
    ]);
  });
});

describe('real webhook payloads', () => {
  it('picks an example by event and action and fails clearly for one that does not exist', () => {
    expect(webhookExample('pull_request', 'synchronize').action).toBe('synchronize');
    expect(() => webhookExample('pull_request', 'exploded')).toThrow(
      /no 'pull_request' example with action 'exploded' \(have: .*opened/,
    );
    expect(() => webhookExample('no_such_event')).toThrow(/no webhook example/);
  });

  it('re-points a pull_request payload at the test repository, number, branches and sender', () => {
    const { name, payload } = pullRequestEvent({
      repository: 'acme/ml',
      number: 5,
      head: { ref: 'feat', sha: 'a'.repeat(40) },
      base: { ref: 'main', sha: 'b'.repeat(40) },
      sender: 'bob',
    });
    expect(name).toBe('pull_request');
    expect(payload).toMatchObject({
      action: 'opened',
      number: 5,
      repository: { full_name: 'acme/ml', name: 'ml', owner: { login: 'acme' } },
      pull_request: {
        number: 5,
        user: { login: 'bob' },
        head: { ref: 'feat', sha: 'a'.repeat(40), repo: { full_name: 'acme/ml' } },
        base: { ref: 'main', sha: 'b'.repeat(40), repo: { full_name: 'acme/ml' } },
      },
      sender: { login: 'bob' },
    });
  });

  it('makes a push to a branch at a commit, with the sender who pushed', () => {
    const { name, payload } = pushEvent({
      repository: 'acme/ml',
      ref: 'release/production',
      after: 'c'.repeat(40),
      sender: 'eve',
    });
    expect(name).toBe('push');
    expect(payload).toMatchObject({
      ref: 'refs/heads/release/production',
      after: 'c'.repeat(40),
      repository: { full_name: 'acme/ml' },
      sender: { login: 'eve' },
    });
  });

  it('gives each caller its own copy', () => {
    const a = webhookExample('pull_request', 'opened');
    a.number = -1;
    expect(webhookExample('pull_request', 'opened').number).not.toBe(-1);
  });
});
