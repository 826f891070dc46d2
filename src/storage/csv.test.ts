import { describe, expect, it } from 'vitest';
import { historyCsv } from './csv';
import type { CompletionRecord, CrampRecord } from './db';

const completion: CompletionRecord = {
  id: 'bedtime-stretch@1',
  routineId: 'bedtime-stretch',
  routineName: 'Bedtime stretch',
  startedAt: Date.UTC(2026, 2, 5, 22, 0),
  completedAt: Date.UTC(2026, 2, 5, 22, 9),
  utcOffsetMinutes: -300,
  night: '2026-03-05',
  stepsDone: ['a', 'b', 'c'],
  stepsSkipped: ['d'],
  durationMs: 540_000,
  counted: true,
  heldSeconds: 300,
  countedNight: '2026-03-05',
};
const cramp: CrampRecord = {
  id: 'cramp-1',
  at: Date.UTC(2026, 2, 5, 2, 30),
  loggedAt: Date.UTC(2026, 2, 5, 2, 40),
  utcOffsetMinutes: 330,
  night: '2026-03-04',
  leg: 'left',
  muscle: 'calf',
  severity: 4,
  note: '=SUM(A1) "sharp", then sore\nnext day',
};

describe('historyCsv', () => {
  const csv = historyCsv([completion], [cramp]);
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');

  it('has a header, one row per record oldest first, and local times from the stored offset', () => {
    expect(lines[0]).toBe(
      'kind,night,date,time,time zone,routine,minutes,steps done,steps skipped,leg,muscle,severity (1-5),note',
    );
    expect(lines[1]).toMatch(/^cramp,2026-03-04,2026-03-05,08:00,UTC\+05:30,,,,,left,calf,4,/);
    expect(lines.at(-2)).toBe(
      'stretch,2026-03-05,2026-03-05,17:09,UTC-05:00,Bedtime stretch,9,3,1,,,,',
    );
    expect(lines.at(-1)).toBe('');
  });

  it('quotes notes and stops spreadsheets from running them as formulas', () => {
    expect(csv).toContain('"\'=SUM(A1) ""sharp"", then sore\nnext day"');
  });

  it('starts with a byte-order mark so accented notes open correctly', () => {
    expect(csv.startsWith('\uFEFFkind,')).toBe(true);
  });
});
