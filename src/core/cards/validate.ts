/** Rules on one card by itself: metadata against the schema, required keys and sections, placeholders. */
import type { Finding } from '../finding.js';
import { validateAgainstSchema } from '../schema/validate.js';
import { formatPath } from '../schema/path.js';
import { editDistance, suggest } from '../schema/suggest.js';
import { locate, type JsonPath } from '../yaml/index.js';
import type { CardDocument } from './document.js';
import { checkSections, requiredSections } from './profiles.js';
import { finding } from './rules.js';
import { allSections, hasContent } from './sections.js';
import { dataCardSchema, modelCardSchema } from './schemas.js';

export interface CardRuleOptions {
  /** Section titles that replace the profile's (`cards.required_sections` in .github/mlops.yml). */
  requiredSections?: readonly string[];
}

/** Keys the Hub renamed: still read by old tooling, ignored by the Hub today. */
const LEGACY_KEYS: Record<string, string> = { languages: 'language', licenses: 'license', language_bcp47: 'language' };
/** Keys whose per-config mapping form is the 2021 legacy Hub schema. */
const PER_CONFIG_KEYS = ['annotations_creators', 'language_creators', 'multilinguality', 'size_categories', 'source_datasets', 'task_categories', 'task_ids'];
/** Keys the Hub reads that the schema leaves open (Spaces, gating, widgets): never "did you mean". */
const OTHER_HUB_KEYS = new Set(['title', 'emoji', 'sdk', 'sdk_version', 'python_version', 'app_file', 'app_port', 'colorFrom', 'colorTo', 'pinned', 'short_description', 'model_file', 'extra_gated_prompt', 'extra_gated_fields', 'extra_gated_heading', 'extra_gated_button_content', 'extra_gated_description', 'gated']);
const REQUIRED_KEYS = { model: ['name', 'version', 'owners', 'risk'], data: ['name', 'version', 'owners'] } as const;

/** Every finding about one card on its own (no repository access). */
export function validateCardDocument(doc: CardDocument, opts: CardRuleOptions = {}): Finding[] {
  return [...doc.findings, ...metadataFindings(doc), ...sectionFindings(doc, opts)];
}

function metadataFindings(doc: CardDocument): Finding[] {
  const { file, profile, metadata, source } = doc;
  if (!doc.hasMetadata) return [finding('card/no-metadata', profile, file, 'has no YAML front matter, so it carries no metadata', { line: 1 })];
  const schema = doc.kind === 'model' ? modelCardSchema : dataCardSchema;
  const where = (path: JsonPath, at: 'key' | 'value' = 'key'): Partial<Finding> =>
    source ? { line: locate(source, path, { at }).line, column: locate(source, path, { at }).column } : { line: 1 };
  const { value: cleaned, placeholders } = withoutPlaceholders(metadata);
  const stripped = new Set(placeholders.filter((p) => !p.text).map((p) => formatPath(p.path)));
  const out = validateAgainstSchema(schema, cleaned, source, { rulePrefix: 'card/metadata', file })
    .filter((f) => !isMissingPlaceholder(f, stripped))
    .map(shortenEnum);
  const first = placeholders[0];
  if (first) {
    const names = placeholders.slice(0, 3).map((p) => (p.text ? `\`${p.name}\`` : `\`{${p.name}}\``)).join(', ');
    out.push(finding('card/placeholder', profile, file, `${placeholders.length} template placeholder${placeholders.length === 1 ? '' : 's'} left in the front matter (${names}${placeholders.length > 3 ? ', …' : ''})`, { ...where(first.path, 'value'), hint: 'replace each `{placeholder}` with a real value, or delete the key' }));
  }
  if (profile === 'standard') {
    for (const key of REQUIRED_KEYS[doc.kind]) {
      if (metadata[key] === undefined || metadata[key] === null) {
        out.push(finding('card/missing-key', profile, file, `missing \`${key}\`, which the standard profile requires`, { ...where([]), hint: keyHint(key) }));
      }
    }
  }
  const known = Object.keys(schema.properties);
  for (const key of Object.keys(metadata)) {
    if (known.includes(key)) continue;
    const legacy = LEGACY_KEYS[key];
    const bare = key.replace(/^-+/, '');
    const close = legacy || OTHER_HUB_KEYS.has(key) ? undefined : suggest(bare, known);
    if (close && editDistance(bare.toLowerCase(), close) > 2) continue;
    if (legacy) out.push(finding('card/legacy-key', profile, file, `\`${key}\` is a legacy key that the Hub no longer reads`, { ...where([key]), hint: `use \`${legacy}\`` }));
    else if (close) out.push(finding('card/unknown-key', profile, file, `unknown key \`${key}\``, { ...where([key]), hint: `did you mean \`${close}\`?` }));
  }
  for (const key of PER_CONFIG_KEYS) {
    const v = metadata[key];
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      out.push(finding('card/legacy-key', profile, file, `\`${key}\` is a mapping per config (2021 legacy form)`, { ...where([key]), hint: `write \`${key}\` as one list for the whole dataset` }));
    }
  }
  if (metadata.license === 'other' && (!metadata.license_name || !metadata.license_link)) {
    out.push(finding('card/license-other', profile, file, '`license: other` without `license_name` and `license_link`', where(['license'], 'value')));
  }
  return out;
}

function keyHint(key: string): string {
  switch (key) {
    case 'name':
      return 'add `name: my-model` (lower case, digits, `.`, `_`, `-`)';
    case 'version':
      return 'add `version: 0.1.0` (semver)';
    case 'owners':
      return 'add `owners: ["@your-team"]`';
    default:
      return 'add `risk: low` (low, medium or high)';
  }
}

function sectionFindings(doc: CardDocument, opts: CardRuleOptions): Finding[] {
  const { file, profile, sections } = doc;
  const out: Finding[] = [];
  const all = allSections(sections);
  if (doc.format === 'markdown' && !hasContent(sections)) {
    out.push(finding('card/empty-body', profile, file, 'has no text below the front matter', { line: sections.line }));
  }
  for (const check of checkSections(sections, requiredSections(doc.kind, profile, doc.metadata.risk, opts.requiredSections))) {
    const { title } = check.requirement;
    const first = check.found[0];
    if (!first) {
      out.push(
        finding('card/missing-section', profile, file, `missing section "${title}"`, {
          line: sections.endLine,
          hint: `add a \`## ${title}\` section${synonymsHint(check.requirement.phrases)}`,
        }),
      );
    } else if (!check.filled) {
      out.push(finding('card/empty-section', profile, file, `section "${first.title}" (${title}) is empty`, { line: first.line, hint: `write the ${title.toLowerCase()} under the heading` }));
    }
  }
  for (const s of [sections, ...all]) {
    const first = s.placeholders[0];
    if (!first) continue;
    const kinds = [...new Set(s.placeholders.map((p) => p.text))].map((t) => `\`${t}\``).join(', ');
    const where = s.depth === 0 ? 'before the first heading' : `in section "${s.title}"`;
    out.push(
      finding('card/placeholder', profile, file, `${s.placeholders.length} template placeholder${s.placeholders.length === 1 ? '' : 's'} left ${where} (${kinds})`, {
        line: first.line,
        hint: 'replace the placeholder with real content, or delete the line',
      }),
    );
  }
  return out;
}

function synonymsHint(phrases: readonly string[]): string {
  return phrases.length > 1 ? ` (headings containing ${phrases.slice(0, 4).map((p) => `"${p}"`).join(', ')} also count)` : '';
}

interface MetadataPlaceholder {
  name: string;
  path: JsonPath;
  /** A string value holding TODO/TBD (kept), rather than a `{placeholder}` mapping (removed). */
  text?: boolean;
}

const TEXT_PLACEHOLDER = /\b(?:TODO|TBD|FIXME)\b|\[More Information Needed\]/;

/**
 * The Hub's annotated spec writes `key: {placeholder}`, which YAML reads as a one-key mapping with an
 * empty value. Those are reported once as placeholders and removed before schema validation, so a
 * template yields one finding instead of a type error per key.
 */
export function withoutPlaceholders(value: unknown, path: JsonPath = []): { value: unknown; placeholders: MetadataPlaceholder[] } {
  const placeholders: MetadataPlaceholder[] = [];
  const walk = (v: unknown, at: JsonPath): unknown => {
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...at, i])).filter((x) => x !== undefined);
    if (typeof v === 'string' && TEXT_PLACEHOLDER.test(v)) placeholders.push({ name: v.length > 40 ? `${v.slice(0, 37)}...` : v, path: at, text: true });
    if (v === null || typeof v !== 'object') return v;
    const entries = Object.entries(v);
    const only = entries[0];
    if (entries.length === 1 && only && only[1] === null && /^[\w .-]+$/.test(only[0])) {
      placeholders.push({ name: only[0], path: at });
      return undefined;
    }
    const out: Record<string, unknown> = {};
    for (const [k, x] of entries) {
      const w = walk(x, [...at, k]);
      if (w !== undefined) out[k] = w;
    }
    return out;
  };
  return { value: walk(value, path), placeholders };
}

/** Long enums (80 license ids) make unreadable messages: keep the first few and point at the schema. */
function shortenEnum(f: Finding): Finding {
  if (f.message.length <= 240) return f;
  const m = /^(.*? must be (?:one of )?)(.*?)( or a list)?(, not .*)$/.exec(f.message);
  if (!m) return f;
  const items = (m[2] ?? '').split(', ');
  return { ...f, message: `${m[1]}${items.slice(0, 6).join(', ')}, … (${items.length - 6} more in the schema)${m[3] ?? ''}${m[4] ?? ''}` };
}

/**
 * A key left as `{placeholder}` was reported as a placeholder; the schema errors it causes ("missing
 * required key", a failed `anyOf` around it) would only repeat that.
 */
function isMissingPlaceholder(f: Finding, stripped: ReadonlySet<string>): boolean {
  if (stripped.size === 0) return false;
  const m = /^missing required key `([^`]+)` (?:in `([^`]+)`|at the top level)$/.exec(f.message);
  if (m && m[1]) {
    const parent = m[2] ?? '';
    const key = /^[\w-]+$/.test(m[1]) ? (parent ? `${parent}.${m[1]}` : m[1]) : `${parent}[${JSON.stringify(m[1])}]`;
    return stripped.has(key);
  }
  const at = /^`([^`]+)` must be/.exec(f.message)?.[1];
  return at !== undefined && [...stripped].some((s) => s.startsWith(`${at}.`) || s.startsWith(`${at}[`));
}
