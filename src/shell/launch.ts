import { loadCustomRoutines } from '../routines/customRoutineLoader';
import { findRoutine } from '../routines/routines';
import { session } from '../session/sessionState';
import { startRoutine } from '../session/start';
import { navigate } from './router';

/** A routine is running or paused: nothing may reload or replace the page now. */
export function routineInProgress(): boolean {
  const status = session.peek()?.status;
  return status === 'running' || status === 'paused';
}

/**
 * Opens "#/start/<id>" (a home-screen shortcut): starts that routine straight away, unless one
 * is already going, which is never interrupted.
 */
export async function startFromLink(routineId: string): Promise<void> {
  const current = session.peek();
  if (current && routineInProgress()) {
    navigate({ name: 'play', routineId: current.timeline.routineId }, { replace: true });
    return;
  }
  if (!findRoutine(routineId)) await loadCustomRoutines();
  const routine = findRoutine(routineId);
  if (!routine) {
    navigate({ name: 'home' }, { replace: true });
    return;
  }
  startRoutine(routine, { replace: true });
}
