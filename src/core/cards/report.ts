/** Report blocks for card checks: one table row per card, so a PR comment shows every card's state. */
import { countFindings } from '../finding.js';
import type { Block } from '../report/model.js';
import type { CardResult } from './check.js';

/** The per-card table (card, kind, profile, name@version, counts, status); empty when no card was checked. */
export function cardBlocks(results: readonly CardResult[]): Block[] {
  if (results.length === 0) return [];
  const rows = results.map((r) => {
    const c = countFindings(r.findings);
    const status = c.error ? '❌ failing' : c.warning ? '⚠️ warnings' : '✅ passing';
    const id = r.name ? `${r.name}${r.version ? `@v${r.version}` : ''}` : '—';
    return [r.target.file, r.target.kind, r.target.profile, id, String(c.error), String(c.warning), String(c.notice), status];
  });
  return [
    { kind: 'heading', text: 'Cards', level: 3 },
    { kind: 'table', table: { headers: ['Card', 'Kind', 'Profile', 'Name', 'Errors', 'Warnings', 'Notices', 'Status'], rows, align: ['left', 'left', 'left', 'left', 'right', 'right', 'right', 'left'] } },
  ];
}

/** One line: "3 cards: 1 failing, 2 passing". */
export function cardsSummary(results: readonly CardResult[]): string {
  const failing = results.filter((r) => countFindings(r.findings).error > 0).length;
  return `${results.length} card${results.length === 1 ? '' : 's'}: ${failing} failing, ${results.length - failing} passing`;
}
