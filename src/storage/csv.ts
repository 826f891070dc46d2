import { isPartial } from '../engine/completionRecord';
import { t } from '../i18n/i18n';
import type { CompletionRecord, CrampRecord } from './db';

const pad = (value: number) => String(value).padStart(2, '0');

/** Local date and time as the person lived it, from the offset stored with the record. */
function localParts(timeMs: number, utcOffsetMinutes: number): { date: string; time: string } {
  const local = new Date(timeMs + utcOffsetMinutes * 60_000);
  return {
    date: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
  };
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Quotes a cell when needed; a leading = + - @ is defused so spreadsheets show it as text. */
function cell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The column titles, in the person's language. */
const header = () => [
  t('data.csvKind'),
  t('data.csvNight'),
  t('data.csvDate'),
  t('data.csvTime'),
  t('data.csvTimeZone'),
  t('data.csvRoutine'),
  t('data.csvMinutes'),
  t('data.csvStepsDone'),
  t('data.csvStepsSkipped'),
  t('data.csvLeg'),
  t('data.csvMuscle'),
  t('data.csvSeverity'),
  t('data.csvNote'),
];

/**
 * One table of stretch sessions and cramps, oldest first, for a doctor's visit. Times are local
 * to where each happened; the night column is the evening it counts for.
 */
export function historyCsv(
  completions: readonly CompletionRecord[],
  cramps: readonly CrampRecord[],
): string {
  const rows: { at: number; cells: (string | number)[] }[] = [];
  for (const record of completions) {
    const { date, time } = localParts(record.completedAt, record.utcOffsetMinutes);
    rows.push({
      at: record.completedAt,
      cells: [
        t('data.csvKindValue', {
          kind: record.mode === 'relief' ? 'relief' : isPartial(record) ? 'partial' : 'stretch',
        }),
        record.night,
        date,
        time,
        offsetText(record.utcOffsetMinutes),
        record.routineName,
        Math.round(record.durationMs / 6_000) / 10,
        record.stepsDone.length,
        record.stepsSkipped.length,
        '',
        '',
        '',
        '',
      ],
    });
  }
  for (const record of cramps) {
    const { date, time } = localParts(record.at, record.utcOffsetMinutes);
    rows.push({
      at: record.at,
      cells: [
        t('data.csvKindValue', { kind: 'cramp' }),
        record.night,
        date,
        time,
        offsetText(record.utcOffsetMinutes),
        '',
        '',
        '',
        '',
        t('data.csvLegValue', { leg: record.leg }),
        t('data.csvMuscleValue', { muscle: record.muscle }),
        record.severity,
        record.note,
      ],
    });
  }
  rows.sort((a, b) => a.at - b.at);
  const lines = [header(), ...rows.map((row) => row.cells)].map((cells) =>
    cells.map(cell).join(','),
  );
  // The byte-order mark lets spreadsheet programs read accented notes correctly.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
