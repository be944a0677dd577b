/**
 * Safe truncation. A rendered report is a list of pieces that must never be split (a table row, a
 * whole mermaid fence, an HTML tag, one line of code). A cut keeps a prefix of whole pieces, closes
 * every container still open (`</details>`, a code fence) and ends with a note saying what was left
 * out, so the result always stays well-formed Markdown.
 */

export interface Piece {
  text: string;
  /** This piece opens a container; `closer` is the text that closes it when a cut falls inside. */
  closer?: string;
  /** This piece closes the innermost open container. */
  closes?: boolean;
  /** Never the last piece kept (a heading, a table header, a fence opening): it belongs to what follows. */
  glue?: boolean;
  /** What dropping this piece leaves out, for the omission note. */
  unit?: 'finding' | 'block';
}

/** What a cut left out. */
export interface Omitted {
  findings: number;
  blocks: number;
  /** Size of the text left out, in the budget's unit. */
  size: number;
}

export interface FitOptions {
  /** Largest size of the result, `measure`d. */
  budget: number;
  /** Size of a text: UTF-16 length for comments (never less than GitHub's character count), UTF-8 bytes for files. */
  measure: (text: string) => number;
  /** The line that ends a cut report. It must not grow when the counts shrink. */
  note: (omitted: Omitted) => string;
}

/** Joins the pieces when they fit, otherwise the longest safe prefix plus closers plus the omission note. */
export function fitPieces(
  pieces: readonly Piece[],
  options: FitOptions,
): { text: string; omitted?: Omitted } {
  const { budget, measure, note } = options;
  const sizes = pieces.map((p) => measure(p.text));
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total <= budget) return { text: pieces.map((p) => p.text).join('') };

  const everything = tally(pieces, sizes, 0);
  const reserve = measure(note(everything));
  let used = 0;
  let keep = 0;
  let closers: string[] = [];
  const open: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    used += sizes[i]!;
    if (piece.closer !== undefined) open.push(piece.closer);
    if (piece.closes) open.pop();
    if (used + reserve > budget) break;
    if (piece.glue) continue;
    const closing = open.reduce((sum, c) => sum + measure(c), 0);
    if (used + closing + reserve <= budget) {
      keep = i + 1;
      closers = [...open].reverse();
    }
  }
  const omitted = tally(pieces, sizes, keep);
  const kept = pieces.slice(0, keep).map((p) => p.text);
  return { text: [...kept, ...closers, note(omitted)].join(''), omitted };
}

function tally(pieces: readonly Piece[], sizes: readonly number[], from: number): Omitted {
  const omitted: Omitted = { findings: 0, blocks: 0, size: 0 };
  for (let i = from; i < pieces.length; i++) {
    omitted.size += sizes[i]!;
    if (pieces[i]!.unit === 'finding') omitted.findings++;
    if (pieces[i]!.unit === 'block') omitted.blocks++;
  }
  return omitted;
}
