import type { DraftProblem } from '../engine/draft';
import { t } from '../i18n/i18n';

/** What the editor shows under the form: a draft's problem, or a save or delete that failed. */
export type EditorProblem = DraftProblem | { code: 'saveFailed' } | { code: 'deleteFailed' };

/** The problem in the person's language, worded when it shows (a change of language re-words it). */
export function problemText(problem: EditorProblem): string {
  switch (problem.code) {
    case 'noName':
      return t('routines.problemNoName');
    case 'nameTooLong':
      return t('routines.problemNameTooLong', { max: problem.max });
    case 'noSteps':
      return t('routines.problemNoSteps');
    case 'notInLibrary':
      return t('routines.problemNotInLibrary', { position: problem.position });
    case 'wrongSide':
      return t('routines.problemWrongSide', { name: problem.name });
    case 'holdRange':
      return t('routines.problemHold', { name: problem.name, min: problem.min, max: problem.max });
    case 'repetitionsRange':
      return t('routines.problemRepetitions', {
        name: problem.name,
        min: problem.min,
        max: problem.max,
      });
    case 'invalid':
      return t('routines.problemInvalid', { field: problem.field });
    case 'saveFailed':
      return t('routines.saveFailed');
    case 'deleteFailed':
      return t('routines.deleteFailed');
  }
}
