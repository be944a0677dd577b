/**
 * A contract file read from the repository (a data card's `schema`, a `*.contract.yml`, or a GX
 * suite JSON) and checked against its data files: contract, malformed rows and PII in one go.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveDeclaredPath } from '../../core/cards/datafiles.js';
import { splitFrontMatter } from '../../core/cards/frontmatter.js';
import { normaliseContract, type DataContract } from '../../core/data/contract.js';
import { detectPii, piiFindings, type PiiColumn } from '../../core/data/pii.js';
import type { DataCheckSummary } from '../../core/data/report.js';
import { resultFindings, type ValidationResult } from '../../core/data/results.js';
import { quoteIdent } from '../../core/data/sql.js';
import { UserError } from '../../core/errors.js';
import type { Finding } from '../../core/finding.js';
import { locate, parseYaml, type YamlSource } from '../../core/yaml/index.js';
import contractSchema from '../../generated/validators/data-contract.js';
import { validateAgainstSchema } from '../../core/schema/validate.js';
import { runContract } from './check.js';
import type { Engine } from './engine.js';
import { openSource } from './source.js';

export interface ContractFile {
  /** Repository-relative path of the card or contract. */
  file: string;
  kind: 'card' | 'contract';
  contract: DataContract;
  source?: YamlSource;
  /** Repository-relative data files the card declares under `files`. */
  dataFiles: string[];
  /** The card's `pii` value (cards only). */
  pii?: unknown;
  findings: Finding[];
}

/** Reads a card or contract; YAML and JSON both go through the safe YAML parser for exact lines. */
export async function readContractFile(root: string, file: string): Promise<ContractFile> {
  let text: string;
  try {
    text = (await readFile(path.join(root, file), 'utf8')).replace(/\r\n?/g, '\n');
  } catch {
    throw new UserError(`contract not found: ${file}`, {
      file,
      hint: 'Pass a data card (DATA_CARD.md), a *.contract.yml or a Great Expectations suite JSON.',
    });
  }
  if (file.toLowerCase().endsWith('.md')) {
    const split = splitFrontMatter(text, file);
    const parsed = parseYaml(split.yaml, file, {
      lineOffset: split.yamlLine - 1,
      expect: 'mapping',
      rulePrefix: 'contract/yaml',
    });
    const meta = (parsed.value ?? {}) as Record<string, unknown>;
    const cardDir = path.posix.dirname(file.replaceAll('\\', '/'));
    const dataFiles: string[] = [];
    const findings = [...split.findings, ...parsed.findings];
    for (const [i, f] of (Array.isArray(meta.files) ? meta.files : []).entries()) {
      const declared = typeof f === 'string' ? f : (f as { path?: unknown })?.path;
      if (typeof declared !== 'string') continue;
      const r = resolveDeclaredPath(cardDir === '.' ? '' : cardDir, declared);
      if ('repoPath' in r) dataFiles.push(r.repoPath);
      else
        findings.push({
          rule: 'data/file-path',
          severity: 'error',
          message: `files[${i}].path ${r.problem}`,
          file,
          ...(parsed.source ? locate(parsed.source, ['files', i]) : {}),
        });
    }
    const contract = normaliseContract(meta.schema ?? {}, file, ['schema']);
    findings.push(
      ...validateAgainstSchema(contractSchema, { schema: meta.schema ?? {} }, parsed.source, {
        rulePrefix: 'contract',
        file,
        at: ['schema'],
      }),
    );
    return {
      file,
      kind: 'card',
      contract,
      source: parsed.source,
      dataFiles,
      pii: meta.pii,
      findings: [...findings, ...contract.findings],
    };
  }
  const parsed = parseYaml(text, file, {
    expect: 'mapping',
    rulePrefix: 'contract/yaml',
    maxBytes: 8 * 1024 * 1024,
  });
  const contract = normaliseContract(parsed.value ?? {}, file);
  const invalid = validateAgainstSchema(contractSchema, parsed.value ?? {}, parsed.source, {
    rulePrefix: 'contract',
    file,
  });
  return {
    file,
    kind: 'contract',
    contract,
    source: parsed.source,
    dataFiles: [],
    findings: [...parsed.findings, ...invalid, ...contract.findings],
  };
}

export interface DataCheck {
  data: string;
  validation: ValidationResult;
  pii: PiiColumn[];
  rows: number;
}

/** Checks every data file against the contract; findings point at the contract's lines and the data's rows. */
export async function checkDataFiles(
  engine: Engine,
  root: string,
  cf: ContractFile,
  dataFiles: readonly string[],
): Promise<{ checks: DataCheck[]; findings: Finding[] }> {
  const findings: Finding[] = [...cf.findings];
  const checks: DataCheck[] = [];
  const at = (p: ReadonlyArray<string | number>) => (cf.source ? locate(cf.source, p) : undefined);
  for (const [i, data] of dataFiles.entries()) {
    const input = /^https?:\/\//i.test(data) ? data : path.resolve(root, data);
    let source;
    try {
      source = await openSource(engine, input, `data${i}`, { displayPath: data });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      findings.push({
        rule: 'data/unreadable',
        severity: 'error',
        message: error.message,
        file: error.file ?? data,
        line: error.line,
        hint: error.hint,
      });
      continue;
    }
    const { checks: planned, validation, rows } = await runContract(engine, source, cf.contract);
    findings.push(...(await source.rejects()));
    findings.push(
      ...resultFindings(planned, validation.results, cf.file, at).map((f) => ({
        ...f,
        message: `${data}: ${f.message}`,
      })),
    );
    const pii =
      cf.kind === 'card'
        ? await scanPii(
            engine,
            source.view,
            source.columns.map((c) => c.name),
          )
        : [];
    if (pii.length)
      findings.push(
        ...piiFindings(pii, cf.pii, cf.file, (cf.source && locate(cf.source, ['pii'])) || { line: 1 }),
      );
    checks.push({ data, validation, pii, rows });
  }
  return { checks, findings };
}

/** Samples the first 1,000 rows of every column (100 columns per query, so wide files stay small) and flags PII. */
async function scanPii(engine: Engine, view: string, columns: string[]): Promise<PiiColumn[]> {
  const found: PiiColumn[] = [];
  for (let start = 0; start < columns.length; start += 100) {
    const batch = columns.slice(start, start + 100);
    const rows = await engine.all(
      `SELECT ${batch.map((c, i) => `CAST(${quoteIdent(c)} AS VARCHAR) AS c${i}`).join(', ')} FROM ${quoteIdent(view)} LIMIT 1000`,
    );
    found.push(
      ...batch.flatMap(
        (name, i) =>
          detectPii(
            name,
            rows.map((r) => r[`c${i}`]),
          ) ?? [],
      ),
    );
  }
  return found;
}

/** Checks each contract (card or contract file) against its declared files, or against `override` when given. */
export async function checkContracts(
  engine: Engine,
  root: string,
  contracts: readonly string[],
  override: readonly string[] = [],
): Promise<{ summaries: DataCheckSummary[]; findings: Finding[] }> {
  const summaries: DataCheckSummary[] = [];
  const findings: Finding[] = [];
  for (const file of contracts) {
    const cf = await readContractFile(root, file.replaceAll('\\', '/'));
    const data = override.length ? override : cf.dataFiles;
    if (!data.length)
      throw new UserError(`${file} names no data files`, {
        file,
        hint: 'Pass the data explicitly, or list the files under `files:` in the data card.',
      });
    const out = await checkDataFiles(engine, root, cf, data);
    findings.push(...out.findings);
    summaries.push(
      ...out.checks.map((c) => ({
        contract: file,
        data: c.data,
        rows: c.rows,
        validation: c.validation,
        pii: c.pii,
      })),
    );
  }
  return { summaries, findings };
}

/** The card of a dataset entry in .github/mlops.yml: its `card`, else DATA_CARD.md, else README.md in its folder. */
export function cardOf(root: string, entry: { path: string; card?: string }): string {
  if (entry.card) return entry.card;
  const first = path.posix.join(entry.path, 'DATA_CARD.md');
  return existsSync(path.join(root, first)) ? first : path.posix.join(entry.path, 'README.md');
}
