import { describe, expect, it } from '@jest/globals';
import { MAX_DISPATCH_KEYS, alertMarker, parseAlertBody, pruneDispatches, renderAlertBody, rollbackCommand, withSection } from '../../../src/core/monitor/alert.js';
import { hasMarker } from '../../../src/core/report/marker.js';

const marker = alertMarker('churn', 'production');
const head = { status: '**Status:** warning', runbook: 'docs/runbooks/churn.md', rollback: rollbackCommand('churn', 'production') };

describe('the alert issue body', () => {
  it('carries the marker, runbook and exact rollback command, and reads back its records and sections', () => {
    const dispatches = [{ cause: 'drift', key: 'drift', at: '2026-11-27T06:00:00.000Z', run: '7' }];
    const sections = [{ run: '7', text: '### 2026-11-27 06:00 UTC · run 7\n\nDrift in 5 of 8 columns.' }];

    const body = renderAlertBody(marker, { ...head, dispatches, sections });

    expect(hasMarker(body, marker)).toBe(true);
    expect(body).toContain('**Runbook:** docs/runbooks/churn.md');
    expect(body).toContain('`mlops deploy rollback churn production`');
    expect(parseAlertBody(body)).toEqual({ dispatches, sections });
  });

  it('adds a section per run but keeps a rerun\'s section as it was', () => {
    const first = [{ run: '7', text: 'first' }];

    expect(withSection(first, { run: '8', text: 'second' }).map((s) => s.run)).toEqual(['7', '8']);
    expect(withSection(first, { run: '7', text: 'changed' })).toEqual(first);
  });

  it('drops the oldest sections to stay within the size limit', () => {
    const sections = ['1', '2', '3'].map((run) => ({ run, text: 'x'.repeat(400) }));

    const body = renderAlertBody(marker, { ...head, dispatches: [], sections }, 1500);

    expect(parseAlertBody(body).sections.map((s) => s.run)).toEqual(['2', '3']);
    expect(body).toContain('1 older section(s) removed');
  });

  it('ignores hand-edited dispatch lines that are not records', () => {
    expect(parseAlertBody('<!-- mlops:dispatch {oops} -->\n<!-- mlops:dispatch {"cause":"drift","at":"never"} -->').dispatches).toEqual([]);
  });
});

describe('the dispatch records an alert keeps', () => {
  const at = (hour: number) => new Date(Date.UTC(2026, 10, 1) + hour * 3_600_000).toISOString();

  it('keeps the newest record of each key, whatever the order they were read in', () => {
    const records = [
      { cause: 'drift', key: 'drift', at: at(5), run: '5' },
      { cause: 'drift', key: 'drift', at: at(1), run: '1' },
      { cause: 'new_data', key: 'new_data:customers@v3', at: at(2), run: '2' },
    ];
    expect(pruneDispatches(records)).toEqual([records[2], records[0]]);
  });

  it('remembers a bounded number of keys, dropping the oldest (an hourly schedule never outgrows the issue body)', () => {
    const records = Array.from({ length: MAX_DISPATCH_KEYS + 50 }, (_, i) => ({ cause: 'new_data', key: `new_data:d@v${i}`, at: at(i), run: String(i) }));
    const kept = pruneDispatches(records);
    expect(kept).toHaveLength(MAX_DISPATCH_KEYS);
    expect(kept[0]!.key).toBe('new_data:d@v50');
    expect(kept.at(-1)!.key).toBe(`new_data:d@v${MAX_DISPATCH_KEYS + 49}`);
  });
});
