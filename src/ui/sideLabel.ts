import type { Side } from '../engine/routine';
import { t } from '../i18n/i18n';

/** "Left leg", "Right leg" or "Both legs", as a label on its own (capitalised where the language does). */
export function sideLabel(side: Side): string {
  return t('ui.sideLeg', { side });
}
