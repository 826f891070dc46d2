import { describe, expect, it } from 'vitest';
import { beforeAndAfter, crampHours, crampRates, nightDataFrom } from '../engine/insights';
import { nightKeyFor } from '../engine/night';
import { insightsSample } from './sampleData';

describe('insightsSample', () => {
  const { completions, cramps } = insightsSample('2026-03-05');
  const data = nightDataFrom(completions, cramps);

  it('files every record under the night its time belongs to', () => {
    for (const record of completions) {
      expect(nightKeyFor(record.completedAt, record.utcOffsetMinutes)).toBe(record.night);
    }
    for (const cramp of cramps)
      expect(nightKeyFor(cramp.at, cramp.utcOffsetMinutes)).toBe(cramp.night);
  });

  it('holds the numbers the browser tests read', () => {
    expect(beforeAndAfter(data, '2026-03-05')).toMatchObject({
      windowNights: 28,
      recent: { stretched: 22, cramps: 3 },
      earlier: { stretched: 9, cramps: 8 },
    });
    expect(crampRates(data, '2026-03-05')).toEqual({
      stretched: { nights: 35, cramps: 1, per10Nights: 0.3 },
      other: { nights: 45, cramps: 12, per10Nights: 2.7 },
      enough: true,
    });
    expect(crampHours(cramps)[2]).toBe(5);
  });
});
