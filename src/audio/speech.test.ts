import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useLanguage } from '../i18n/i18n';
import { speak } from './speech';

// A stand-in for the Web Speech API that keeps what it was asked to say.
class Utterance {
  lang = '';
  voice: unknown = null;
  rate = 1;
  volume = 1;
  constructor(public text: string) {}
}
const said: Utterance[] = [];
let voices: { voiceURI: string; lang: string; localService: boolean; default: boolean }[] = [];
const stub = {
  getVoices: () => voices,
  cancel: () => {},
  speak: (utterance: Utterance) => said.push(utterance),
};
const global = globalThis as Record<string, unknown>;

beforeAll(() => {
  global.speechSynthesis = stub;
  global.SpeechSynthesisUtterance = Utterance;
});
afterAll(async () => {
  delete global.speechSynthesis;
  delete global.SpeechSynthesisUtterance;
  await useLanguage('en');
});

const options = { rate: 1, volume: 1 };
const samantha = { voiceURI: 'samantha', lang: 'en-US', localService: true, default: true };
const anna = { voiceURI: 'anna', lang: 'de-DE', localService: true, default: false };

describe('speak', () => {
  it("speaks in the app's language with a voice for it, not the chosen English one", async () => {
    voices = [samantha, anna];
    await useLanguage('de');
    speak('Halten Sie 30 Sekunden.', { ...options, voiceURI: 'samantha' });
    expect(said.at(-1)).toMatchObject({ lang: 'de', voice: anna });
  });

  it('keeps the chosen voice when it speaks the language', async () => {
    await useLanguage('en');
    speak('Hold for 30 seconds.', { ...options, voiceURI: 'samantha' });
    expect(said.at(-1)).toMatchObject({ lang: 'en', voice: samantha });
  });

  it('with no voice for the language, chooses none and sets only the language', async () => {
    voices = [samantha];
    await useLanguage('fr');
    speak('Tenez 30 secondes.', { ...options, voiceURI: 'samantha' });
    expect(said.at(-1)).toMatchObject({ lang: 'fr', voice: null });
  });
});
