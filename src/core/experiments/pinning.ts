/** Dependency pinning (reproducibility): every requirement in a requirements file should name one exact version. */
import type { Finding } from '../finding.js';

/**
 * A warning for each requirement in a pip requirements file that is not pinned with `==` or `===`
 * (pip's exact-version operators) or to a direct reference (`name @ url`). Options (`-r`, `-c`,
 * `--hash`, `-e`), comments and blank lines are skipped; `\` continues a line as in pip.
 */
export function unpinnedRequirements(text: string, file: string): Finding[] {
  const findings: Finding[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i] ?? '';
    while (line.endsWith('\\') && i + 1 < lines.length) line = line.slice(0, -1) + (lines[++i] ?? '');
    const requirement = line.replace(/(^|\s)#.*$/, '').trim();
    if (!requirement || requirement.startsWith('-')) continue;
    const spec = requirement
      .split(';')[0]!
      .replace(/\s--hash=\S+/g, '')
      .trim();
    if (/^[A-Za-z0-9][A-Za-z0-9._-]*(\[[^\]]*\])?\s*@\s*\S+/.test(spec)) continue;
    if (/===?\s*[^\s,*]+$/.test(spec) && !/[<>!~]=?|,/.test(spec.replace(/===?/, ''))) continue;
    const name = /^[A-Za-z0-9][A-Za-z0-9._-]*/.exec(spec)?.[0] ?? spec;
    findings.push({
      rule: 'experiment/unpinned-requirement',
      severity: 'warning',
      message: `requirement '${spec}' is not pinned to one version`,
      file,
      line: start + 1,
      hint: `pin it, e.g. \`${name}==<version>\` (see \`pip freeze\`), so the run can be reproduced`,
    });
  }
  return findings;
}
