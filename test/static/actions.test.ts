import { describe, expect, it } from '@jest/globals';
import { repoRoot } from '../harness/runner.js';
import { tempDir, writeFiles } from '../helpers/repo.js';
import {
  actionFiles,
  actionParserErrors,
  compositeErrors,
  jsActionErrors,
  sources,
  type Source,
} from './checks.js';

const jsAction = (using: string, main: string): Source => ({
  name: 'actions/demo/action.yml',
  content: `name: demo\ndescription: a demo\ninputs:\n  token:\n    default: \${{ github.token }}\nruns:\n  using: ${using}\n  main: ${main}\n`,
});

const composite = (run: string, uses = './actions/demo'): Source => ({
  name: 'actions/combo/action.yml',
  content: `name: combo\ndescription: c\ninputs:\n  model:\n    description: m\nruns:\n  using: composite\n  steps:\n    - uses: ${uses}\n    - shell: bash\n      env:\n        MODEL: \${{ inputs.model }}\n      run: ${run}\n`,
});

/** A tree with one built bundle, to check action.yml files against. */
function treeWithBundle(): string {
  const root = tempDir('mlops-static-');
  writeFiles(root, { 'dist/demo/index.js': '' });
  return root;
}

describe('action.yml files', () => {
  it("every action.yml in this repository parses with GitHub's action schema and passes our rules", () => {
    const files = sources(repoRoot, actionFiles(repoRoot));
    const errors = files.flatMap((f) => [
      ...actionParserErrors(f),
      ...jsActionErrors(repoRoot, f),
      ...compositeErrors(f),
    ]);
    expect(errors).toEqual([]);
  });

  it('accepts a node24 action whose main is built into dist/', () => {
    const src = jsAction('node24', '../../dist/demo/index.js');
    expect([...actionParserErrors(src), ...jsActionErrors(treeWithBundle(), src)]).toEqual([]);
  });

  it('catches a misspelt key with its line through @actions/workflow-parser', () => {
    const valid = jsAction('node24', '../../dist/demo/index.js');
    const src = { ...valid, content: valid.content.replace('  main:', '  mian:') };
    expect(actionParserErrors(src).join('\n')).toMatch(
      /actions\/demo\/action\.yml \(Line: 8, Col: 3\): Unexpected value 'mian'/,
    );
  });

  it('catches a plain description containing ": ", which is not valid YAML, and skips the rules it cannot read', () => {
    const valid = jsAction('node24', '../../dist/demo/index.js');
    const src = {
      ...valid,
      content: valid.content.replace('description: a demo', 'description: needs `contents: write`'),
    };
    expect(actionParserErrors(src).join('\n')).toMatch(
      /Nested mappings are not allowed in compact mappings at line 2/,
    );
    expect(jsActionErrors(treeWithBundle(), src)).toEqual([]);
  });

  it('refuses an older Node runtime, a main outside dist/ and a bundle that was never built', () => {
    const root = treeWithBundle();
    expect(jsActionErrors(root, jsAction('node20', '../../dist/demo/index.js'))).toEqual([
      "actions/demo/action.yml: runs.using is 'node20', expected node24",
    ]);
    expect(jsActionErrors(root, jsAction('node24', '../../src/actions/demo.ts'))).toEqual([
      'actions/demo/action.yml: runs.main must point into dist/, not ../../src/actions/demo.ts',
    ]);
    expect(jsActionErrors(root, jsAction('node24', '../../dist/other/index.js'))).toEqual([
      'actions/demo/action.yml: runs.main dist/other/index.js does not exist (npm run build)',
    ]);
  });

  it('refuses a composite step that puts inputs into run: or uses an unpinned action', () => {
    expect(compositeErrors(composite('echo "$MODEL"'))).toEqual([]);
    expect(compositeErrors(composite('echo "${{ inputs.model }}"', 'someone/tool@main'))).toEqual([
      'actions/combo/action.yml: step 1 uses someone/tool@main: pin it to a full commit SHA',
      'actions/combo/action.yml: step 2 puts an untrusted ${{ }} into run: (pass it through env:)',
    ]);
  });
});
