/** actions/deploy: one model, one stage, the stage's strategy; the work is in lib/deploy.ts. */
import { runDeploy } from './lib/deploy.js';
import { runAction } from './lib/run.js';

await runAction(runDeploy);
