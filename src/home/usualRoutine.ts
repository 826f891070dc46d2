import { signal } from '@preact/signals';
import type { RoutineOutline } from '../engine/routine';
import { builtInRoutines, customRoutines } from '../routines/routines';
import { onDataChanged } from '../shell/changes';
import { database } from '../shell/database';
import { lastCompletion } from '../storage/completions';

/** The routine the person finished last (cramp relief aside), once the nights are read. */
const lastPlayedId = signal<string | null>(null);
let watching = false;

async function readLastPlayed(): Promise<void> {
  try {
    // Read newest first, stopping at the first routine that was not cramp relief: Home starts
    // without loading every night on record.
    const last = await lastCompletion(await database(), (record) => record.mode !== 'relief');
    lastPlayedId.value = last?.routineId ?? null;
  } catch {
    // The storage notice says what went wrong; the first routine is offered meanwhile.
  }
}

/** Starts reading (and following) which routine was played last. */
export function followLastPlayed(): void {
  if (watching) return;
  watching = true;
  void readLastPlayed();
  onDataChanged(() => void readLastPlayed());
}

/** Tonight's routine: the one played last, else the first in the list. */
export function usualRoutine(): RoutineOutline | undefined {
  const all = [...builtInRoutines.value, ...customRoutines.value];
  const id = lastPlayedId.value;
  return (
    all.find((routine) => routine.id === id) ?? all.find((routine) => routine.mode !== 'relief')
  );
}

export function crampRelief(): RoutineOutline | undefined {
  return builtInRoutines.value.find((routine) => routine.mode === 'relief');
}
