/** What `mlops doctor` knows about a repository: gathered by src/adapters/init/facts.ts, graded here. */
import type { MlopsConfig } from '../config/index.js';

/** One model or data card: what it declares and the rules it breaks. */
export interface CardFact {
  file: string;
  kind: 'model' | 'data';
  name?: string;
  version?: string;
  /** Rule ids of its error findings, e.g. `card/missing-section`. */
  errorRules: string[];
  /** Messages of its findings about sections (to name the missing ethics section). */
  sectionProblems: string[];
  /** Data cards: files declared with a sha256. */
  checksummedFiles: number;
  /** Data cards: a `schema` (the contract) is declared. */
  hasContract: boolean;
}

export interface RepoFacts {
  /** Repository-relative files (tracked and untracked, not ignored). */
  files: string[];
  /** The configuration file read, when there is one. */
  configFile?: string;
  configErrors: number;
  config: MlopsConfig;
  cards: CardFact[];
  /** Tag names (`exp/…`, `churn@v1.0.0`, `churn#production#3`, `data/customers@v1.0.0`). */
  tags: string[];
  /** Workflow files under .github/workflows/ with their text. */
  workflows: Record<string, string>;
  /** Dependency manifests (requirements*.txt, pyproject.toml, environment.yml …) with their text. */
  dependencies: Record<string, string>;
}
