#!/usr/bin/env node
/** The `mlops` command: parses argv and hands over to the commands in src/cli/commands. */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
