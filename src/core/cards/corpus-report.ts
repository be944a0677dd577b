/** A Markdown summary of what the card rules say about a set of cards (used for docs/corpus-report.md). */
import { countFindings, type Finding } from '../finding.js';

export interface CorpusEntry {
  file: string;
  kind: 'model' | 'data';
  /** Quality word from the corpus' SOURCES.md (complete, partial, sparse, no-front-matter). */
  quality: string;
  /** Findings per profile. */
  findings: Record<'huggingface' | 'standard', Finding[]>;
}

/** The report: totals per profile, findings per rule, and one row per card. */
export function corpusReport(entries: readonly CorpusEntry[], intro: string): string {
  const lines = [intro, '', '## By quality', '', '| Quality (SOURCES.md) | Cards | No errors, huggingface | No errors, standard |', '|---|---:|---:|---:|'];
  const clean = (fs: Finding[]): boolean => countFindings(fs).error === 0;
  for (const quality of [...new Set(entries.map((e) => e.quality))].sort()) {
    const group = entries.filter((e) => e.quality === quality);
    lines.push(`| ${quality} | ${group.length} | ${group.filter((e) => clean(e.findings.huggingface)).length} | ${group.filter((e) => clean(e.findings.standard)).length} |`);
  }
  lines.push('');
  for (const profile of ['huggingface', 'standard'] as const) {
    const all = entries.flatMap((e) => e.findings[profile]);
    const c = countFindings(all);
    const passing = entries.filter((e) => countFindings(e.findings[profile]).error === 0).length;
    lines.push(`## Profile \`${profile}\``, '', `${entries.length} cards: ${passing} without errors; ${c.error} errors, ${c.warning} warnings, ${c.notice} notices in all.`, '');
    lines.push('| Rule | Severity | Findings | Cards |', '|---|---|---:|---:|');
    const byRule = new Map<string, { severity: string; n: number; cards: Set<string> }>();
    for (const e of entries) {
      for (const f of e.findings[profile]) {
        const r = byRule.get(f.rule) ?? { severity: f.severity, n: 0, cards: new Set<string>() };
        r.n++;
        r.cards.add(e.file);
        byRule.set(f.rule, r);
      }
    }
    for (const [rule, r] of [...byRule].sort((a, b) => b[1].cards.size - a[1].cards.size || a[0].localeCompare(b[0]))) {
      lines.push(`| \`${rule}\` | ${r.severity} | ${r.n} | ${r.cards.size} |`);
    }
    lines.push('');
  }
  lines.push('## Per card', '', '| Card | Quality | huggingface (E/W/N) | standard (E/W/N) | Main findings (huggingface) |', '|---|---|---|---|---|');
  for (const e of entries) {
    const cell = (fs: Finding[]): string => {
      const c = countFindings(fs);
      return `${c.error}/${c.warning}/${c.notice}`;
    };
    const main = [...new Set(e.findings.huggingface.map((f) => f.rule))].slice(0, 4).map((r) => `\`${r}\``).join(', ') || '—';
    lines.push(`| \`${e.file}\` | ${e.quality} | ${cell(e.findings.huggingface)} | ${cell(e.findings.standard)} | ${main} |`);
  }
  return `${lines.join('\n')}\n`;
}
