/** `mlops init card model|data NAME`: a card template that passes `mlops validate` once filled in. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../adapters/fs/config.js';
import { insideRoot } from '../../adapters/fs/inside.js';
import { Git } from '../../adapters/git.js';
import { dataCardTemplate, modelCardTemplate } from '../../core/cards/templates.js';
import { isUserError, UsageError, UserError } from '../../core/errors.js';
import { bool, parse, str } from '../args.js';
import type { Command, CommandContext } from '../command.js';

const NAME = /^[a-z0-9]([a-z0-9._-]*[a-z0-9])?$/;
const usage = `usage: mlops init card model|data NAME [--dir DIR] [--force]

Writes a model card (MODEL_CARD.md) or data card (DATA_CARD.md) template with every key and
section the standard profile requires. It passes \`mlops validate\` once every TODO is filled in.

The folder is DIR, else the model's or dataset's folder in .github/mlops.yml, else
models/NAME or data/NAME.

options:
  --dir DIR   folder to write the card into (relative to the repository root)
  --force     overwrite an existing card
`;

export const initCardCommand: Command = {
  name: 'init card',
  summary: 'write a model or data card template',
  usage,
  async run(args: string[], ctx: CommandContext): Promise<number> {
    const { kind, name, dir, force } = parseCardArgs(args);
    const root = await repositoryRoot(ctx.cwd);
    const { config } = await loadConfig(root);
    const configured = kind === 'model' ? config.models.find((m) => m.name === name)?.path : config.datasets.find((d) => d.name === name)?.path;
    const folder = dir ?? configured ?? (kind === 'model' ? `models/${name}` : `data/${name}`);
    const rel = path.posix.join(folder.split(path.sep).join('/'), kind === 'model' ? 'MODEL_CARD.md' : 'DATA_CARD.md');
    const target = path.resolve(root, rel);
    const inside = path.relative(root, target);
    if (inside.startsWith('..') || path.isAbsolute(inside)) throw new UsageError(`--dir ${folder} is outside the repository`);
    insideRoot(root, rel, dir ? undefined : '.github/mlops.yml'); // nor through a symlink that leads out
    await mkdir(path.dirname(target), { recursive: true });
    const text = kind === 'model' ? modelCardTemplate(name) : dataCardTemplate(name);
    try {
      await writeFile(target, text, { flag: force ? 'w' : 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UserError(`${rel} already exists`, { file: rel, hint: 'pass --force to overwrite it' });
      throw error;
    }
    ctx.stdout(`wrote ${rel}: fill in every TODO, then run \`mlops validate\`\n`);
    return 0;
  },
};

/** `model|data NAME [--dir DIR] [--force]`; a bad command line is a usage error (exit 2). */
function parseCardArgs(args: string[]): { kind: 'model' | 'data'; name: string; dir?: string; force: boolean } {
  const { values, positionals } = parse(args, { dir: { type: 'string' }, force: { type: 'boolean' } }, usage);
  // The card is a file, not a report: there is no JSON form to print.
  if (bool(values, 'json')) throw new UsageError('--json is not an option of init card', usage.split('\n')[0]);
  const [kind, name, extra] = positionals;
  if ((kind !== 'model' && kind !== 'data') || !name || extra !== undefined) throw new UsageError('expected `model` or `data` and a NAME', 'usage: mlops init card model|data NAME');
  if (!NAME.test(name)) throw new UsageError(`'${name}' is not a valid card name`, 'use lower case letters, digits, `.`, `_` and `-`');
  const dir = str(values, 'dir');
  if (dir === '') throw new UsageError('--dir needs a folder');
  return { kind, name, dir, force: bool(values, 'force') };
}

/** The git repository root above cwd (a plain folder is used as it is), as `mlops validate` finds it. */
function repositoryRoot(cwd: string): Promise<string> {
  return new Git(cwd).root().catch((error: unknown) => (isUserError(error) ? cwd : Promise.reject(error)));
}
