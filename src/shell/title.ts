import { builtInRoutines, customRoutines } from '../routines/routines';
import type { Route } from './router';

const APP = 'Nightstretch';

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
        return routineName(route.routineId) ?? 'Routine';
      case 'routine':
        return routineName(route.routineId) ?? 'Routine not found';
      case 'history':
        return 'History';
      case 'cramp':
        return 'Log a cramp';
      case 'settings':
        return 'Settings';
      case 'learn':
        return 'Learn';
      case 'editor':
        return route.routineId ? 'Edit your routine' : 'Make your own routine';
    }
  })();
  return screen ? `${screen} · ${APP}` : APP;
}
