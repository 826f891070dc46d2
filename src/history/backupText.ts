import { t } from '../i18n/i18n';
import type { ImportConflicts, ImportCounts } from '../storage/backup';
import type { Erased } from '../storage/erase';

type RecordCounts = Pick<ImportCounts, 'completions' | 'cramps' | 'routines'>;

/**
 * A sentence made when it is shown, so a message kept on screen follows a change of language.
 * State and signals hold these, never the translated text.
 */
export type Words = () => string;

/** "a, b and c" in the person's language (each part already a whole counted phrase). */
function listed(parts: string[]): string {
  const [first = '', second = '', third = '', fourth = '', fifth = ''] = parts;
  switch (parts.length) {
    case 1:
      return first;
    case 2:
      return t('data.listTwo', { first, second });
    case 3:
      return t('data.listThree', { first, second, third });
    case 4:
      return t('data.listFour', { first, second, third, fourth });
    default:
      return t('data.listFive', { first, second, third, fourth, fifth });
  }
}

/** "3 sessions, 1 cramp and 2 routines of your own" (routines only when there are some). */
export function countsText(counts: RecordCounts): string {
  const values = { sessions: counts.completions, cramps: counts.cramps, routines: counts.routines };
  return counts.routines > 0 ? t('data.countsWithRoutines', values) : t('data.counts', values);
}

/** Names records the file holds in another version than this phone, or null when none do. */
export function conflictsText(conflicts: ImportConflicts): string | null {
  const parts = [
    ...(conflicts.completions > 0
      ? [t('data.countSessions', { count: conflicts.completions })]
      : []),
    ...(conflicts.cramps > 0 ? [t('data.countCramps', { count: conflicts.cramps })] : []),
    ...(conflicts.routines > 0 ? [t('data.countRoutines', { count: conflicts.routines })] : []),
  ];
  if (parts.length === 0) return null;
  const one = conflicts.completions + conflicts.cramps + conflicts.routines === 1;
  return t(one ? 'data.conflictOne' : 'data.conflictMany', { list: listed(parts) });
}

/** What erasing removed, in one sentence. */
export function erasedText(erased: Erased): string {
  const parts = [
    t('data.countSessions', { count: erased.completions }),
    t('data.countCramps', { count: erased.cramps }),
  ];
  if (erased.routines > 0) parts.push(t('data.countRoutines', { count: erased.routines }));
  if (erased.settings) parts.push(t('data.yourSettings'));
  if (erased.unfinishedSession) parts.push(t('data.unfinishedRoutine'));
  return t('data.erased', { list: listed(parts) });
}

/** Names the records History had to leave out, or null when every one could be read. */
export function unreadableText(unreadable: { completions: number; cramps: number }): string | null {
  const { completions, cramps } = unreadable;
  if (completions > 0 && cramps > 0) {
    return t('history.unreadableBoth', { sessions: completions, cramps });
  }
  if (completions > 0) return t('history.unreadableSessions', { count: completions });
  if (cramps > 0) return t('history.unreadableCramps', { count: cramps });
  return null;
}
