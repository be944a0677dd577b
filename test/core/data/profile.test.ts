import { describe, expect, it } from '@jest/globals';
import {
  binnedSummary,
  isProfile,
  profileHistogramCounts,
  type ColumnProfile,
} from '../../../src/core/data/profile.js';
import { dataDictionary } from '../../../src/core/data/dictionary.js';

const column: ColumnProfile = {
  name: 'x',
  type: 'DOUBLE',
  kind: 'numerical',
  count: 10,
  nulls: 0,
  distinct: 10,
  std: 2,
  top: [],
  other_count: 0,
  histogram: { edges: [0, 1, 2, 3], counts: [5, 3, 2] },
};

describe('a profile as a drift reference', () => {
  it('bins current values on the reference edges, clamping values outside them', () => {
    const counts = profileHistogramCounts(column, [-5, 0.5, 1.5, 2.5, 3, 9]);
    expect(counts.counts).toEqual([
      [5, 2],
      [3, 1],
      [2, 3],
    ]);
    expect(counts.referenceStd).toBe(2);
  });

  it('compares binned CDFs at the edges and integrates them between bin midpoints', () => {
    // reference all in bin 0, current all in bin 2: D = 1, Wasserstein = distance between midpoints 0.5 and 2.5
    const s = binnedSummary(
      [0, 1, 2, 3],
      [
        [4, 0],
        [0, 0],
        [0, 2],
      ],
    );
    expect(s).toEqual({ n1: 4, n2: 2, dInt: 8, wasserstein: 2 });
  });

  it('recognises a profile and tells it from data', () => {
    expect(isProfile({ version: 1, source: 'a.csv', rows: 0, columns: [] })).toBe(true);
    expect(isProfile([{ version: 1 }])).toBe(false);
  });
});

describe('data dictionary', () => {
  it('lists columns with constraints, descriptions and profile figures, escaping pipes', () => {
    const md = dataDictionary({
      name: 'customers',
      columns: [
        {
          name: 'age',
          type: 'integer',
          required: true,
          description: 'years | rounded',
          constraints: { minimum: 0 },
        },
      ],
      profile: {
        version: 1,
        source: 'c.csv',
        rows: 10,
        columns: [{ ...column, name: 'age', nulls: 1, distinct: 7, min: 18, max: 90, mean: 41.5 }],
      },
    });
    expect(md).toContain(
      '| `age` | integer | minimum: 0; required | years \\| rounded | 1 | 7 | 18 | 90 | 41.50 |',
    );
    expect(md).toContain('Profile of `c.csv`: 10 rows.');
  });
});
