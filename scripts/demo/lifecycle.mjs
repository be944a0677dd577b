// The story `npm run demo` plays: each chapter does what a team (or its workflows) does on GitHub and
// shows what they would see. Every result comes from the product's own bundles and the emulator.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OWNER, NAME } from './world.mjs';

/** Comments created or edited since `before` (a snapshot of bodies by id). */
const snapshot = (state) => new Map(state.comments.map((c) => [c.id, c.body]));
const changed = (state, before) => state.comments.filter((c) => before.get(c.id) !== c.body);

function showComments(story, w, before, number) {
  for (const c of changed(w.state, before)) {
    story.show(`💬 ${before.has(c.id) ? 'Comment updated in place' : 'Comment'} on #${number ?? c.issueNumber} by ${c.author}`, c.body);
  }
}

/** Says what went wrong when a step that should succeed fails (the tail of its log). */
function unexpected(story, bundle, r) {
  if (r.code !== 0) story.problem(`${bundle} failed (exit ${r.code}):\n${(r.stdout + r.stderr).trim().split('\n').slice(-6).join('\n')}`);
}

const annotationLines = (r) => r.annotations.map((a) => `- ${a.level} ${a.file ?? ''}${a.line ? `:${a.line}` : ''}: ${a.message.split('\n')[0]}`);

/** Runs a bundle if it is built; otherwise says that step is skipped. */
async function maybe(w, story, bundle, what, run) {
  if (!w.bundleBuilt(bundle)) return story.skip(what, `dist/${bundle} is not built`);
  return run();
}

export async function lifecycle(w, story) {
  await skeleton(w, story);
  const pr = await modelPullRequest(w, story);
  await mergeAndRegister(w, story, pr);
  await promote(w, story, 'staging', ['bob', 'carol'], true);
  await promote(w, story, 'production', ['bob', 'carol', 'dave'], false);
  await deploy(w, story);
  await monitor(w, story);
  await feedback(w, story);
  audit(w, story);
}

async function skeleton(w, story) {
  story.chapter('A repository with data, a data contract and .github/mlops.yml');
  story.say(`A copy of examples/churn in a new git repository whose origin is ${OWNER}/${NAME} on the local GitHub emulator.`);
  if (w.cliHas('init')) {
    const init = w.cli('init');
    story.show('$ mlops init', init.out, { lines: 25, code: true });
  } else story.skip('mlops init', 'dist/cli does not have the init command yet');
  w.git('add', '-A', '--', '.', ':(exclude)models', ':(exclude)metrics.json', ':(exclude)predictions.csv', ':(exclude)fairness.json');
  w.git('commit', '--quiet', '-m', 'Churn project: data with its card and contract, scripts, configuration, workflows');
  w.git('push', '--quiet', 'origin', 'main', 'main:release/staging', 'main:release/production');
  story.say('Pushed `main`, and the stage branches `release/staging` and `release/production` (empty stages).');
  if (w.cliHas('doctor')) story.show('$ mlops doctor', w.cli('doctor').out, { lines: 30, code: true });
  else story.skip('mlops doctor', 'dist/cli does not have the doctor command yet');
}

async function modelPullRequest(w, story) {
  story.chapter('Pull request: a new model, its card, and an experiment');
  const branch = 'add-churn-model';
  const cardPath = path.join(w.ws, 'models/churn/MODEL_CARD.md');
  const card = readFileSync(cardPath, 'utf8');
  w.git('checkout', '--quiet', '-b', branch);
  writeFileSync(cardPath, card.replace('version: 1.0.0', 'version: "1.0"'));
  w.git('add', '-A');
  w.git('commit', '--quiet', '-m', 'Add the churn model and its card');
  w.git('push', '--quiet', 'origin', branch);
  const { pull } = w.seed.pullRequest({ head: { ref: branch, sha: w.sha() }, base: { ref: 'main', sha: w.sha('origin/main') }, author: 'alice', title: 'Add the churn model' });
  story.say(`alice opens PR #${pull.number} "Add the churn model"; her card says \`version: "1.0"\`, which is not semver.`);
  let before = snapshot(w.state);
  await maybe(w, story, 'check', 'the root check action', async () => {
    const r = await w.action('check', w.events.pull(pull.number, branch, 'main'));
    story.say(`The root check action (configuration and cards) exits ${r.code}.`);
  });
  await maybe(w, story, 'validate-cards', 'card validation', async () => {
    const r = await w.action('validate-cards', w.events.pull(pull.number, branch, 'main'));
    story.say(`validate-cards exits ${r.code}; annotations on the exact lines:`);
    story.show('🔎 Annotations', annotationLines(r).join('\n') || '(none)');
    showComments(story, w, before, pull.number);
  });
  await maybe(w, story, 'check-data', 'the data contract check', async () => {
    const r = await w.action('check-data', w.events.pull(pull.number, branch, 'main'), { comment: 'false' });
    story.show(`📋 Job summary of check-data (exit ${r.code})`, r.summary, { lines: 15 });
  });

  const record = (inputs) => w.action('record-experiment', w.events.push(branch), {
    type: 'train', params: 'params.yaml', artifacts: 'models/churn/model.json', datasets: 'data/customers/DATA_CARD.md', seeds: '42', ...inputs,
  });
  let first = '';
  let experiment = '';
  await maybe(w, story, 'record-experiment', 'recording the experiments', async () => {
    if (!w.python()) story.skip('the first training run', 'python3 is not installed, so the demo cannot train');
    else {
      const params = path.join(w.ws, 'params.yaml');
      writeFileSync(params, readFileSync(params, 'utf8').replace(/^l2: .*$/m, 'l2: 0.5'));
      story.show('$ python3 scripts/train.py   # a first try: strong regularisation, l2 0.5', w.python('scripts/train.py'), { code: true });
      w.git('commit', '--quiet', '-am', 'Try strong regularisation (l2 0.5)');
      const a = await record({ metrics: 'metrics.json', note: 'first try: l2 0.5' });
      unexpected(story, 'record-experiment', a);
      first = a.outputs.name ?? '';
      story.say(`The training job records the run as \`${a.outputs.tag}\` with a pre-release.`);
      w.git('checkout', '--quiet', 'HEAD~1', '--', 'params.yaml', 'models/churn/model.json', 'metrics.json', 'predictions.csv');
      w.git('commit', '--quiet', '-m', 'Back to l2 0.001 (the trained model of the card)');
      story.say('Recall drops to 0.23 with l2 0.5: alice goes back to l2 0.001, the model the card describes.');
    }
    if (w.cliHas('fairness')) {
      const f = w.cli('fairness', '--predictions', 'predictions.csv', '--label', 'churned', '--prediction', 'prediction', '--sensitive', 'gender');
      story.show('$ mlops fairness --predictions predictions.csv --label churned --prediction prediction --sensitive gender', f.out, { lines: 20, code: true });
    }
    const r = await record({ metrics: 'metrics.json\nfairness.json', note: 'logistic regression, l2 0.001, 300 epochs' });
    unexpected(story, 'record-experiment', r);
    experiment = r.outputs.tag ?? '';
    story.say(`Recorded as \`${experiment}\` with a pre-release (${r.outputs['release-url'] ?? 'no release'}).`);
    story.show('📋 Job summary of record-experiment', r.summary, { lines: 20 });
  });

  writeFileSync(cardPath, experiment ? card.replace('risk: high\n', `risk: high\nexperiment: ${experiment}\n`) : card);
  w.git('commit', '--quiet', '-am', 'Card: a semver version, and the experiment that produced the model');
  w.git('push', '--quiet', 'origin', branch);
  pull.head.sha = w.sha();
  story.say('alice fixes the version and links the experiment in the card; the PR is re-checked.');
  before = snapshot(w.state);
  await maybe(w, story, 'validate-cards', 'card validation', async () => {
    const r = await w.action('validate-cards', w.events.pull(pull.number, branch, 'main', 'synchronize'));
    story.say(`validate-cards exits ${r.code}.`);
    showComments(story, w, before, pull.number);
  });
  before = snapshot(w.state);
  await maybe(w, story, 'compare-experiments', 'the experiment comparison', async () => {
    const inputs = first ? { experiments: experiment.replace(/^exp\//, ''), baseline: first } : {};
    const r = await w.action('compare-experiments', w.events.pull(pull.number, branch, 'main', 'synchronize'), inputs);
    story.say(`compare-experiments exits ${r.code}.`);
    showComments(story, w, before, pull.number);
  });
  return { number: pull.number, branch };
}

async function mergeAndRegister(w, story, pr) {
  story.chapter('Merge, and registration of churn v1.0.0');
  await w.client('bob').rest.pulls.merge({ owner: OWNER, repo: NAME, pull_number: pr.number });
  w.git('fetch', '--quiet', 'origin');
  w.git('checkout', '--quiet', 'main');
  w.git('reset', '--quiet', '--hard', 'origin/main');
  story.say(`bob merges PR #${pr.number}; the push to main runs the register action.`);
  await maybe(w, story, 'register', 'registration', async () => {
    const r = await w.action('register', w.events.push('main', 'bob'));
    unexpected(story, 'register', r);
    story.say(`register exits ${r.code}; tags written: ${(r.outputs.tags ?? '').split('\n').filter(Boolean).map((t) => `\`${t}\``).join(', ') || 'none'}.`);
    const rows = w.state.releases.filter((rel) => !rel.prerelease).map((rel) => `| \`${rel.tagName}\` | ${rel.assets.map((a) => a.name).join(', ')} |`);
    story.show('📦 Releases', ['| release | assets |', '| --- | --- |', ...rows].join('\n'));
  });
}

async function promote(w, story, stage, approvers, stepByStep) {
  story.chapter(`Promotion of churn v1.0.0 to ${stage}: a pull request into release/${stage}`);
  const branch = `promote/churn-v1.0.0-${stage}`;
  w.git('checkout', '--quiet', '-B', branch, 'main');
  w.git('push', '--quiet', 'origin', branch);
  const { pull } = w.seed.pullRequest({ head: { ref: branch, sha: w.sha() }, base: { ref: `release/${stage}`, sha: w.sha(`origin/release/${stage}`) }, author: 'alice', title: `Promote churn v1.0.0 to ${stage}` });
  story.say(`alice opens PR #${pull.number} into \`release/${stage}\`. The model is \`risk: high\`: the policy asks for one more approval than the stage's count, and a fairness report.`);
  if (!w.bundleBuilt('promotion-gate')) return story.skip(`the promotion gate for ${stage}`, 'dist/promotion-gate is not built');
  const gate = async (event) => {
    const before = snapshot(w.state);
    const r = await w.action('promotion-gate', event);
    return { r, comments: changed(w.state, before) };
  };
  if (stepByStep) {
    const first = await gate(w.events.pull(pull.number, branch, `release/${stage}`));
    story.say(`The gate: passed = ${first.r.outputs.passed}; the commit status \`mlops/promotion\` is ${w.state.statuses.at(-1)?.state}.`);
    for (const c of first.comments) story.show(`💬 Comment on #${pull.number} by ${c.author}`, c.body, { lines: 30 });
    for (const [i, login] of approvers.entries()) {
      w.seed.review({ pullNumber: pull.number, author: login, state: 'APPROVED', commitId: w.sha() });
      const next = await gate(w.events.review(pull.number, branch, `release/${stage}`, login));
      story.say(`${login} approves; the gate re-runs on the review: passed = ${next.r.outputs.passed}.`);
      if (i === approvers.length - 1) for (const c of next.comments) story.show(`💬 Comment updated in place on #${pull.number}`, c.body, { lines: 30 });
    }
  } else {
    for (const login of approvers) w.seed.review({ pullNumber: pull.number, author: login, state: 'APPROVED', commitId: w.sha() });
    const run = await gate(w.events.review(pull.number, branch, `release/${stage}`, approvers.at(-1)));
    story.say(`${approvers.join(', ')} approve; the gate: passed = ${run.r.outputs.passed}.`);
    for (const c of run.comments) story.show(`💬 Comment on #${pull.number}`, c.body, { lines: 30 });
  }
  const verdict = w.state.statuses.filter((s) => s.sha === w.sha() && s.context === 'mlops/promotion').at(-1);
  if (verdict?.state !== 'success') throw new Error(`the gate did not pass for ${stage}; a protected release branch would refuse the merge`);
  await w.client('bob').rest.pulls.merge({ owner: OWNER, repo: NAME, pull_number: pull.number });
  w.git('fetch', '--quiet', 'origin');
  w.git('checkout', '--quiet', '-B', `release/${stage}`, `origin/release/${stage}`);
  await maybe(w, story, 'register', `the ${stage} assignment`, async () => {
    const r = await w.action('register', w.events.push(`release/${stage}`, 'bob'));
    story.say(`Merged; the push to \`release/${stage}\` records the stage assignment: ${r.outputs.tags ? `\`${r.outputs.tags}\`` : 'nothing (exit ' + r.code + ')'}.`);
  });
}

async function deploy(w, story) {
  story.chapter('Canary deployment to production, on a local model server');
  if (!w.bundleBuilt('deploy')) return story.skip('deployment', 'dist/deploy is not built');
  const r = await w.action('deploy', w.events.push('release/production', 'bob'), { model: 'churn', stage: 'production' });
  unexpected(story, 'deploy', r);
  story.say(`deploy exits ${r.code}: status ${r.outputs.status}, serving ${r.outputs.serving}, rolled back: ${r.outputs['rolled-back']}.`);
  story.show('🚦 What the deploy script told the model server', w.server.applied.map((a) => `- ${a}`).join('\n'));
  story.show('📋 Job summary of deploy', r.summary, { lines: 30 });
  const d = w.state.deployments.at(-1);
  if (d) story.say(`GitHub Deployment #${d.id} in environment \`${d.environment}\` on \`${d.ref}\`: ${d.statuses.map((s) => s.state).join(' → ')}.`);
  const customer = { tenure_months: 3, monthly_charges: 95.5, plan: 'basic', support_tickets: 4, age: 35 };
  const answer = await fetch(`${w.server.url}/primary/predict`, { method: 'POST', body: JSON.stringify(customer) }).then((res) => res.json());
  story.show('🔮 POST /primary/predict', `request: \`${JSON.stringify(customer)}\`\n\nanswer: \`${JSON.stringify(answer)}\``);
}

async function monitor(w, story) {
  story.chapter('Monitoring production: a healthy batch, then a drifted one');
  if (!w.bundleBuilt('monitor')) return story.skip('monitoring', 'dist/monitor is not built');
  w.git('checkout', '--quiet', 'main');
  const release = w.state.releases.find((r) => r.tagName === 'churn@v1.0.0');
  const reference = release?.assets.some((a) => /profile\.json$/.test(a.name)) ? {} : { reference: 'data/customers/train.csv' };
  story.say(reference.reference ? 'The reference is the training data.' : 'The reference is the training data profile stored in the release of v1.0.0 (profile.json).');
  const run = (name, runId) => w.action('monitor', w.events.schedule(), {
    model: 'churn', stage: 'production', batch: `production/batch-${name}-scored.csv`, 'ground-truth': `production/batch-${name}-ground-truth.csv`,
    'id-column': 'customer_id', 'label-column': 'churned', 'prediction-column': 'prediction', 'score-column': 'score', ...reference,
  }, { GITHUB_RUN_ID: runId });
  const healthy = await run('healthy', '1001');
  story.say(`Scheduled run on the healthy batch: severity ${healthy.outputs.severity}, alert issue: ${healthy.outputs['alert-action']}.`);
  const drifted = await run('drifted', '1002');
  story.say(`Scheduled run on the drifted batch: severity ${drifted.outputs.severity}, alert issue ${drifted.outputs['alert-action']} (#${drifted.outputs['alert-issue'] ?? '?'}), retraining dispatched for: ${drifted.outputs.dispatched || 'nothing'}.`);
  const issue = w.state.issues.find((i) => String(i.number) === drifted.outputs['alert-issue']);
  if (issue) story.show(`🚨 Issue #${issue.number} "${issue.title}" [${issue.labels.join(', ')}]`, issue.body ?? '', { lines: 40 });
  for (const d of w.state.dispatches) story.show('🔁 repository_dispatch', `event_type: \`${d.eventType}\`\n\nclient_payload: \`${JSON.stringify(d.clientPayload)}\``);
}

async function feedback(w, story) {
  story.chapter('Feedback: a wrong prediction reported through the issue form');
  if (!w.bundleBuilt('feedback')) return story.skip('feedback', 'dist/feedback is not built');
  const body = ['### Model', '', 'churn', '', '### Model version', '', 'v1.0.0', '', '### Prediction or request id', '', 'C20001', '', '### Input', '', '```json', '{"tenure_months": 37, "monthly_charges": 100.43, "plan": "standard", "support_tickets": 0, "age": 44}', '```', '', '### Predicted output', '', '1', '', '### Correct output', '', '0', '', '### What happened', '', 'The customer renewed for a year after the call.'].join('\n');
  const issue = w.seed.issue({ title: '[feedback] C20001 did not churn', body, author: 'carol', labels: ['model-feedback'] });
  const before = snapshot(w.state);
  const r = await w.action('feedback', w.events.issue(issue));
  unexpected(story, 'feedback', r);
  story.say(`carol files issue #${issue.number} with the form; the feedback action exits ${r.code}: ${r.outputs.added ?? 0} new row(s) in PR #${r.outputs['pull-request'] ?? '?'}.`);
  const pr = w.state.issues.find((i) => String(i.number) === r.outputs['pull-request']);
  if (pr) story.show(`🔀 PR #${pr.number} "${pr.title}"`, pr.body ?? '', { lines: 20 });
  showComments(story, w, before);
}

function audit(w, story) {
  story.chapter('Audit: every version’s journey, from the registry tags');
  if (!w.cliHas('registry audit')) return story.skip('the audit report', 'dist/cli is not built');
  w.git('fetch', '--quiet', '--tags', 'origin');
  story.show('$ mlops registry audit', w.cli('registry', 'audit').out, { lines: 40 });
}
