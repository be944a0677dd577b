/**
 * Business and system metrics files: JSON (`{"conversion": 0.031}`, nested objects flattened with dots)
 * or CSV, either `metric,value` rows or one header of metric names with the values on the last row
 * (the newest, for an appended log). Anything that is not a finite number is a UserError on its line.
 */
import { UserError } from '../errors.js';

/** Parses a metrics file's text into named numbers. */
export function parseMetricsFile(text: string, file: string): Record<string, number> {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) throw new UserError(`${file} is empty`, { file, line: 1, hint: 'Write a JSON object of metric names to numbers, or a CSV with `metric,value` rows.' });
  if (body.startsWith('{')) return fromJson(body, file);
  return fromCsv(body, file);
}

function fromJson(text: string, file: string): Record<string, number> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${file} is not valid JSON: ${(error as Error).message}`, { file, hint: 'Write an object such as {"conversion_rate": 0.031}.' });
  }
  const out: Record<string, number> = {};
  const walk = (v: unknown, prefix: string) => {
    if (typeof v === 'number' && Number.isFinite(v)) out[prefix] = v;
    else if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) walk(x, prefix ? `${prefix}.${k}` : k);
  };
  walk(value, '');
  return out;
}

function fromCsv(text: string, file: string): Record<string, number> {
  const lines = text.split(/\r?\n/).map((l) => l.split(',').map((c) => c.trim().replace(/^"(.*)"$/, '$1')));
  const header = lines[0]!;
  const number = (cell: string | undefined, line: number): number => {
    const x = Number(cell);
    if (cell === undefined || cell === '' || !Number.isFinite(x)) throw new UserError(`${file}:${line}: '${cell ?? ''}' is not a number`, { file, line, hint: 'Metric values must be plain numbers (0.031, 120).' });
    return x;
  };
  const out: Record<string, number> = {};
  if (header.length === 2 && /^(metric|name)$/i.test(header[0]!) && /^value$/i.test(header[1]!)) {
    lines.slice(1).forEach((cells, i) => {
      if (cells.length === 1 && cells[0] === '') return;
      out[cells[0]!] = number(cells[1], i + 2);
    });
    return out;
  }
  if (lines.length < 2) throw new UserError(`${file} has a header but no values`, { file, line: 1, hint: 'Add a row of values under the metric names.' });
  const last = lines.length;
  header.forEach((name, i) => (out[name] = number(lines[last - 1]![i], last)));
  return out;
}
