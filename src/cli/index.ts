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
