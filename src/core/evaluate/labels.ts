/**
 * Class labels as written in a predictions file. Numbers name one class whatever their spelling
 * (`1`, `1.0`, `1e0`), as pandas reads a numeric column before scikit-learn or Fairlearn compares
 * labels; any other value is a class exactly as written (`yes`, `no`, `true`, `Spam`).
 */

/** Whether a label is a number (the same test np.unique's numeric order applies, see compareLabels). */
export function isNumericLabel(value: string): boolean {
  return value.trim() !== '' && Number.isFinite(Number(value));
}

const classKey = (value: string): string => (isNumericLabel(value) ? `n:${Number(value)}` : `s:${value}`);

/** Maps each spelling to the one spelling that names its class (the shortest, then the first in text order). */
export function labelClasses(values: Iterable<string>): Map<string, string> {
  const spellings = new Map<string, string[]>();
  for (const v of new Set(values)) {
    const key = classKey(v);
    spellings.set(key, [...(spellings.get(key) ?? []), v]);
  }
  const out = new Map<string, string>();
  for (const list of spellings.values()) {
    const name = [...list].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0]!;
    for (const v of list) out.set(v, name);
  }
  return out;
}

/** The classes (canonical spellings from labelClasses) equal to one of the requested labels. */
export function matchingClasses(
  classes: ReadonlyMap<string, string>,
  requested: readonly string[],
): Set<string> {
  const wanted = new Set(requested.map(classKey));
  return new Set([...classes.values()].filter((name) => wanted.has(classKey(name))));
}

/** The spellings of `name` found in the data (for comparing a text column in SQL). */
export function spellingsOf(classes: ReadonlyMap<string, string>, name: string): string[] {
  return [...classes].filter(([, c]) => c === name).map(([raw]) => raw);
}

/** Up to `max` labels for a message, sorted, with how many were left out. */
export function listLabels(labels: Iterable<string>, max = 10): string {
  const all = [...new Set(labels)].sort();
  const shown = all
    .slice(0, max)
    .map((l) => `'${l}'`)
    .join(', ');
  return all.length > max ? `${shown} and ${all.length - max} more` : shown;
}
