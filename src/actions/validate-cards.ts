/** Action `actions/validate-cards`: validates model and data cards and reports on every channel. */
import { validateCards } from '../adapters/fs/cards.js';
import { cardBlocks, cardsSummary } from '../core/cards/report.js';
import { pullRequestBase, readContext } from './lib/context.js';
import { lazyClientFromInput } from './lib/lazy-client.js';
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
  const result = await validateCards(ctx.workspace, { paths, base, head: base ? 'HEAD' : undefined });
  const report = { purpose: 'cards', title: 'Model and data cards', summary: cardsSummary(result.cards), findings: result.findings, blocks: cardBlocks(result.cards) };
  await publishReport(report, ctx, { comment, failOn, client: lazyClientFromInput(ctx), botLogin });
});
