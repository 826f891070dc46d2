/// <reference types="vite/client" />

declare module 'virtual:routines' {
  import type { LocalizedRoutine } from './engine/localized';
  import type { Routine } from './engine/routine';
  /** The bundled routines, every text in every language. */
  export const localizedRoutines: LocalizedRoutine[];
  /** The same in English, as plain routines: for tests (the app reads localizedRoutines). */
  export const routines: Routine[];
}

declare module 'virtual:routine-outlines' {
  import type { LocalizedRoutineOutline } from './engine/localized';
  /** Without their words: name and summary are in the first screen's messages (routineWord). */
  export const routineOutlines: Omit<LocalizedRoutineOutline, 'name' | 'summary'>[];
}
