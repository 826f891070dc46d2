import { describe, expect, it } from 'vitest';
import { type VoiceLike, voiceFor, voicesForLanguage } from './voices';

const voice = (voiceURI: string, lang: string, extra: Partial<VoiceLike> = {}): VoiceLike => ({
  voiceURI,
  lang,
  localService: false,
  default: false,
  ...extra,
});

const samantha = voice('samantha', 'en-US', { localService: true, default: true });
const daniel = voice('daniel', 'en-GB', { localService: true });
const monica = voice('monica', 'es-ES', { localService: true });
const paulina = voice('paulina', 'es-MX', { localService: true });
const googleEs = voice('google-es', 'es-ES');
const anna = voice('anna', 'de_DE', { localService: true }); // Android writes an underscore
const luciana = voice('luciana', 'pt-BR', { localService: true });
const joana = voice('joana', 'pt-PT', { localService: true });
const phone = [samantha, daniel, googleEs, paulina, monica, anna, joana, luciana];

describe('voiceFor: the voice that says the prompts', () => {
  it("keeps the person's chosen voice when it speaks the app's language (any region)", () => {
    expect(voiceFor(phone, 'en', 'daniel')).toBe(daniel);
    expect(voiceFor(phone, 'es', 'paulina')).toBe(paulina);
    expect(voiceFor(phone, 'pt-BR', 'joana')).toBe(joana);
  });

  it('never reads the prompts with a chosen voice of another language', () => {
    expect(voiceFor(phone, 'es-ES', 'samantha')).toBe(monica);
    expect(voiceFor(phone, 'de', 'samantha')).toBe(anna);
  });

  it('prefers the exact tag, then a voice on the phone, then the default', () => {
    expect(voiceFor(phone, 'pt-BR', null)).toBe(luciana);
    expect(voiceFor([joana, luciana], 'pt-BR', null)).toBe(luciana);
    // es-ES online only versus es-ES on the phone: the one on the phone.
    expect(voiceFor([googleEs, monica], 'es-ES', null)).toBe(monica);
    // Plain "es" matches no tag exactly: the first voice on the phone in Spanish.
    expect(voiceFor([googleEs, paulina, monica], 'es', null)).toBe(paulina);
    expect(voiceFor([daniel, samantha], 'en', null)).toBe(samantha);
  });

  it('falls back to the same language in another region', () => {
    expect(voiceFor([samantha, joana], 'pt-BR', null)).toBe(joana);
  });

  it('chooses none when the phone has no voice for the language (a chosen one is not forced)', () => {
    expect(voiceFor([samantha, daniel], 'fr', 'samantha')).toBeNull();
    expect(voiceFor([], 'fr', null)).toBeNull();
    expect(voiceFor(phone, 'fr', 'gone')).toBeNull();
  });

  it('matches tags whatever their case or separator', () => {
    expect(voiceFor([voice('x', 'DE-de')], 'de', null)?.voiceURI).toBe('x');
    expect(voiceFor([anna], 'de', null)).toBe(anna);
  });
});

describe('voicesForLanguage: what Settings says about speech', () => {
  const hasVoiceFor = (voices: readonly { lang: string }[], language: string) =>
    voicesForLanguage(voices, language).length > 0;
  it('is true when any voice speaks the language, in any region', () => {
    expect(hasVoiceFor(phone, 'de')).toBe(true);
    expect(hasVoiceFor(phone, 'pt-BR')).toBe(true);
    expect(hasVoiceFor([joana], 'pt-BR')).toBe(true);
    expect(hasVoiceFor([{ lang: 'fr-CA' }], 'fr')).toBe(true);
  });

  it('is false when none does, or the list is empty (then the tones carry on alone)', () => {
    expect(hasVoiceFor(phone, 'fr')).toBe(false);
    expect(hasVoiceFor([], 'en')).toBe(false);
    expect(hasVoiceFor([{ lang: '' }], 'en')).toBe(false);
  });
});
