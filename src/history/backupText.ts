import type { ImportConflicts, ImportCounts } from '../storage/backup';
import type { Erased } from '../storage/erase';
import { plural } from '../ui/format';

type RecordCounts = Pick<ImportCounts, 'completions' | 'cramps' | 'routines'>;

function listed(parts: string[]): string {
  return parts.length === 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** "3 sessions, 1 cramp and 2 routines of your own" (routines only when there are some). */
export function countsText(counts: RecordCounts): string {
  const parts = [plural(counts.completions, 'session'), plural(counts.cramps, 'cramp')];
  if (counts.routines > 0) {
    parts.push(plural(counts.routines, 'routine of your own', 'routines of your own'));
  }
  return listed(parts);
}

/** Names records the file holds in another version than this phone, or null when none do. */
export function conflictsText(conflicts: ImportConflicts): string | null {
  const parts = [
    ...(conflicts.completions > 0 ? [plural(conflicts.completions, 'session')] : []),
    ...(conflicts.cramps > 0 ? [plural(conflicts.cramps, 'cramp')] : []),
    ...(conflicts.routines > 0
      ? [plural(conflicts.routines, 'routine of your own', 'routines of your own')]
      : []),
  ];
  if (parts.length === 0) return null;
  const one = conflicts.completions + conflicts.cramps + conflicts.routines === 1;
  return one
    ? `In conflict: ${listed(parts)} in the file differs from the same record on this phone. The one on this phone is kept as it is.`
    : `In conflict: ${listed(parts)} in the file differ from the same records on this phone. The ones on this phone are kept as they are.`;
}

/** What erasing removed, in one sentence. */
export function erasedText(erased: Erased): string {
  const parts = [plural(erased.completions, 'session'), plural(erased.cramps, 'cramp')];
  if (erased.routines > 0) {
    parts.push(plural(erased.routines, 'routine of your own', 'routines of your own'));
  }
  if (erased.settings) parts.push('your settings');
  if (erased.unfinishedSession) parts.push('an unfinished routine');
  return `Erased from this phone: ${listed(parts)}. Nightstretch is as it was on the first day.`;
}

/** Names the records History had to leave out, or null when every one could be read. */
export function unreadableText(unreadable: { completions: number; cramps: number }): string | null {
  const parts = [
    ...(unreadable.completions > 0 ? [plural(unreadable.completions, 'saved session')] : []),
    ...(unreadable.cramps > 0
      ? [plural(unreadable.cramps, 'cramp in the diary', 'cramps in the diary')]
      : []),
  ];
  if (parts.length === 0) return null;
  const one = unreadable.completions + unreadable.cramps === 1;
  return `${listed(parts)} ${one ? 'is' : 'are'} damaged and cannot be shown, so ${one ? 'it is' : 'they are'} left out below. Everything else is here.`;
}
