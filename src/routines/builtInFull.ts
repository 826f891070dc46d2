import { localizedRoutines } from 'virtual:routines';
import { computed } from '@preact/signals';
import { inAppLanguage } from './inAppLanguage';

/**
 * The bundled routines whole, instructions included, in the app's language (again after a change
 * of language). For the Player, the preview and the editor; Home reads the lighter outlines.
 */
export const fullBuiltInRoutines = computed(() =>
  localizedRoutines.map((routine) => inAppLanguage(routine)),
);
