/** The hidden marker that names a sticky comment: one per workflow and purpose. */

/** `<!-- mlops:{workflow}:{purpose} -->`, with both parts reduced to characters that cannot end the comment. */
export function commentMarker(workflow: string, purpose: string): string {
  return `<!-- mlops:${markerPart(workflow)}:${markerPart(purpose)} -->`;
}

function markerPart(text: string): string {
  // `--` and `>` could close the HTML comment early; `:` separates the parts.
  const part = text
    .trim()
    .replace(/[^A-Za-z0-9 ._/()[\]+-]/g, '_')
    .replace(/-{2,}/g, '-');
  return part || '_';
}

/** True when one line of `body` is exactly `marker` (a marker quoted inside a sentence does not count). */
export function hasMarker(body: string, marker: string): boolean {
  return body.split(/\r?\n/).some((line) => line.trim() === marker);
}
