import type { Side } from '../engine/routine';
import { t } from '../i18n/i18n';
import { drawings } from './drawings';
import './Illustration.css';

// Only lazily loaded screens (preview, Player) import this, so the drawings never weigh on Home.

interface IllustrationProps {
  /** The step's `illustration` key. */
  name: string;
  side: Side;
  /** Hide from assistive technology when the text beside it already says the same. */
  decorative?: boolean;
  class?: string;
}

/** A line drawing of a stretch, in the text colour, mirrored for the right leg. */
export function Illustration({
  name,
  side,
  decorative = false,
  class: className,
}: IllustrationProps) {
  const drawing = drawings[name];
  const classes = ['illustration', className].filter(Boolean).join(' ');
  if (!drawing) return <span class={classes} aria-hidden="true" />;
  const mirrored = drawing.oneLeg && side === 'right';
  const pose = decorative ? '' : t(drawing.label);
  const accessible = decorative
    ? { 'aria-hidden': true as const }
    : {
        role: 'img' as const,
        'aria-label':
          drawing.oneLeg && side !== 'both' ? t('ui.drawingOnSide', { drawing: pose, side }) : pose,
      };
  return (
    <svg
      class={mirrored ? `${classes} mirrored` : classes}
      viewBox="0 0 120 90"
      focusable="false"
      {...accessible}
    >
      <path d={drawing.d} />
      {drawing.faint && <path class="faint" d={drawing.faint} />}
    </svg>
  );
}
