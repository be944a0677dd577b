#!/usr/bin/env node
/** The `mlops` command: parses argv and hands over to the commands in src/cli/commands. */
import module from 'node:module';
import { main } from './main.js';

// Node ≥ 22.1 keeps compiled bytecode of the bundle between runs (in the OS temp folder): ~40 % off start-up.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// `mlops experiment list | head`: the reader left, which is not an error of ours (git and ls exit quietly too).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2));
// Nothing of ours runs after main: exit once stdout has flushed instead of letting Node tear down a
// heap no one needs (`registry show` holds ~10 MB for 10,000 tags: ~8 ms of teardown on the 2-core
// development machine). The compile cache is written first, as a natural exit would.
(module as { flushCompileCache?: () => void }).flushCompileCache?.();
process.stdout.write('', () => process.exit());
