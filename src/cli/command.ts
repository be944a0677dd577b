/** What every `mlops` subcommand implements; groups register in src/cli/commands/index.ts. */
export interface CommandContext {
  /** Working directory the command runs in (the repository root or below it). */
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export interface Command {
  /** The words that select it, e.g. `validate` or `experiment record`. */
  name: string;
  /** One line for `mlops --help`. */
  summary: string;
  /** Full usage text for `mlops <name> --help`. */
  usage: string;
  /** Returns the exit code: 0 clean, 1 findings of severity error, 2 usage error. */
  run(args: string[], ctx: CommandContext): Promise<number>;
}
