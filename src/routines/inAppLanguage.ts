import {
  inOneLanguage,
  type LocalizedRoutine,
  type LocalizedRoutineOutline,
} from '../engine/localized';
import type { Routine, RoutineOutline } from '../engine/routine';
import { pick } from '../i18n/i18n';

/**
 * A bundled routine's words in the app's language. It reads the language signal, so a render or
 * computed signal that calls it follows a change of language.
 */
export function inAppLanguage(routine: LocalizedRoutine): Routine;
export function inAppLanguage(routine: LocalizedRoutineOutline): RoutineOutline;
export function inAppLanguage(
  routine: LocalizedRoutine | LocalizedRoutineOutline,
): Routine | RoutineOutline {
  return inOneLanguage(routine as LocalizedRoutine, pick);
}
