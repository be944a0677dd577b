/** Every `mlops` command, in the order `mlops --help` lists them. Add one import and one entry per group. */
import type { Command } from '../command.js';

export const commands: Command[] = [];
