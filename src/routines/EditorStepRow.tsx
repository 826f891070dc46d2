import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import type { DraftStep } from '../engine/draft';
import type { LibraryStretch, SideChoice } from '../engine/library';
import { type MessageKey, t } from '../i18n/i18n';

// One stretch in the routine editor's list: its side, its hold, and the move and remove buttons.

const SIDE_LABELS: Record<SideChoice, MessageKey> = {
  pair: 'routines.sidePair',
  both: 'routines.sideBoth',
};

/** A draft step with a key that stays with it when it moves (focus stays on the moved row). */
export type EditorStep = DraftStep & { uid: number };
let nextUid = 1;
export const withUid = (step: DraftStep): EditorStep => ({ ...step, uid: nextUid++ });

interface StepRowProps {
  step: EditorStep;
  stretch: LibraryStretch;
  first: boolean;
  last: boolean;
  onChange: (step: EditorStep) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

export function StepRow({ step, stretch, first, last, onChange, onMove, onRemove }: StepRowProps) {
  const id = useId();
  const name = stretch.name;
  const row = useRef<HTMLLIElement>(null);
  const moving = useRef(false);
  // Focus stays with the moved stretch; at the top or bottom its pressed button is disabled,
  // so focus goes to its other move button rather than being lost.
  useLayoutEffect(() => {
    if (!moving.current) return;
    moving.current = false;
    const active = document.activeElement;
    if (active instanceof HTMLButtonElement && !active.disabled && row.current?.contains(active)) {
      return;
    }
    row.current?.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)')?.focus();
  });
  const moveBy = (by: -1 | 1) => {
    moving.current = true;
    onMove(by);
  };
  return (
    <li class="card editor-step" ref={row}>
      <h3>{name}</h3>
      {stretch.sides.length > 1 ? (
        <div class="editor-field">
          <label for={`${id}-side`}>{t('routines.sideFor', { name })}</label>
          <select
            id={`${id}-side`}
            value={step.side}
            onChange={(event) =>
              onChange({ ...step, side: event.currentTarget.value as SideChoice })
            }
          >
            {stretch.sides.map((side) => (
              <option key={side} value={side}>
                {t(SIDE_LABELS[side])}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p class="muted">{t(SIDE_LABELS[step.side])}</p>
      )}
      <div class="editor-numbers">
        <div class="editor-field">
          <label for={`${id}-hold`}>{t('routines.holdSecondsFor', { name })}</label>
          <input
            id={`${id}-hold`}
            type="number"
            inputMode="numeric"
            min={5}
            max={300}
            step={5}
            value={step.holdSeconds}
            onInput={(event) =>
              onChange({ ...step, holdSeconds: event.currentTarget.valueAsNumber })
            }
          />
        </div>
        <div class="editor-field">
          <label for={`${id}-reps`}>{t('routines.timesFor', { name })}</label>
          <input
            id={`${id}-reps`}
            type="number"
            inputMode="numeric"
            min={1}
            max={10}
            value={step.repetitions}
            onInput={(event) =>
              onChange({ ...step, repetitions: event.currentTarget.valueAsNumber })
            }
          />
        </div>
      </div>
      <div class="editor-actions">
        <button
          type="button"
          aria-label={t('routines.moveUpNamed', { name })}
          data-move="up"
          disabled={first}
          onClick={() => moveBy(-1)}
        >
          {t('routines.up')}
        </button>
        <button
          type="button"
          aria-label={t('routines.moveDownNamed', { name })}
          data-move="down"
          disabled={last}
          onClick={() => moveBy(1)}
        >
          {t('routines.down')}
        </button>
        <button
          type="button"
          class="quiet"
          aria-label={t('routines.removeNamed', { name })}
          onClick={onRemove}
        >
          {t('routines.remove')}
        </button>
      </div>
    </li>
  );
}
