/**
 * Every `mlops` command group, in the order `mlops --help` lists them. A group is loaded only when
 * its first word is typed (or for `--help`), so the CLI starts with just the code it runs: DuckDB,
 * Octokit and the card parser are not loaded for `mlops --version` or `mlops registry show`.
 */
import type { Command } from '../command.js';

export interface CommandGroup {
  /** The first words of the group's commands (`data`, `fairness`, `evaluate` share one group). */
  words: string[];
  load(): Promise<Command[]>;
}

export const groups: CommandGroup[] = [
  { words: ['validate'], load: async () => [(await import('./validate.js')).validateCommand] },
  { words: ['init'], load: async () => [(await import('./init.js')).initCommand, (await import('./cards.js')).initCardCommand] },
  { words: ['doctor'], load: async () => [(await import('./doctor.js')).doctorCommand] },
  { words: ['experiment'], load: async () => (await import('./experiment.js')).experimentCommands },
  { words: ['registry'], load: async () => (await import('./registry.js')).registryCommands },
  { words: ['gate'], load: async () => (await import('./gate.js')).gateCommands },
  { words: ['deploy'], load: async () => (await import('./deploy.js')).deployCommands },
  { words: ['data', 'fairness', 'evaluate'], load: async () => (await import('./data.js')).dataCommands },
  { words: ['monitor'], load: async () => (await import('./monitor.js')).monitorCommands },
  { words: ['feedback'], load: async () => (await import('./feedback.js')).feedbackCommands },
];

/** The commands whose first word is `word`, or every command when `word` is undefined. */
export async function loadCommands(word?: string): Promise<Command[]> {
  const chosen = word === undefined ? groups : groups.filter((g) => g.words.includes(word));
  return (await Promise.all(chosen.map((g) => g.load()))).flat();
}
