/** Every `mlops` command, in the order `mlops --help` lists them. Add one import and one entry per group. */
import type { Command } from '../command.js';
import { experimentCommands } from './experiment.js';
import { validateCommand } from './validate.js';
import { initCardCommand } from './cards.js';
import { dataCommands } from './data.js';
import { registryCommands } from './registry.js';
import { gateCommands } from './gate.js';
import { deployCommands } from './deploy.js';
import { initCommand } from './init.js';
import { doctorCommand } from './doctor.js';
import { monitorCommands } from './monitor.js';
import { feedbackCommands } from './feedback.js';

export const commands: Command[] = [validateCommand, initCommand, doctorCommand, initCardCommand, ...experimentCommands, ...registryCommands, ...gateCommands, ...deployCommands, ...dataCommands, ...monitorCommands, ...feedbackCommands];
