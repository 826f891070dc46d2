import { t } from '../i18n/i18n';
import { builtInRoutines, customRoutines } from '../routines/routines';
import type { Route } from './router';

function routineName(routineId: string): string | undefined {
  return [...builtInRoutines.value, ...customRoutines.peek()].find(
    (routine) => routine.id === routineId,
  )?.name;
}

/** The tab's and the screen reader's name for each screen, the app's name last. */
export function titleFor(route: Route): string {
  const screen = ((): string | undefined => {
    switch (route.name) {
      case 'home':
        return undefined;
      case 'play':
      case 'start':
        return routineName(route.routineId) ?? t('shell.titleRoutine');
      case 'routine':
        return routineName(route.routineId) ?? t('shell.titleRoutineNotFound');
      case 'history':
        return t('shell.navHistory');
      case 'cramp':
        return t('shell.titleLogCramp');
      case 'settings':
        return t('shell.navSettings');
      case 'learn':
        return t('shell.navLearn');
      case 'editor':
        return route.routineId ? t('shell.titleEditRoutine') : t('shell.titleMakeRoutine');
    }
  })();
  return screen ? t('shell.screenTitle', { screen }) : t('shell.appName');
}
