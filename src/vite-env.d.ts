/// <reference types="vite/client" />

declare module 'virtual:routines' {
  import type { Routine } from './engine/routine';
  export const routines: Routine[];
}

declare module 'virtual:routine-outlines' {
  import type { RoutineOutline } from './engine/routine';
  export const routineOutlines: RoutineOutline[];
}
