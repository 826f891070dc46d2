import type { Leg, Muscle } from '../engine/cramp';
import type { MessageKey } from '../i18n/i18n';

/** The diary's choices in words (messages, translated where they show). */
export const LEG_NAMES: Readonly<Record<Leg, MessageKey>> = {
  left: 'diary.legLeft',
  right: 'diary.legRight',
  both: 'diary.legBoth',
};
export const MUSCLE_NAMES: Readonly<Record<Muscle, MessageKey>> = {
  calf: 'diary.muscleCalf',
  foot: 'diary.muscleFoot',
  thigh: 'diary.muscleThigh',
};
export const SEVERITIES = [1, 2, 3, 4, 5] as const;

const pad = (value: number) => String(value).padStart(2, '0');

/** The value a datetime-local input shows for a moment, in this device's time zone. */
export function toLocalInput(timeMs: number): string {
  const date = new Date(timeMs);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function Choices<T extends string | number>(props: {
  legend: string;
  name: string;
  options: readonly T[];
  label: (option: T) => string;
  value: T;
  onChange: (value: T) => void;
  hint?: string;
}) {
  return (
    <fieldset class="choices">
      <legend>{props.legend}</legend>
      <div class="choice-row">
        {props.options.map((option) => (
          <label key={option} class="choice">
            <input
              type="radio"
              name={props.name}
              value={String(option)}
              checked={props.value === option}
              onChange={() => props.onChange(option)}
            />
            <span>{props.label(option)}</span>
          </label>
        ))}
      </div>
      {props.hint && <p class="muted hint">{props.hint}</p>}
    </fieldset>
  );
}
