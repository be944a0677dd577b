/** The data dictionary of a data card as Markdown: columns, types, constraints, descriptions, profile figures. */
import type { ColumnSpec } from './contract.js';
import type { DataProfile } from './profile.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const num = (x: unknown): string =>
  typeof x === 'number'
    ? Number.isInteger(x)
      ? String(x)
      : x.toPrecision(4)
    : x === null || x === undefined
      ? ''
      : String(x);

function constraintsOf(c: ColumnSpec): string {
  const k = { ...(c.constraints ?? {}) } as Record<string, unknown>;
  if (c.required) k.required = true;
  if (c.unique) k.unique = true;
  return Object.entries(k)
    .map(([name, v]) => (v === true ? name : `${name}: ${Array.isArray(v) ? v.join(', ') : String(v)}`))
    .join('; ');
}

/** Markdown for docs/: one table row per column, profile figures when a profile is given. */
export function dataDictionary(input: {
  name: string;
  description?: string;
  columns: ColumnSpec[];
  profile?: DataProfile;
}): string {
  const prof = new Map((input.profile?.columns ?? []).map((c) => [c.name, c]));
  const withProfile = prof.size > 0;
  const headers = [
    'column',
    'type',
    'constraints',
    'description',
    ...(withProfile ? ['nulls', 'distinct', 'min', 'max', 'mean'] : []),
  ];
  const names = input.columns.length ? input.columns.map((c) => c.name) : [...prof.keys()];
  const rows = names.map((name) => {
    const c = input.columns.find((x) => x.name === name) ?? { name };
    const p = prof.get(name);
    const base = [
      `\`${cell(name)}\``,
      c.type ?? p?.type ?? '',
      cell(constraintsOf(c)),
      cell(c.description ?? ''),
    ];
    return withProfile
      ? [...base, num(p?.nulls), num(p?.distinct), num(p?.min), num(p?.max), num(p?.mean)]
      : base;
  });
  const lines = [
    `# Data dictionary: ${input.name}`,
    '',
    ...(input.description ? [input.description.trim(), ''] : []),
    ...(input.profile ? [`Profile of \`${input.profile.source}\`: ${input.profile.rows} rows.`, ''] : []),
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ];
  return lines.join('\n');
}
