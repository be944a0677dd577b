/** Turning a card's bytes into text we can trust: binary and invalid UTF-8 become findings, never crashes. */
import type { Finding } from '../finding.js';

export type DecodedText = { ok: true; text: string } | { ok: false; finding: Finding };

/** Git's own heuristic (xdiff `buffer_is_binary`): a NUL byte in the first 8000 bytes means binary. */
const BINARY_PROBE = 8000;

/**
 * Decodes card bytes as UTF-8 with a leading BOM removed and every line ending (CRLF, lone CR, LF)
 * normalised to LF, the way Python's universal newlines (huggingface_hub) and CommonMark count lines.
 */
export function decodeCardText(bytes: Uint8Array, file: string): DecodedText {
  const probe = bytes.subarray(0, BINARY_PROBE);
  if (probe.includes(0)) {
    return fail(file, 'card/binary', 'is a binary file, not a Markdown or JSON card', 'a card is UTF-8 text; move binaries out of the card path');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = countLines(bytes.subarray(0, at));
    return {
      ok: false,
      finding: {
        rule: 'card/encoding',
        severity: 'error',
        message: `is not valid UTF-8 (first bad byte at offset ${at})`,
        file,
        line,
        hint: 're-save the file as UTF-8',
      },
    };
  }
  return { ok: true, text: normaliseNewlines(text) };
}

/** CRLF and lone CR become LF, so CR CR LF is two line endings as in CommonMark. */
export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function fail(file: string, rule: string, message: string, hint: string): DecodedText {
  return { ok: false, finding: { rule, severity: 'error', message, file, line: 1, hint } };
}

function countLines(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629 lead/continuation rules). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
