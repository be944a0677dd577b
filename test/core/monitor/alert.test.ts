import { describe, expect, it } from '@jest/globals';
import { alertMarker, parseAlertBody, renderAlertBody, rollbackCommand, withSection } from '../../../src/core/monitor/alert.js';
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
