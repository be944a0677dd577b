/** Which configured datasets a change touches, so a pull request checks only its own data (SPEC §5). */
import type { DatasetEntry } from '../../core/config/index.js';
import { globToRegExp } from './cards.js';

/**
 * The datasets a change touches: a file under the dataset's folder, its card, or one of its
 * configured drift files (a pattern matches as the cards' `profiles` globs do).
 */
export function datasetsTouchedBy(
  datasets: readonly DatasetEntry[],
  changed: readonly string[],
): DatasetEntry[] {
  return datasets.filter((d) => {
    const folder = d.path.replace(/\/+$/, '');
    const drift = d.drift ? [d.drift.reference, d.drift.current].map((p) => globToRegExp(p)) : [];
    return changed.some((f) => f === d.card || f.startsWith(`${folder}/`) || drift.some((re) => re.test(f)));
  });
}
