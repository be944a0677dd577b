/**
 * Google Model Card Toolkit JSON (`model_card.json`, schema v0.0.1/v0.0.2 in
 * tensorflow/model-card-toolkit `proto/model_card.proto`) mapped onto our card model: its fields
 * become metadata keys and sections, so the same rules apply to both formats.
 */
import { locate, type JsonPath, type YamlSource } from '../yaml/index.js';
import { normaliseHeading, type Section } from './sections.js';

/** True when a JSON value has MCT's top-level `model_details` mapping. */
export function looksLikeModelCardToolkit(value: unknown): boolean {
  return isRecord(value) && isRecord(value.model_details);
}

/** Metadata and sections of an MCT card; section lines point at the JSON fields they came from. */
export function fromModelCardToolkit(mct: Record<string, unknown>, source?: YamlSource): { metadata: Record<string, unknown>; sections: Section } {
  const details = record(mct.model_details);
  const params = record(mct.model_parameters);
  const quant = record(mct.quantitative_analysis);
  const cons = record(mct.considerations);
  const metadata: Record<string, unknown> = {};
  const name = text(details.name);
  if (name) metadata.name = name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  const version = text(record(details.version).name);
  if (version) metadata.version = version.replace(/^v/, '');
  const owners = list(details.owners).map((o) => text(record(o).contact) || text(record(o).name)).filter(Boolean);
  if (owners.length) metadata.owners = owners;
  const licenses = list(details.licenses).map((l) => text(record(l).identifier).toLowerCase()).filter(Boolean);
  if (licenses.length) metadata.license = licenses.length === 1 ? licenses[0] : licenses;
  const root: Section = { title: '', key: '', depth: 0, line: 1, endLine: 1, hasOwnContent: false, placeholders: [], children: [] };
  const add = (title: string, path: JsonPath, values: unknown[]): void => {
    const present = values.some(filled);
    if (!present && !hasPath(mct, path)) return;
    const line = source ? locate(source, path).line : 1;
    root.children.push({ title, key: normaliseHeading(title), depth: 2, line, endLine: line, hasOwnContent: present, placeholders: [], children: [] });
  };
  add('Model Details', ['model_details', 'overview'], [details.overview]);
  add('Intended Use', ['considerations', 'use_cases'], [cons.use_cases, cons.users]);
  add('Out-of-Scope Use', ['considerations', 'out_of_scope_uses'], [cons.out_of_scope_uses]);
  add('Limitations', ['considerations', 'limitations'], [cons.limitations, cons.tradeoffs]);
  add('Training Data', ['model_parameters', 'data'], [params.data]);
  add('Evaluation', ['quantitative_analysis', 'performance_metrics'], [quant.performance_metrics]);
  add('Ethical Considerations', ['considerations', 'ethical_considerations'], [cons.ethical_considerations]);
  add('Fairness Assessment', ['considerations', 'fairness_assessment'], [cons.fairness_assessment]);
  return { metadata, sections: root };
}

function filled(v: unknown): boolean {
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.some(filled);
  if (isRecord(v)) return Object.values(v).some(filled);
  return v !== undefined && v !== null;
}

function hasPath(value: unknown, path: JsonPath): boolean {
  let node = value;
  for (const k of path) {
    if (!isRecord(node) || !(String(k) in node)) return false;
    node = node[String(k)];
  }
  return true;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function record(v: unknown): Record<string, unknown> {
  return isRecord(v) ? v : {};
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function text(v: unknown): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}
