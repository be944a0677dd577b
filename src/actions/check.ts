/** Root action (action.yml): the all-in-one PR check. The work is in lib/check.ts. */
import { runCheck } from './lib/check.js';
import { runAction } from './lib/run.js';

await runAction(runCheck);
