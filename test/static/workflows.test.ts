import { beforeAll, describe, expect, it } from '@jest/globals';
import { repoRoot } from '../harness/runner.js';
import { tempDir, writeFiles } from '../helpers/repo.js';
import {
  actionlintErrors,
  loadActionlint,
  reusableCopyErrors,
  securityErrors,
  sources,
  workflowFiles,
  workflowParserErrors,
  type Lint,
  type Source,
} from './checks.js';

let lint: Lint;
beforeAll(async () => {
  lint = await loadActionlint();
});

const good: Source = {
  name: 'good.yml',
  content: `name: good
on:
  workflow_call:
    inputs:
      model:
        type: string
        required: true
permissions:
  contents: read
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - run: echo "$MODEL"
        env:
          MODEL: \${{ inputs.model }}
`,
};

describe('workflow files', () => {
  it("every workflow in reusable/, .github/workflows/ and workflows/ parses with GitHub's parser and lints clean", async () => {
    const errors: string[] = [];
    for (const f of sources(repoRoot, workflowFiles(repoRoot))) {
      errors.push(...workflowParserErrors(f), ...(await actionlintErrors(lint, f)), ...securityErrors(f));
    }
    expect(errors).toEqual([]);
  });

  it('passes a well-formed reusable workflow through every check (no false alarms)', async () => {
    const errors = [
      ...workflowParserErrors(good),
      ...(await actionlintErrors(lint, good)),
      ...securityErrors(good),
    ];
    expect(errors).toEqual([]);
  });

  it('catches an unknown key with its line through @actions/workflow-parser', () => {
    const broken = { name: 'broken.yml', content: good.content.replace('    steps:', '    stepz:') };
    expect(workflowParserErrors(broken).join('\n')).toMatch(
      /broken\.yml \(Line: 13, Col: 5\): Unexpected value 'stepz'/,
    );
  });

  it('catches an untrusted expression in run: and a missing job in needs: through actionlint', async () => {
    const broken = {
      name: 'broken.yml',
      content: good.content
        .replace('echo "$MODEL"', 'echo "${{ github.event.pull_request.title }}"')
        .replace('    runs-on:', '    needs: [build]\n    runs-on:'),
    };
    const errors = (await actionlintErrors(lint, broken)).join('\n');
    expect(errors).toMatch(
      /broken\.yml:16:\d+: "github\.event\.pull_request\.title" is potentially untrusted/,
    );
    expect(errors).toMatch(/broken\.yml:11:3: job "check" needs job "build" which does not exist/);
  });

  it('refuses pull_request_target, a job without permissions and an action pinned to a tag', () => {
    const broken = {
      name: 'broken.yml',
      content: good.content
        .replace('  workflow_call:', '  pull_request_target:\n  workflow_call:')
        .replace('permissions:\n  contents: read\n', '')
        .replace(/checkout@[0-9a-f]+/, 'checkout@v4'),
    };
    expect(securityErrors(broken)).toEqual([
      'broken.yml: pull_request_target is not allowed',
      "broken.yml: job 'check' has no permissions: (declare least privilege)",
      "broken.yml: job 'check' uses actions/checkout@v4: pin it to a full commit SHA",
    ]);
  });
});

describe('reusable workflows and their copies', () => {
  it('keeps reusable/ and .github/workflows/ byte-identical in this repository', () => {
    expect(reusableCopyErrors(repoRoot)).toEqual([]);
  });

  it('catches a copy that drifted, a missing copy and a reusable workflow without its source', () => {
    const root = tempDir('mlops-static-');
    writeFiles(root, {
      'reusable/same.yml': good.content,
      '.github/workflows/same.yml': good.content,
      'reusable/drift.yml': good.content,
      '.github/workflows/drift.yml': good.content.replace('ubuntu-latest', 'ubuntu-24.04'),
      'reusable/lonely.yml': good.content,
      '.github/workflows/orphan.yml': good.content,
      '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
    });
    expect(reusableCopyErrors(root)).toEqual([
      '.github/workflows/drift.yml differs from reusable/drift.yml (copy reusable/ over it)',
      'reusable/lonely.yml: missing its copy .github/workflows/lonely.yml',
      '.github/workflows/orphan.yml is a reusable workflow without its source of truth reusable/orphan.yml',
    ]);
  });
});
