/** Action `actions/validate-cards`: validates model and data cards and reports on every channel. */
import { cardsValidator } from '../cli/commands/cards.js';
import { readContext } from './lib/context.js';
import { clientFromInput } from './lib/github.js';
import { booleanInput, enumInput, pathsInput, stringInput } from './lib/inputs.js';
import { publishReport } from './lib/publish.js';
import { runAction } from './lib/run.js';

await runAction(async () => {
  const ctx = readContext();
  const paths = pathsInput('paths', ctx.workspace);
  const all = booleanInput('all', false);
  const failOn = enumInput('fail-on', ['error', 'warning', 'never'] as const, 'error');
  const comment = booleanInput('comment', true);
  const botLogin = stringInput('bot-login') || undefined;
  // PR mode: only the cards the pull request touches, diffed from its base to HEAD (the merge commit).
  const base = all || paths.length ? undefined : pullRequestBase(ctx.payload);
  const result = await cardsValidator({ paths, base, head: base ? 'HEAD' : undefined })(ctx.workspace);
  const report = { purpose: 'cards', title: 'Model and data cards', summary: result.summary, findings: result.findings, blocks: result.blocks };
  await publishReport(report, ctx, { comment, failOn, client: clientFromInput(ctx), botLogin });
});

/** `pull_request.base.sha` of a pull_request event, else undefined (push, schedule, dispatch: check all). */
function pullRequestBase(payload: Record<string, unknown>): string | undefined {
  const pr = payload.pull_request as { base?: { sha?: unknown } } | undefined;
  return typeof pr?.base?.sha === 'string' ? pr.base.sha : undefined;
}
