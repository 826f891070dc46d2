import { useEffect, useState } from 'preact/hooks';
import { speechSupported } from '../audio/speech';
import { canVibrate } from '../audio/vibration';
import { announce } from '../platform/announce';
import { canChooseAudioMixing } from '../platform/audioSession';
import { type VoiceChoice, watchVoices } from '../platform/voices';
import { playSample } from '../session/start';
import { type Choice, FieldGroup, RadioGroup, RangeField, SelectField, Toggle } from '../ui/fields';
import { BedtimeReminder } from './BedtimeReminder';
import {
  DEFAULT_SETTINGS,
  type Settings as SettingsValues,
  settings,
  settingsSaveProblem,
  type Theme,
  updateSettings,
} from './settings';
import { ThemeChoice } from './ThemeChoice';
import '../ui/fields.css';
import './Settings.css';

const seconds = (value: number) => ({ value, label: `${value} seconds` });
const ROUTINE_OWN = 'As the routine says';

const HOLD_CHOICES: Choice<number | null>[] = [
  { value: null, label: ROUTINE_OWN },
  ...[15, 20, 25, 30, 35, 40, 45, 50, 55, 60].map(seconds),
];
const REPETITION_CHOICES: Choice<number | null>[] = [
  { value: null, label: ROUTINE_OWN },
  { value: 1, label: 'Once' },
  { value: 2, label: 'Twice' },
  { value: 3, label: 'Three times' },
];
const READY_CHOICES = [3, 5, 8, 10, 15, 20, 30].map(seconds);
const REST_CHOICES: Choice<number>[] = [
  { value: 0, label: 'No rest' },
  ...[3, 5, 10, 15, 20, 30].map(seconds),
];
const RATE_CHOICES: Choice<number>[] = [
  { value: 0.6, label: 'Very slow' },
  { value: 0.75, label: 'Slow' },
  { value: 0.9, label: 'Calm' },
  { value: 1, label: 'Normal' },
  { value: 1.2, label: 'Brisk' },
];
const hourName = (hour: number) => (hour === 0 ? 'Midnight' : `${hour} am`);
const CUTOFF_CHOICES = Array.from({ length: 12 }, (_, hour) => ({
  value: hour,
  label: hourName(hour),
}));

/** Keeps a value the list doesn't offer (say, from a restored backup) selectable. */
function withCurrent<T>(choices: Choice<T>[], value: T, label: string): Choice<T>[] {
  return choices.some((choice) => choice.value === value)
    ? choices
    : [...choices, { value, label }];
}

function set<K extends keyof SettingsValues>(key: K) {
  return (value: SettingsValues[K]) => void updateSettings({ [key]: value });
}

function useVoices(): VoiceChoice[] {
  const [voices, setVoices] = useState<VoiceChoice[]>([]);
  useEffect(() => watchVoices(setVoices), []);
  return voices;
}

export function Settings() {
  const current = settings.value;
  const voices = useVoices();
  const [confirmingReset, setConfirmingReset] = useState(false);
  const voiceChoices: Choice<string | null>[] = [
    { value: null, label: 'The phone’s usual voice' },
    ...voices.map((voice) => ({ value: voice.uri, label: `${voice.name} (${voice.lang})` })),
  ];

  return (
    <main class="screen settings">
      <header>
        <h1>Settings</h1>
        <p class="lede">Changes apply at once and stay on this phone.</p>
      </header>
      {settingsSaveProblem.value && (
        <p class="problem" role="alert">
          {settingsSaveProblem.value}
        </p>
      )}

      <FieldGroup title="Stretches">
        <SelectField
          label="Hold length"
          hint="Most guidance: about 30 seconds."
          value={current.holdSeconds}
          choices={HOLD_CHOICES}
          onChange={set('holdSeconds')}
        />
        <SelectField
          label="Holds on each leg"
          hint="Most guidance: 2 to 3 times. Routines you made yourself keep their own holds and repetitions."
          value={current.repetitions}
          choices={REPETITION_CHOICES}
          onChange={set('repetitions')}
        />
        <SelectField
          label="Get ready before each stretch"
          value={current.readySeconds}
          choices={withCurrent(
            READY_CHOICES,
            current.readySeconds,
            `${current.readySeconds} seconds`,
          )}
          onChange={set('readySeconds')}
        />
        <SelectField
          label="Rest between holds"
          value={current.restSeconds}
          choices={withCurrent(REST_CHOICES, current.restSeconds, `${current.restSeconds} seconds`)}
          onChange={set('restSeconds')}
        />
        <RadioGroup
          legend="Which leg first"
          name="first-side"
          value={current.firstSide}
          choices={[
            { value: 'left', label: 'Left leg' },
            { value: 'right', label: 'Right leg' },
          ]}
          onChange={set('firstSide')}
        />
      </FieldGroup>

      <FieldGroup title="Sound and voice">
        <Toggle label="Soft sounds" checked={current.sound} onChange={set('sound')} />
        <RangeField
          label="Volume"
          value={Math.round(current.volume * 100)}
          min={0}
          max={100}
          step={10}
          valueText={`${Math.round(current.volume * 100)}%`}
          disabled={!current.sound}
          onChange={(percent) => void updateSettings({ volume: percent / 100 })}
        />
        <button type="button" class="sample" disabled={!current.sound} onClick={() => playSample()}>
          Play a sample
        </button>
        {canChooseAudioMixing() && (
          <Toggle
            label="Keep my music playing"
            hint="Sounds and prompts play over your music or podcast. The silent switch then mutes them."
            checked={current.playOverMusic}
            onChange={set('playOverMusic')}
          />
        )}
        {speechSupported() ? (
          <>
            <Toggle
              label="Spoken prompts"
              hint="A calm voice names each stretch and says when to switch. While it speaks, a screen reader is not told the same words at the same moment."
              checked={current.speech}
              onChange={set('speech')}
            />
            <SelectField
              label="Voice"
              hint={voices.length === 0 ? 'This phone offers no voices to choose from.' : undefined}
              value={current.voiceURI}
              choices={withCurrent(voiceChoices, current.voiceURI, 'The voice chosen before')}
              onChange={set('voiceURI')}
            />
            <SelectField
              label="Speaking speed"
              value={current.speechRate}
              choices={withCurrent(RATE_CHOICES, current.speechRate, `${current.speechRate}×`)}
              onChange={set('speechRate')}
            />
          </>
        ) : (
          <p class="hint">
            This browser can't speak, so there are no spoken prompts. The soft sounds still guide
            you.
          </p>
        )}
      </FieldGroup>

      <FieldGroup title="Phone">
        {canVibrate() ? (
          <Toggle
            label="Vibrate at each change"
            checked={current.vibration}
            onChange={set('vibration')}
          />
        ) : (
          <p class="hint">
            This phone doesn't let the app vibrate, so the sounds guide you instead.
          </p>
        )}
        <Toggle
          label="Keep the screen awake during a routine"
          checked={current.keepAwake}
          onChange={set('keepAwake')}
        />
      </FieldGroup>

      <FieldGroup title="Night and look">
        <ThemeChoice />
        <SelectField
          label="A night ends at"
          hint="A stretch after midnight but before this hour counts for the night before."
          value={current.cutoffHour}
          choices={CUTOFF_CHOICES}
          onChange={set('cutoffHour')}
        />
      </FieldGroup>

      <BedtimeReminder />

      {confirmingReset ? (
        <section class="confirm" aria-labelledby="reset-question">
          <p id="reset-question">Put every setting back to how it started?</p>
          <button
            type="button"
            onClick={() => {
              void updateSettings({ ...DEFAULT_SETTINGS });
              setConfirmingReset(false);
              announce('Settings are back to their defaults.');
            }}
          >
            Yes, reset
          </button>
          <button type="button" class="primary" onClick={() => setConfirmingReset(false)}>
            Keep my settings
          </button>
        </section>
      ) : (
        <button type="button" class="quiet" onClick={() => setConfirmingReset(true)}>
          Reset to defaults
        </button>
      )}
    </main>
  );
}
