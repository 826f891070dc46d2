import { useEffect, useState } from 'preact/hooks';
import { speechSupported } from '../audio/speech';
import { canVibrate } from '../audio/vibration';
import { voicesForLanguage } from '../audio/voices';
import { language, t } from '../i18n/i18n';
import { announce } from '../platform/announce';
import { canChooseAudioMixing } from '../platform/audioSession';
import { type VoiceChoice, watchVoices } from '../platform/voices';
import { playSample } from '../session/start';
import { type Choice, FieldGroup, RadioGroup, RangeField, SelectField, Toggle } from '../ui/fields';
import { BedtimeReminder } from './BedtimeReminder';
import {
  cutoffChoices,
  formatNumber,
  holdChoices,
  numberText,
  READY_SECONDS,
  rateChoices,
  repetitionChoices,
  restChoices,
  seconds,
  voiceLanguageKey,
  withCurrent,
} from './choices';
import { LanguageChoice } from './LanguageChoice';
import {
  DEFAULT_SETTINGS,
  type Settings as SettingsValues,
  settings,
  settingsSaveProblem,
  updateSettings,
} from './settings';
import { ThemeChoice } from './ThemeChoice';
import '../ui/fields.css';
import './Settings.css';

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
  const phoneVoices = useVoices();
  const voices = voicesForLanguage(phoneVoices, language.value);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const voiceChoices: Choice<string | null>[] = [
    { value: null, label: t('settings.voiceUsual') },
    ...voices.map((voice) => ({ value: voice.uri, label: `${voice.name} (${voice.lang})` })),
  ];
  // A voice of another language, chosen before a change of language, does not speak this one.
  const otherLanguageVoice =
    phoneVoices.some((voice) => voice.uri === current.voiceURI) &&
    !voices.some((voice) => voice.uri === current.voiceURI);
  const chosenVoice = otherLanguageVoice ? null : current.voiceURI;
  const problem = settingsSaveProblem.value;
  const volumePercent = Math.round(current.volume * 100);

  return (
    <main class="screen settings">
      <header>
        <h1>{t('settings.title')}</h1>
        <p class="lede">{t('settings.lede')}</p>
      </header>
      {problem && (
        <p class="problem" role="alert">
          {t(problem)}
        </p>
      )}

      <section class="card field-group" aria-label={t('settings.language')}>
        <LanguageChoice />
      </section>

      <FieldGroup title={t('settings.stretchesTitle')}>
        <SelectField
          label={t('settings.holdLength')}
          hint={t('settings.holdLengthHint')}
          value={current.holdSeconds}
          choices={holdChoices()}
          onChange={set('holdSeconds')}
        />
        <SelectField
          label={t('settings.holdsOnEachLeg')}
          hint={t('settings.holdsOnEachLegHint')}
          value={current.repetitions}
          choices={repetitionChoices()}
          onChange={set('repetitions')}
        />
        <SelectField
          label={t('settings.readyBefore')}
          value={current.readySeconds}
          choices={withCurrent(READY_SECONDS.map(seconds), seconds(current.readySeconds))}
          onChange={set('readySeconds')}
        />
        <SelectField
          label={t('settings.restBetween')}
          value={current.restSeconds}
          choices={withCurrent(restChoices(), seconds(current.restSeconds))}
          onChange={set('restSeconds')}
        />
        <RadioGroup
          legend={t('settings.firstSide')}
          name="first-side"
          value={current.firstSide}
          choices={[
            { value: 'left', label: t('settings.leftLeg') },
            { value: 'right', label: t('settings.rightLeg') },
          ]}
          onChange={set('firstSide')}
        />
      </FieldGroup>

      <FieldGroup title={t('settings.soundTitle')}>
        <Toggle label={t('settings.softSounds')} checked={current.sound} onChange={set('sound')} />
        <RangeField
          label={t('settings.volume')}
          value={volumePercent}
          min={0}
          max={100}
          step={10}
          valueText={numberText(volumePercent / 100, { style: 'percent' })}
          disabled={!current.sound}
          onChange={(percent) => void updateSettings({ volume: percent / 100 })}
        />
        <button type="button" class="sample" disabled={!current.sound} onClick={() => playSample()}>
          {t('settings.playSample')}
        </button>
        {canChooseAudioMixing() && (
          <Toggle
            label={t('settings.keepMusic')}
            hint={t('settings.keepMusicHint')}
            checked={current.playOverMusic}
            onChange={set('playOverMusic')}
          />
        )}
        {speechSupported() ? (
          <>
            <Toggle
              label={t('settings.spokenPrompts')}
              hint={t('settings.spokenPromptsHint')}
              checked={current.speech}
              onChange={set('speech')}
            />
            <SelectField
              label={t('settings.voice')}
              hint={
                voices.length === 0
                  ? t('settings.noVoiceFor', { language: voiceLanguageKey(language.value) })
                  : undefined
              }
              value={chosenVoice}
              choices={withCurrent(voiceChoices, {
                value: chosenVoice,
                label: t('settings.voiceChosenBefore'),
              })}
              onChange={set('voiceURI')}
            />
            <SelectField
              label={t('settings.speakingSpeed')}
              value={current.speechRate}
              choices={withCurrent(rateChoices(), {
                value: current.speechRate,
                label: t('settings.rateOther', { rate: formatNumber(current.speechRate) }),
              })}
              onChange={set('speechRate')}
            />
          </>
        ) : (
          <p class="hint">{t('settings.cannotSpeak')}</p>
        )}
      </FieldGroup>

      <FieldGroup title={t('settings.phoneTitle')}>
        {canVibrate() ? (
          <Toggle
            label={t('settings.vibrate')}
            checked={current.vibration}
            onChange={set('vibration')}
          />
        ) : (
          <p class="hint">{t('settings.cannotVibrate')}</p>
        )}
        <Toggle
          label={t('settings.keepAwake')}
          checked={current.keepAwake}
          onChange={set('keepAwake')}
        />
      </FieldGroup>

      <FieldGroup title={t('settings.nightTitle')}>
        <ThemeChoice />
        <SelectField
          label={t('settings.nightEndsAt')}
          hint={t('settings.nightEndsAtHint')}
          value={current.cutoffHour}
          choices={cutoffChoices()}
          onChange={set('cutoffHour')}
        />
      </FieldGroup>

      <BedtimeReminder />

      {confirmingReset ? (
        <section class="confirm" aria-labelledby="reset-question">
          <p id="reset-question">{t('settings.resetQuestion')}</p>
          <button
            type="button"
            onClick={() => {
              void updateSettings({ ...DEFAULT_SETTINGS });
              setConfirmingReset(false);
              announce(t('settings.resetDone'));
            }}
          >
            {t('settings.resetYes')}
          </button>
          <button type="button" class="primary" onClick={() => setConfirmingReset(false)}>
            {t('settings.resetKeep')}
          </button>
        </section>
      ) : (
        <button type="button" class="quiet" onClick={() => setConfirmingReset(true)}>
          {t('settings.resetButton')}
        </button>
      )}
    </main>
  );
}
