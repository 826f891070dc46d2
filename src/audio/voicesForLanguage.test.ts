import { describe, expect, it } from 'vitest';
import { voicesForLanguage } from './voices';

const voices = [
  { name: 'Samantha', lang: 'en-US' },
  { name: 'Anna', lang: 'de-DE' },
  { name: 'Joana', lang: 'pt_PT' },
  { name: 'Luciana', lang: 'pt-BR' },
  { name: 'Monica', lang: 'es-ES' },
  { name: 'Paulina', lang: 'es-MX' },
  { name: 'Daniel', lang: 'en-GB' },
];
const names = (language: string) => voicesForLanguage(voices, language).map((voice) => voice.name);

describe('voicesForLanguage', () => {
  it('offers only voices of the language, whatever their region', () => {
    expect(names('de')).toEqual(['Anna']);
    expect(names('es')).toEqual(['Monica', 'Paulina']);
    expect(names('en')).toEqual(['Samantha', 'Daniel']);
  });

  it('puts the same region first, and still offers the language spoken elsewhere', () => {
    expect(names('pt-BR')).toEqual(['Luciana', 'Joana']);
  });

  it('finds none where the phone has no voice for the language', () => {
    expect(names('fr')).toEqual([]);
    expect(voicesForLanguage([], 'de')).toEqual([]);
  });

  it('speaks the pseudo-language in English', () => {
    expect(names('en-XA')).toEqual(['Samantha', 'Daniel']);
  });
});
