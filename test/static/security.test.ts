import { describe, expect, it } from '@jest/globals';
import { repoRoot } from '../harness/runner.js';
import {
  actionFiles,
  compositeErrors,
  securityErrors,
  sources,
  workflowFiles,
  type Source,
} from './checks.js';
import { untrustedExpressions, workflowHardeningErrors } from './security.js';

/** Every security check over one workflow file. */
const workflowErrors = (src: Source) => [...securityErrors(src), ...workflowHardeningErrors(src)];

const clean: Source = {
  name: 'clean.yml',
  content: `on:
  pull_request:
permissions:
  contents: read
jobs:
  check:
    runs-on: ubuntu-latest
    permissions:
      pull-requests: write
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - uses: ./.mlops/actions/validate-cards
      - env:
          TITLE: \${{ github.event.pull_request.title }}
        run: echo "$TITLE in \${{ runner.temp }} for \${{ github.run_id }}"
  reuse:
    uses: gitops-mlops/gitops-mlops/.github/workflows/mlops-pr.yml@v1
    with:
      mlops-ref: v1
`,
};

const broken = (from: string, to: string): Source => {
  expect(clean.content).toContain(from);
  return { name: 'broken.yml', content: clean.content.replace(from, to) };
};

describe('security of every workflow and action in this repository', () => {
  it('finds no problem in reusable/, .github/workflows/, workflows/ and any action.yml', () => {
    const workflows = sources(repoRoot, workflowFiles(repoRoot));
    const actions = sources(repoRoot, actionFiles(repoRoot));
    expect(workflows.map((w) => w.name)).toEqual(
      expect.arrayContaining([
        'reusable/mlops-pr.yml',
        '.github/workflows/ci.yml',
        'workflows/mlops-deploy.yml',
      ]),
    );
    expect([...workflows.flatMap(workflowErrors), ...actions.flatMap(compositeErrors)]).toEqual([]);
  });

  it('passes a hardened workflow (env: for event fields, runner values inline, first-party caller)', () => {
    expect(workflowErrors(clean)).toEqual([]);
  });
});

describe('each security check catches its problem', () => {
  it('refuses the pull_request_target trigger', () => {
    expect(workflowErrors(broken('  pull_request:\n', '  pull_request_target:\n'))).toEqual([
      'broken.yml: pull_request_target is not allowed',
    ]);
  });

  it('refuses a job without permissions when the workflow declares none', () => {
    const src = broken('permissions:\n  contents: read\n', '');
    expect(workflowErrors(src)).toEqual([
      "broken.yml: job 'reuse' has no permissions: (declare least privilege)",
    ]);
  });

  it('refuses write-all at the workflow or the job level', () => {
    expect(workflowErrors(broken('permissions:\n  contents: read\n', 'permissions: write-all\n'))).toEqual([
      'broken.yml: permissions: write-all (grant each scope the job needs)',
    ]);
    expect(
      workflowErrors(
        broken('    permissions:\n      pull-requests: write\n', '    permissions: write-all\n'),
      ),
    ).toEqual(["broken.yml: job 'check' has permissions: write-all (grant each scope it needs)"]);
  });

  it('refuses event fields, inputs, outputs and secrets inside run:', () => {
    const src = broken(
      'echo "$TITLE',
      'echo "${{ github.event.pull_request.title }} ${{ inputs.model }} ${{ steps.a.outputs.b }} ${{ secrets.TOKEN }}',
    );
    expect(workflowErrors(src)).toEqual([
      "broken.yml: job 'check' step 3 puts ${{ github.event.pull_request.title }} into run: (pass it through env:)",
      "broken.yml: job 'check' step 3 puts ${{ inputs.model }} into run: (pass it through env:)",
      "broken.yml: job 'check' step 3 puts ${{ steps.a.outputs.b }} into run: (pass it through env:)",
      "broken.yml: job 'check' step 3 puts ${{ secrets.TOKEN }} into run: (pass it through env:)",
    ]);
  });

  it('refuses a third-party action or reusable workflow at a tag or branch', () => {
    const step = broken(/checkout@[0-9a-f]{40}/.exec(clean.content)![0], 'checkout@v4');
    expect(workflowErrors(step)).toEqual([
      "broken.yml: job 'check' uses actions/checkout@v4: pin it to a full commit SHA",
    ]);
    const call = broken('gitops-mlops/gitops-mlops/', 'someone/else/');
    expect(workflowErrors(call)).toEqual([
      "broken.yml: job 'reuse' calls someone/else/.github/workflows/mlops-pr.yml@v1: pin it to a full commit SHA",
    ]);
  });

  it('refuses an input inside run: of a composite action and an unpinned step there', () => {
    const action: Source = {
      name: 'actions/x/action.yml',
      content: `name: x\ndescription: x\nruns:\n  using: composite\n  steps:\n    - uses: someone/tool@main\n    - shell: bash\n      run: echo "\${{ inputs.model }}"\n`,
    };
    expect(compositeErrors(action)).toEqual([
      'actions/x/action.yml: step 1 uses someone/tool@main: pin it to a full commit SHA',
      'actions/x/action.yml: step 2 puts an untrusted ${{ }} into run: (pass it through env:)',
    ]);
  });

  it('treats only runner-set values as trusted in expressions', () => {
    expect(
      untrustedExpressions('${{ github.sha }} ${{github.head_ref}} ${{ env.X }} ${{ runner.temp }}'),
    ).toEqual(['github.head_ref', 'env.X']);
  });
});
