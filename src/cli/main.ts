import { version } from './version.js';

/** Runs the CLI and returns the exit code: 0 clean, 1 findings of severity error, 2 usage or internal error. */
export async function main(argv: string[]): Promise<number> {
  if (argv.includes('--version')) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  process.stdout.write('usage: mlops <command>\n');
  return argv.length === 0 || argv.includes('--help') ? 0 : 2;
}
