/**
 * The two channels an action talks to the runner through, parsed exactly as actions/runner does:
 * file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE: src/Runner.Worker/FileCommandManager.cs)
 * and workflow commands on stdout (`::error file=a,line=1::msg`: src/Runner.Common/ActionCommand.cs).
 */

/** A file command file the runner refused (the runner fails the step with this message). */
export class FileCommandError extends Error {}

/**
 * Parses a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file: `name=value` lines and heredocs
 * `name<<DELIM` … `DELIM`. Whichever of `=` and `<<` comes first decides the form, as in the runner;
 * the heredoc value excludes the newline before the closing delimiter; a missing delimiter, an empty
 * name or a line with neither form throws, because the runner fails the step there.
 */
export function parseFileCommand(text: string, label = 'file command'): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      const name = line.slice(0, eq);
      if (!name) throw new FileCommandError(`${label}: invalid format '${line}': the name must not be empty`);
      values[name] = line.slice(eq + 1);
    } else if (heredoc >= 0) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!name || !delimiter) {
        throw new FileCommandError(
          `${label}: invalid format '${line}': the name and the delimiter must not be empty`,
        );
      }
      const end = lines.indexOf(delimiter, i + 1);
      if (end < 0) {
        throw new FileCommandError(`${label}: invalid value: matching delimiter not found '${delimiter}'`);
      }
      values[name] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else {
      throw new FileCommandError(`${label}: invalid format '${line}'`);
    }
  }
  return values;
}

/** One workflow command read from stdout. */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

/** An annotation as the runner records it from `::error`, `::warning` or `::notice`. */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  col?: number;
  endLine?: number;
  endColumn?: number;
  title?: string;
}

/** The commands the runner acts on; any other `::word::` line is plain log text. */
const registered = new Set([
  'add-mask',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning',
  'add-matcher',
  'remove-matcher',
]);

// Order matters: `%25` is unescaped last so that an escaped `%3A` stays literal.
const dataEscapes: Array<[string, string]> = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%'],
];
const propertyEscapes: Array<[string, string]> = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%'],
];

function unescape(text: string, table: Array<[string, string]>): string {
  return table.reduce((s, [from, to]) => s.split(from).join(to), text);
}

/** Parses one stdout line as a workflow command (`::name k=v,k=v::data`), or returns undefined. */
export function parseWorkflowCommand(line: string): WorkflowCommand | undefined {
  const text = line.trimStart();
  if (!text.startsWith('::')) return undefined;
  const end = text.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = text.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!registered.has(command)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')) {
      const eq = pair.indexOf('=');
      // The runner drops a pair without `=` or with an empty side (Split with RemoveEmptyEntries).
      if (eq <= 0 || eq === pair.length - 1) continue;
      properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), propertyEscapes);
    }
  }
  return { command, properties, message: unescape(text.slice(end + 2), dataEscapes) };
}

/**
 * Reads every workflow command from a step's stdout, honouring `::stop-commands::TOKEN` …
 * `::TOKEN::` (commands in between are log text, as on the runner).
 */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  let resumeToken: string | undefined;
  for (const raw of stdout.split(/\r?\n/)) {
    if (resumeToken !== undefined) {
      if (raw.trim() === `::${resumeToken}::`) resumeToken = undefined;
      continue;
    }
    const cmd = parseWorkflowCommand(raw);
    if (!cmd) continue;
    if (cmd.command === 'stop-commands' && cmd.message) resumeToken = cmd.message;
    else out.push(cmd);
  }
  return out;
}

const int = (v: string | undefined): number | undefined => {
  if (v === undefined || !/^\d+$/.test(v.trim())) return undefined;
  return Number(v.trim());
};

/** The annotations among workflow commands, with numeric positions. */
export function annotationsOf(commands: WorkflowCommand[]): Annotation[] {
  const out: Annotation[] = [];
  for (const c of commands) {
    if (c.command !== 'error' && c.command !== 'warning' && c.command !== 'notice') continue;
    // Property names are case-insensitive on the runner (an OrdinalIgnoreCase dictionary).
    const p = Object.fromEntries(Object.entries(c.properties).map(([k, v]) => [k.toLowerCase(), v]));
    const a: Annotation = { level: c.command, message: c.message };
    if (p.file !== undefined) a.file = p.file;
    const fields = {
      line: int(p.line),
      col: int(p.col),
      endLine: int(p.endline),
      endColumn: int(p.endcolumn),
    };
    for (const [k, v] of Object.entries(fields)) if (v !== undefined) a[k as keyof typeof fields] = v;
    if (p.title !== undefined) a.title = p.title;
    out.push(a);
  }
  return out;
}
