import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { t } from '../i18n/i18n';

/** Plain labelled native controls, large enough to use half asleep. */

export interface Choice<T> {
  value: T;
  label: string;
}

interface SelectFieldProps<T> {
  label: string;
  hint?: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
}

export function SelectField<T>({ label, hint, value, choices, onChange }: SelectFieldProps<T>) {
  const id = useId();
  const selected = Math.max(
    0,
    choices.findIndex((choice) => choice.value === value),
  );
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <select
        id={id}
        aria-describedby={hint ? `${id}-hint` : undefined}
        value={String(selected)}
        onChange={(event) => {
          const choice = choices[Number(event.currentTarget.value)];
          if (choice) onChange(choice.value);
        }}
      >
        {choices.map((choice, index) => (
          <option key={choice.label} value={String(index)}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface ToggleProps {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function Toggle({ label, hint, checked, onChange }: ToggleProps) {
  const id = useId();
  return (
    <div class="field">
      <label class="check" for={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <span>{label}</span>
      </label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

interface RadioGroupProps<T extends string> {
  legend: string;
  name: string;
  value: T;
  choices: readonly (Choice<T> & { hint?: string })[];
  onChange: (value: T) => void;
}

export function RadioGroup<T extends string>({
  legend,
  name,
  value,
  choices,
  onChange,
}: RadioGroupProps<T>) {
  return (
    <fieldset class="field">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label class="check" key={choice.value}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={choice.value === value}
            onChange={() => onChange(choice.value)}
          />
          <span>
            {choice.label}
            {choice.hint && <span class="hint-inline"> {choice.hint}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

interface RangeFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** The value in words, shown and read out. */
  valueText: string;
  disabled?: boolean;
  onChange: (value: number) => void;
}

export function RangeField({
  label,
  value,
  min,
  max,
  step,
  valueText,
  disabled,
  onChange,
}: RangeFieldProps) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>
        {t('ui.fieldWithValue', { label })} <output for={id}>{valueText}</output>
      </label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        disabled={disabled}
        aria-valuetext={valueText}
        onInput={(event) => onChange(Number(event.currentTarget.value))}
      />
    </div>
  );
}

export function FieldGroup({ title, children }: { title: string; children: ComponentChildren }) {
  const id = useId();
  return (
    <section class="card field-group" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
