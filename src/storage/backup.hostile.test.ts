import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { twoStretches } from '../engine/testRoutines';
import { createCheckedBackup, importBackup, previewImport, readBackup } from './backup';
import { saveCompletion } from './completions';
import { saveCramp } from './cramps';
import { openNightstretchDb } from './db';
import { dumpDatabase } from './dump';
import { crampDiary, nightlyCompletions } from './sampleData';

// 2026-03-10 22:00 in Berlin.
const NOW = Date.UTC(2026, 2, 10, 21);
const DAY = 86_400_000;

function fileWith(change: (data: Record<string, any>) => void = () => {}): string {
  const data: Record<string, any> = {
    format: 'nightstretch-backup',
    formatVersion: 2,
    appVersion: '0.1.0',
    exportedAt: '2026-03-10T21:00:00.000Z',
    completions: nightlyCompletions('2026-03-09', 3),
    cramps: crampDiary('2026-03-09', 2),
  };
  change(data);
  return JSON.stringify(data);
}

const refusal = (text: string) => {
  const result = readBackup(text, NOW);
  return result.ok ? 'accepted' : result.message;
};

describe('a hostile backup file', () => {
  it('is accepted when every night matches its time and nothing lies in the future', () => {
    expect(refusal(fileWith())).toBe('accepted');
  });

  it('refuses a session dated after today, which would count a phantom night', () => {
    const text = fileWith((data) => {
      data.completions.push(...nightlyCompletions('2026-03-12', 1));
    });
    expect(refusal(text)).toBe(
      'This backup is damaged. Field "completions[3].completedAt" is 2026-03-12, which has not come yet on this phone.',
    );
  });

  it('refuses a session whose night disagrees with the time it finished', () => {
    const text = fileWith((data) => {
      data.completions[1].night = '2026-03-01';
    });
    expect(refusal(text)).toBe(
      'This backup is damaged. Field "completions[1].night" is 2026-03-01, but the session finished on 2026-03-08, so the two disagree.',
    );
  });

  it('accepts a night one day before the time, as a cutoff hour after midnight makes it', () => {
    const text = fileWith((data) => {
      // 01:30 on 10 March in Berlin still belongs to the night of 9 March.
      const at = Date.UTC(2026, 2, 10, 0, 30);
      data.completions = [
        { ...data.completions[0], startedAt: at - 600_000, completedAt: at, night: '2026-03-09' },
      ];
    });
    expect(refusal(text)).toBe('accepted');
  });

  it('refuses a cramp in the future and one whose night disagrees with when it happened', () => {
    const future = fileWith((data) => {
      data.cramps[0].at = NOW + 2 * DAY;
    });
    expect(refusal(future)).toContain('Field "cramps[0].at" is 2026-03-12, which has not come yet');
    const moved = fileWith((data) => {
      data.cramps[1].night = '2026-02-01';
    });
    expect(refusal(moved)).toContain(
      'Field "cramps[1].night" is 2026-02-01, but the cramp happened',
    );
  });

  it('refuses unknown settings, __proto__ included, as at every other level', () => {
    expect(refusal(fileWith((data) => (data.settings = { volume: 0.5, colour: 'blue' })))).toBe(
      'This backup is damaged. Field "settings.colour" is not part of a Nightstretch backup.',
    );
    const proto = fileWith().replace(
      '"completions"',
      '"settings":{"__proto__":{"admin":true}},"completions"',
    );
    expect(refusal(proto)).toBe(
      'This backup is damaged. Field "settings.__proto__" is not part of a Nightstretch backup.',
    );
  });

  it('names a broken routine of the person own in plain words, not the schema library’s', () => {
    const text = fileWith((data) => {
      data.routines = [{ ...twoStretches, id: 'mine', steps: [] }];
    });
    expect(refusal(text)).toBe(
      'This backup is damaged. Field "routines[0].steps" must not be empty (it is an empty list).',
    );
    const longName = fileWith((data) => {
      data.routines = [{ ...twoStretches, id: 'mine', name: 'x'.repeat(41) }];
    });
    expect(refusal(longName)).toMatch(
      /^This backup is damaged\. Field "routines\[0\]\.name" must have at most 40 characters/,
    );
    expect(refusal(longName)).not.toContain('Invalid');
  });
});

describe('a record whose id is already here with different details', () => {
  it('is reported as a conflict and the one on this phone is kept', async () => {
    const db = await openNightstretchDb({ name: 'conflicts' });
    const [session, other] = nightlyCompletions('2026-03-09', 2);
    const [cramp] = crampDiary('2026-03-09', 1);
    if (!session || !other || !cramp) throw new Error('no sample data');
    await saveCompletion(db, session);
    await saveCompletion(db, other);
    await saveCramp(db, cramp);
    const before = await dumpDatabase(db);

    const result = readBackup(
      fileWith((data) => {
        data.completions = [{ ...session, routineName: 'Renamed' }, other];
        data.cramps = [{ ...cramp, severity: cramp.severity === 5 ? 4 : 5 }];
      }),
      NOW,
    );
    if (!result.ok) throw new Error(result.message);
    const preview = await previewImport(db, result.backup);
    expect(preview.conflicts).toEqual({ completions: 1, cramps: 1, routines: 0 });
    expect(preview.toAdd).toMatchObject({ completions: 0, cramps: 0 });
    await importBackup(db, result.backup);
    expect(await dumpDatabase(db)).toEqual(before);
  });
});

describe('a backup made on a phone holding a damaged record', () => {
  it('leaves the damaged record out and counts it, so the file can always be restored', async () => {
    const db = await openNightstretchDb({ name: 'damaged-export' });
    for (const record of nightlyCompletions('2026-03-09', 3)) await saveCompletion(db, record);
    await db.put('completions', { id: 'broken', night: '2026-03-05' } as never);
    await db.put('cramps', { ...crampDiary('2026-03-09', 1)[0], leg: 'middle' } as never);
    const { backup, leftOut } = await createCheckedBackup(db, '0.1.0', NOW);
    expect(leftOut).toEqual({ completions: 1, cramps: 1 });
    expect(backup.completions.map((record) => record.id)).toEqual(
      nightlyCompletions('2026-03-09', 3).map((record) => record.id),
    );
    expect(readBackup(JSON.stringify(backup), NOW).ok).toBe(true);
  });
});
