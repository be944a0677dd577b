/** SQL text helpers: identifiers are quoted, values are never inlined (they become $n parameters). */

/** Quotes an identifier for DuckDB SQL: double quotes, embedded quotes doubled (SQL standard). */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Collects bound parameters and hands out their `$n` placeholders. */
export class Params {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder. */
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
