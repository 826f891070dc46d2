import { afterEach, describe, expect, it } from 'vitest';
import { loadAllMessages, useLanguage } from '../i18n/i18n';
import { readBackup } from './backup';
import { historyCsv } from './csv';
import type { CrampRecord } from './db';

// Refusals and the spreadsheet are in the person's language (English is covered by the other
// backup and CSV tests, which run in English and keep their wording).

const NOW = Date.UTC(2026, 2, 6, 12);
const refusal = (fields: Record<string, unknown>) => {
  const result = readBackup(
    JSON.stringify({
      format: 'nightstretch-backup',
      formatVersion: 3,
      appVersion: '0.1.0',
      exportedAt: '2026-03-05T20:00:00.000Z',
      completions: [],
      cramps: [],
      ...fields,
    }),
    NOW,
  );
  return result.ok ? null : result.message;
};

const cramp: CrampRecord = {
  id: 'cramp-1',
  at: Date.UTC(2026, 2, 5, 2, 30),
  loggedAt: Date.UTC(2026, 2, 5, 2, 40),
  utcOffsetMinutes: 60,
  night: '2026-03-04',
  leg: 'both',
  muscle: 'thigh',
  severity: 4,
  note: '',
};

describe('backup refusals and the spreadsheet in other languages', () => {
  afterEach(async () => {
    await useLanguage('en');
  });

  it('names the damaged field in German', async () => {
    await useLanguage('de');
    await loadAllMessages();
    expect(refusal({ cramps: [{ ...cramp, severity: 9 }] })).toBe(
      'Diese Sicherung ist beschädigt. Das Feld "cramps[0].severity": muss eine ganze Zahl von 1 bis 5 sein (es ist die Zahl 9).',
    );
    expect(refusal({ formatVersion: 99 })).toContain('neueren Nightstretch');
    expect(readBackup('not json', NOW)).toEqual({
      ok: false,
      message:
        'Diese Datei ist keine Nightstretch-Sicherung: Sie enthält keinen JSON-Text (sie ist vielleicht beschädigt, abgeschnitten oder eine andere Art von Datei).',
    });
  });

  it('says the same in English as before', () => {
    expect(refusal({ cramps: [{ ...cramp, severity: 9 }] })).toBe(
      'This backup is damaged. Field "cramps[0].severity" must be a whole number from 1 to 5 (it is the number 9).',
    );
    expect(refusal({ formatVersion: 'x' })).toBe(
      'This backup has format version "x", which Nightstretch does not know (it reads versions 1, 2 and 3).',
    );
  });

  it('writes the spreadsheet headers and words in French', async () => {
    await useLanguage('fr');
    const [header, row] = historyCsv([], [cramp]).replace('\uFEFF', '').split('\r\n');
    expect(header).toBe(
      'type,nuit,date,heure,fuseau horaire,routine,minutes,étapes faites,étapes passées,jambe,muscle,intensité (1-5),note',
    );
    expect(row).toContain('crampe,2026-03-04');
    expect(row).toContain(',les deux,cuisse,4,');
  });
});
