#!/usr/bin/env node
// `npm run demo`: the whole lifecycle of examples/churn, offline, in under a minute: a copy of the
// example in a real git repository whose origin is the local GitHub API emulator, the built dist/
// bundles run exactly as a runner runs them (test/harness/runner.ts), a local model server for the
// deployment. Prints the story with the comments, summaries and issues a user would see, and writes
// them as a browsable report. Needs Node 24 (npm run puts node_modules/.bin/node first) and the
// built bundles (committed in dist/); a capability whose bundle is missing is skipped, saying so.
// Usage: npm run demo [-- --out DIR]
import { registerHooks, stripTypeScriptTypes } from 'node:module';
import path from 'node:path';

if (typeof registerHooks !== 'function' || typeof stripTypeScriptTypes !== 'function') {
  process.stderr.write(`npm run demo needs Node 24 (this is ${process.version}); run it through npm, which uses node_modules/.bin/node\n`);
  process.exit(2);
}
await import('./demo/ts-hooks.mjs');
const { Story } = await import('./demo/story.mjs');
const { openWorld } = await import('./demo/world.mjs');
const { lifecycle } = await import('./demo/lifecycle.mjs');

const story = new Story();
const world = await openWorld();
let code = 0;
try {
  await lifecycle(world, story);
} catch (error) {
  story.problem(`the demo stopped: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  await world.close();
}
const at = process.argv.indexOf('--out');
const out = at > 0 ? path.resolve(process.argv[at + 1]) : path.join(world.ws, '..', `${path.basename(world.ws)}-report`);
const page = story.write(out);
process.stdout.write(`\nDone in ${story.seconds()} s. Report: ${page} (and report.md beside it); repository: ${world.ws}\n`);
if (story.skipped.length) process.stdout.write(`Skipped (not built yet): ${story.skipped.join('; ')}\n`);
process.exit(code);
