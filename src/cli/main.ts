import { isUserError } from '../core/errors.js';
import type { Command, CommandContext } from './command.js';
import { loadCommands } from './commands/index.js';
import { version } from './version.js';

/** Picks the command whose name matches the most leading words of argv. */
export function findCommand(argv: string[], all: readonly Command[]): { command?: Command; rest: string[] } {
  let best: Command | undefined;
  let bestWords = 0;
  for (const command of all) {
    const words = command.name.split(' ');
    if (words.length > bestWords && words.every((w, i) => argv[i] === w)) {
      best = command;
      bestWords = words.length;
    }
  }
  return { command: best, rest: argv.slice(bestWords) };
}

/** The text of `mlops --help`. */
export function helpText(all: readonly Command[]): string {
  const width = Math.max(0, ...all.map((c) => c.name.length));
  const lines = all.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'usage: mlops <command> [options]',
    '',
    'MLOps on GitHub alone: cards, data contracts, experiments, registry, promotion, deployment, monitoring.',
    '',
    'commands:',
    ...lines,
    '',
    'options: --help (any command), --version, --json (most commands)',
    '',
  ].join('\n');
}

/** Runs the CLI and returns the exit code: 0 clean, 1 findings of severity error, 2 usage or internal error. */
export async function main(argv: string[], ctx: Partial<CommandContext> = {}): Promise<number> {
  const io: CommandContext = {
    cwd: ctx.cwd ?? process.cwd(),
    env: ctx.env ?? process.env,
    stdout: ctx.stdout ?? ((t) => process.stdout.write(t)),
    stderr: ctx.stderr ?? ((t) => process.stderr.write(t)),
  };
  if (argv[0] === '--version' || argv[0] === '-V') {
    io.stdout(`${version}\n`);
    return 0;
  }
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout(helpText(await loadCommands()));
    return 0;
  }
  const { command, rest } = findCommand(argv, await loadCommands(argv[0]));
  if (!command) {
    io.stderr(`mlops: unknown command '${argv.join(' ')}'\n\n${helpText(await loadCommands())}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage.trimEnd()}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isUserError(error)) {
      const where = error.file ? `${error.file}${error.line ? `:${error.line}` : ''}${error.column ? `:${error.column}` : ''}: ` : '';
      io.stderr(`mlops ${command.name}: ${where}${error.message}\n${error.hint ? `hint: ${error.hint}\n` : ''}`);
      return isUsage(error) ? 2 : 1;
    }
    io.stderr(`mlops ${command.name}: this is a bug, please report it\n${(error as Error)?.stack ?? String(error)}\n`);
    return 2;
  }
}

function isUsage(error: Error): boolean {
  return error.name === 'UsageError';
}
