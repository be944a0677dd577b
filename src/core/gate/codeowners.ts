/**
 * CODEOWNERS with GitHub's rules (docs.github.com "About code owners"): gitignore-like patterns, the
 * last matching pattern wins, a pattern with no owners un-owns its paths; `!` negation and `[ ]` ranges
 * are not supported (such lines are skipped, as GitHub skips invalid lines); `docs/*` matches files
 * directly in docs/ only, while `docs/` and `apps` match everything below them.
 */

export interface CodeownersRule {
  pattern: string;
  owners: string[];
  line: number;
  regex: RegExp;
}

/** Parses CODEOWNERS text; invalid lines are returned apart with their line numbers. */
export function parseCodeowners(text: string): { rules: CodeownersRule[]; invalid: Array<{ line: number; text: string }> } {
  const rules: CodeownersRule[] = [];
  const invalid: Array<{ line: number; text: string }> = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [pattern = '', ...owners] = line.split(/\s+/);
    const cut = owners.findIndex((o) => o.startsWith('#'));
    const kept = cut >= 0 ? owners.slice(0, cut) : owners;
    if (pattern.startsWith('!') || /[[\]]/.test(pattern) || kept.some((o) => !/^(@[\w.-]+(\/[\w.-]+)?|[^@\s]+@[^@\s]+)$/.test(o))) {
      invalid.push({ line: i + 1, text: raw });
      return;
    }
    rules.push({ pattern, owners: kept, line: i + 1, regex: patternToRegex(pattern) });
  });
  return { rules, invalid };
}

/** The owners of a path: those of the last matching rule, [] when none matches or it lists none. */
export function ownersOf(rules: readonly CodeownersRule[], file: string): { owners: string[]; rule?: CodeownersRule } {
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i];
    if (rule && rule.regex.test(file)) return { owners: rule.owners, rule };
  }
  return { owners: [] };
}

function patternToRegex(pattern: string): RegExp {
  const dirOnly = pattern.endsWith('/');
  let p = dirOnly ? pattern.slice(0, -1) : pattern;
  const anchored = p.startsWith('/') || p.includes('/');
  if (p.startsWith('/')) p = p.slice(1);
  const last = p.split('/').pop() ?? '';
  // A trailing segment without wildcards may name a folder: it then owns everything below it.
  const recursive = dirOnly || !/[*?]/.test(last) || last === '**';
  let body = '';
  for (let i = 0; i < p.length; i++) {
    const ch = p[i] ?? '';
    if (ch === '*' && p[i + 1] === '*') {
      const slash = p[i + 2] === '/';
      body += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (ch === '*') body += '[^/]*';
    else if (ch === '?') body += '[^/]';
    else body += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}${recursive ? '(?:/.*)?' : ''}$`);
}
