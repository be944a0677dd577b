/**
 * A Report is what every command and action produces: findings plus content blocks. One renderer
 * (src/core/report/render*.ts) turns it into a sticky comment, annotations, a job summary,
 * terminal text and JSON, so every channel says the same thing.
 */
import type { Finding } from '../finding.js';

export interface Table {
  headers: string[];
  /** Cells are inline Markdown (`code`, links, emphasis); the renderer escapes `|`, HTML and line breaks. */
  rows: string[][];
  /** Column alignment; defaults to left. */
  align?: Array<'left' | 'right' | 'center'>;
}

export type Block =
  | { kind: 'heading'; text: string; level?: 2 | 3 | 4 }
  | { kind: 'markdown'; text: string }
  | { kind: 'table'; table: Table }
  /** A mermaid chart; `fallback` is shown where mermaid is not rendered (terminal, and beside it in Markdown). */
  | { kind: 'chart'; mermaid: string; fallback: Table }
  | { kind: 'details'; summary: string; blocks: Block[] }
  | { kind: 'code'; text: string; lang?: string };

export interface Report {
  /** Names the sticky comment together with the workflow: e.g. `check`, `promotion`, `experiments`. */
  purpose: string;
  title: string;
  /** One-line outcome shown under the title (e.g. "2 errors, 1 warning in 3 cards"). */
  summary?: string;
  findings: Finding[];
  blocks: Block[];
}
