/**
 * What `mlops init` writes to bring a repository to the standard (SPEC §2, issue #9): the config,
 * the starter workflows, card templates, the feedback issue form and the standard folders. Pure:
 * it gets what exists and the template texts, and returns only the files that are missing, so a
 * rerun writes nothing and nothing a user wrote is ever overwritten.
 */
import { dataCardTemplate, modelCardTemplate } from '../cards/templates.js';
import { CONFIG_PATHS } from '../config/index.js';

/** A file init would write, with the reason shown by --dry-run. */
export interface InitFile {
  /** Repository-relative, forward slashes. */
  path: string;
  content: string;
  why: string;
}

/** The texts init copies (read from the package's templates/ and workflows/ folders). */
export interface InitTemplates {
  /** templates/mlops.yml with {{project}}, {{models}} and {{datasets}}. */
  config: string;
  /** Starter workflows by file name (workflows/*.yml). */
  workflows: Record<string, string>;
  /** The feedback issue form, when the package ships one. */
  feedbackForm?: string;
}

/** The repository as init sees it. */
export interface InitInput {
  /** True when the repository-relative path exists (file or folder). */
  exists: (path: string) => boolean;
  project: string;
  /** Models and datasets: from the existing config, else the folders under models/ and data/. */
  models: Array<{ name: string; path: string }>;
  datasets: Array<{ name: string; path: string }>;
  templates: InitTemplates;
}

/** The standard project structure; an empty folder is kept in git by a .gitkeep file. */
export const STANDARD_FOLDERS = ['data', 'models', 'scripts', 'notebooks', 'tests', 'docs'] as const;

/** The files init would write, in the order it writes them; empty when the repository is complete. */
export function planInit(input: InitInput): InitFile[] {
  const files: InitFile[] = [];
  const add = (path: string, content: string, why: string) => {
    if (!input.exists(path) && !files.some((f) => f.path === path)) files.push({ path, content, why });
  };
  if (!CONFIG_PATHS.some(input.exists)) add('.github/mlops.yml', configText(input), 'the MLOps configuration');
  for (const [name, text] of Object.entries(input.templates.workflows).sort()) {
    add(`.github/workflows/${name}`, starterText(text, input.models[0]?.name), 'a starter workflow');
  }
  if (input.templates.feedbackForm) {
    add('.github/ISSUE_TEMPLATE/model-feedback.yml', input.templates.feedbackForm, 'the model feedback issue form');
  }
  for (const m of input.models) {
    if (!input.exists(`${m.path}/MODEL_CARD.md`) && !input.exists(`${m.path}/README.md`)) {
      add(`${m.path}/MODEL_CARD.md`, modelCardTemplate(m.name), `the model card of ${m.name}`);
    }
  }
  for (const d of input.datasets) {
    if (!input.exists(`${d.path}/DATA_CARD.md`) && !input.exists(`${d.path}/README.md`)) {
      add(`${d.path}/DATA_CARD.md`, dataCardTemplate(d.name), `the data card of ${d.name}`);
    }
  }
  for (const folder of STANDARD_FOLDERS) {
    if (!input.exists(folder) && !files.some((f) => f.path.startsWith(`${folder}/`))) {
      add(`${folder}/.gitkeep`, '', `the standard folder ${folder}/`);
    }
  }
  return files;
}

function configText(input: InitInput): string {
  const list = (items: Array<{ name: string; path: string }>, extra: string) =>
    items.length ? items.map((i) => `\n  - name: ${i.name}\n    path: ${i.path}${extra}`).join('') : ' []';
  return input.templates.config
    .replace('{{project}}', input.project)
    .replace('{{models}}', list(input.models, '\n    risk: medium'))
    .replace('{{datasets}}', list(input.datasets, ''));
}

/** The starter workflows name the example's model `churn`; a repository with a model gets its own name. */
function starterText(text: string, model: string | undefined): string {
  return model ? text.replaceAll('model: churn', `model: ${model}`) : text;
}
