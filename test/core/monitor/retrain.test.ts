import { describe, expect, it } from '@jest/globals';
import { planRetraining, scheduleDue, type RetrainCandidate } from '../../../src/core/monitor/retrain.js';

const drift: RetrainCandidate = { cause: 'drift', key: 'drift', evidence: {} };
const settings = { triggers: ['drift', 'degradation', 'new_data'] as const, cooldownHours: 24, now: new Date('2026-11-27T06:00:00Z'), run: '200' };

describe('planRetraining', () => {
  it('fires a cause the first time', () => {
    expect(planRetraining([drift], { ...settings, triggers: [...settings.triggers] }, []).fire).toEqual([drift]);
  });

  it('holds the same cause inside the cool-down and fires it again after', () => {
    const records = [{ cause: 'drift', key: 'drift', at: '2026-11-26T12:00:00Z', run: '100' }];

    const inside = planRetraining([drift], { ...settings, triggers: [...settings.triggers] }, records);
    const after = planRetraining([drift], { ...settings, triggers: [...settings.triggers], now: new Date('2026-11-27T12:00:01Z') }, records);

    expect(inside.fire).toEqual([]);
    expect(inside.held[0]?.why).toContain('cool-down');
    expect(after.fire).toEqual([drift]);
  });

  it('never fires twice from one run, even with no cool-down', () => {
    const records = [{ cause: 'drift', key: 'drift', at: '2026-11-27T06:00:00Z', run: '200' }];

    expect(planRetraining([drift], { ...settings, triggers: [...settings.triggers], cooldownHours: 0 }, records).fire).toEqual([]);
  });

  it('fires a new data version once ever, and another version again', () => {
    const v2: RetrainCandidate = { cause: 'new_data', key: 'new_data:customers@v2.0.0', evidence: {} };
    const v3: RetrainCandidate = { cause: 'new_data', key: 'new_data:customers@v3.0.0', evidence: {} };
    const records = [{ cause: 'new_data', key: v2.key, at: '2020-01-01T00:00:00Z', run: '1' }];

    expect(planRetraining([v2, v3], { ...settings, triggers: [...settings.triggers] }, records).fire).toEqual([v3]);
  });

  it('holds causes whose trigger is not configured', () => {
    const plan = planRetraining([drift], { ...settings, triggers: ['degradation'] }, []);

    expect(plan).toEqual({ fire: [], held: [{ candidate: drift, why: "the 'drift' trigger is not in retraining.triggers" }] });
  });
});

describe('scheduleDue', () => {
  it('is due on the scheduled run whose cron is the retraining schedule', () => {
    expect(scheduleDue('schedule', '0 3 * * 1', '0 3 * * 1')).toBe(true);
    expect(scheduleDue('schedule', '0 6 * * *', '0 3 * * 1')).toBe(false);
    expect(scheduleDue('workflow_dispatch', undefined, undefined)).toBe(false);
    expect(scheduleDue('schedule', '0 6 * * *', undefined)).toBe(true);
  });
});
