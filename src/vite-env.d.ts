/// <reference types="vite/client" />

declare module 'virtual:routines' {
  import type { Routine } from './engine/routine';
  export const routines: Routine[];
}
