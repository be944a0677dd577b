/**
 * Labels compare as written in the predictions file, although DuckDB's CSV sniffer reads yes/no and
 * true/false columns as BOOLEAN and 1.0 as DOUBLE; a positive label found nowhere is an error.
 * Real DuckDB on small CSV and JSON Lines files.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { Engine } from '../../src/adapters/duckdb/engine.js';
import { classificationOf, fairnessOf } from '../../src/adapters/duckdb/metrics.js';
import { openSource } from '../../src/adapters/duckdb/source.js';
import { tempDir, writeFiles } from '../helpers/repo.js';

const dir = tempDir('mlops-labels-');
writeFiles(dir, {
  // Group a: one of each (true, predicted) pair; group b: (no,no) twice, (yes,no), (yes,yes).
  'yes-no.csv': 'g,y,yhat\na,yes,yes\na,yes,no\na,no,no\na,no,yes\nb,no,no\nb,no,no\nb,yes,no\nb,yes,yes\n',
  'true-false.csv':
    'g,y,yhat\na,true,true\na,true,false\na,false,false\na,false,true\nb,false,false\nb,false,false\nb,true,false\nb,true,true\n',
  // The prediction column as a float writer leaves it: 1.0 and 0.0 are the labels 1 and 0.
  'zero-one.csv': 'g,y,yhat\na,1,1.0\na,1,0.0\na,0,0.0\na,0,1.0\nb,0,0.0\nb,0,0.0\nb,1,0.0\nb,1,1.0\n',
  'spam.csv': 'g,y,yhat\na,spam,spam\nb,ham,spam\n',
  'booleans.jsonl':
    '{"g":"a","y":true,"yhat":false}\n{"g":"a","y":false,"yhat":false}\n{"g":"b","y":true,"yhat":true}\n',
});

let engine: Engine;
beforeAll(async () => {
  engine = await Engine.open({ memoryLimit: '256MB', threads: 1 });
});
afterAll(() => engine.close());

let views = 0;
const source = (file: string) =>
  openSource(engine, path.join(dir, file), `labels${++views}`, { typed: true, displayPath: file });
const rates = (s: Awaited<ReturnType<typeof fairnessOf>>) =>
  s.groups.map((g) => [g.group, g.selectionRate, g.truePositiveRate, g.falsePositiveRate]);
const fairness = async (file: string, positive?: string[]) =>
  fairnessOf(engine, await source(file), { label: 'y', prediction: 'yhat', sensitive: ['g'], positive });

describe('fairness labels as written in the file', () => {
  it('counts "no" as the positive label of a yes/no column', async () => {
    // given a yes/no CSV (sniffed as BOOLEAN) and the positive label "no"
    // when
    const s = await fairness('yes-no.csv', ['no']);
    // then a: tp (no,no), fp (yes,no), fn (no,yes), tn (yes,yes); b: tp 2, fp 1, tn 1
    expect(rates(s)).toEqual([
      ['a', 0.5, 0.5, 0.5],
      ['b', 0.75, 1, 0.5],
    ]);
    expect(s.equalOpportunityDifference).toBe(0.5);
  });

  it('counts "yes" as positive by default', async () => {
    const s = await fairness('yes-no.csv');
    expect(rates(s)).toEqual([
      ['a', 0.5, 0.5, 0.5],
      ['b', 0.25, 0.5, 0],
    ]);
  });

  it('takes "false" as the positive label of a true/false column', async () => {
    const s = await fairness('true-false.csv', ['false']);
    expect(rates(s)).toEqual([
      ['a', 0.5, 0.5, 0.5],
      ['b', 0.75, 1, 0.5],
    ]);
  });

  it('matches the positive label 1 to 1.0 in a float prediction column', async () => {
    const s = await fairness('zero-one.csv', ['1']);
    expect(rates(s)).toEqual([
      ['a', 0.5, 0.5, 0.5],
      ['b', 0.25, 0.5, 0],
    ]);
  });

  it('matches booleans of JSON Lines by their JSON spelling', async () => {
    const s = await fairness('booleans.jsonl', ['false']);
    // a: (true,false) fp, (false,false) tp; b: (true,true) tn
    expect(rates(s)).toEqual([
      ['a', 1, 1, 1],
      ['b', 0, 0, 0],
    ]);
  });

  it('rejects a positive label that occurs in neither column, listing the values', async () => {
    await expect(fairness('yes-no.csv', ['No'])).rejects.toThrow(
      "the positive label 'No' occurs neither in 'y' nor in 'yhat' of yes-no.csv (their values: 'no', 'yes')",
    );
  });

  it('rejects labels without any default positive label instead of reporting zero rates', async () => {
    await expect(fairness('spam.csv')).rejects.toThrow(
      "none of the default positive labels (1, true, yes) occurs in 'y' or 'yhat' of spam.csv (their values: 'ham', 'spam')",
    );
  });
});

describe('evaluation labels as written in the file', () => {
  const evaluate = async (file: string, positive?: string) =>
    (await classificationOf(engine, await source(file), { label: 'y', prediction: 'yhat', positive })).get(
      '',
    )!;

  it('reports yes/no labels as written and scores the positive label "no"', async () => {
    // given 8 rows: (no,no) 3, (no,yes) 1, (yes,no) 2, (yes,yes) 2
    const m = await evaluate('yes-no.csv', 'no');
    // then precision of "no" = 3 / 5, recall = 3 / 4
    expect(m.labels).toEqual(['no', 'yes']);
    expect(m.confusion).toEqual([
      [3, 1],
      [2, 2],
    ]);
    expect(m.binary).toEqual({
      positive: 'no',
      precision: 0.6,
      recall: 0.75,
      f1: (2 * 0.6 * 0.75) / (0.6 + 0.75),
    });
  });

  it('treats 1 and 1.0 as one label', async () => {
    const m = await evaluate('zero-one.csv', '1.0');
    expect(m.labels).toEqual(['0', '1']);
    expect(m.confusion).toEqual([
      [3, 1],
      [2, 2],
    ]);
    expect(m.binary?.positive).toBe('1');
    expect(m.accuracy).toBe(5 / 8);
  });

  it('rejects a positive label that is not a label, as scikit-learn does', async () => {
    await expect(evaluate('true-false.csv', 'yes')).rejects.toThrow(
      "the positive label 'yes' is not a label of 'y' or 'yhat' in true-false.csv (labels: 'false', 'true')",
    );
  });

  it('computes ROC AUC against the positive label "no" of a yes/no column', async () => {
    // given scores for "no": the two "no" rows score higher than the two "yes" rows
    writeFiles(dir, { 'scored.csv': 'y,yhat,p\nno,no,0.9\nno,no,0.8\nyes,yes,0.2\nyes,no,0.6\n' });
    const m = (
      await classificationOf(engine, await source('scored.csv'), {
        label: 'y',
        prediction: 'yhat',
        score: 'p',
        positive: 'no',
      })
    ).get('')!;
    expect(m.roc_auc).toBe(1);
  });
});
