/** Escaping of untrusted text (finding messages, file names, card values) for Markdown and HTML. */

/** Text safe anywhere in Markdown inline content: no HTML, no comment markers, no @-mentions that notify people. */
export function escapeInline(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // A zero-width space after `@` stops GitHub from notifying the user or team a message names.
      .replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
      .replace(/\r\n?|\n/g, ' ')
  );
}

/** Text safe inside one GFM table cell: inline-escaped, pipes escaped, line breaks as `<br>`. */
export function escapeCell(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => escapeInline(line).replace(/\\/g, '\\\\').replace(/\|/g, '\\|'))
    .join('<br>');
}

/** A backtick fence longer than any backtick run inside `text`, so the text cannot close it (CommonMark §4.5). */
export function fenceFor(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** Neutralises our own comment markers inside embedded Markdown, so a quoted report cannot pass for a sticky comment. */
export function defuseMarkers(markdown: string): string {
  return markdown.replace(/<!--\s*mlops:/g, '<!-- quoted-mlops:');
}
