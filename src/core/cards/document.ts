/** A card read into metadata plus a section tree, whatever its format (Markdown with front matter, or MCT JSON). */
import type { Finding } from '../finding.js';
import { parseYaml, type YamlSource } from '../yaml/index.js';
import { splitFrontMatter } from './frontmatter.js';
import { fromModelCardToolkit, looksLikeModelCardToolkit } from './mct.js';
import type { CardKind, Profile } from './profiles.js';
import { parseSections, type Section } from './sections.js';
import { finding } from './rules.js';

export interface CardDocument {
  /** Repository-relative path. */
  file: string;
  kind: CardKind;
  profile: Profile;
  format: 'markdown' | 'model-card-toolkit';
  /** Front matter (or the mapped MCT fields); `{}` when absent, as on the Hub. */
  metadata: Record<string, unknown>;
  /** YAML nodes of the metadata, for exact lines. */
  source?: YamlSource;
  hasMetadata: boolean;
  sections: Section;
  /** Findings from reading the card (delimiters, YAML syntax, not a mapping). */
  findings: Finding[];
}

/** Reads LF-normalised card text; `.json` files are read as Google Model Card Toolkit cards. */
export function parseCard(text: string, file: string, kind: CardKind, profile: Profile, placeholders: readonly string[] = []): CardDocument {
  if (file.toLowerCase().endsWith('.json')) return parseJsonCard(text, file, kind, profile);
  const split = splitFrontMatter(text, file);
  const findings = [...split.findings];
  let metadata: Record<string, unknown> = {};
  let source: YamlSource | undefined;
  if (split.found) {
    const parsed = parseYaml(split.yaml, file, { lineOffset: split.yamlLine - 1, expect: 'mapping', rulePrefix: 'card/yaml' });
    findings.push(...parsed.findings);
    metadata = parsed.value as Record<string, unknown>;
    source = parsed.source;
  }
  const sections = parseSections(split.body, split.bodyLine, placeholders);
  return { file, kind, profile, format: 'markdown', metadata, source, hasMetadata: split.found, sections, findings };
}

function parseJsonCard(text: string, file: string, kind: CardKind, profile: Profile): CardDocument {
  // JSON is YAML 1.2, so the YAML parser gives the same value plus node positions for exact lines.
  const parsed = parseYaml(text, file, { expect: 'mapping', rulePrefix: 'card/yaml' });
  const empty: Section = { title: '', key: '', depth: 0, line: 1, endLine: 1, hasOwnContent: false, placeholders: [], children: [] };
  const base = { file, kind, profile, source: parsed.source, findings: parsed.findings };
  if (!looksLikeModelCardToolkit(parsed.value)) {
    const f = finding('card/unreadable', profile, file, 'is JSON but not a Model Card Toolkit card (no `model_details`)', {
      line: 1,
      hint: 'use MODEL_CARD.md with YAML front matter, or a Model Card Toolkit `model_card.json`',
    });
    return { ...base, format: 'model-card-toolkit', metadata: {}, hasMetadata: false, sections: empty, findings: [...parsed.findings, f] };
  }
  const mapped = fromModelCardToolkit(parsed.value as Record<string, unknown>, parsed.source);
  return { ...base, format: 'model-card-toolkit', metadata: mapped.metadata, hasMetadata: true, sections: mapped.sections };
}
