import { describe, expect, it } from 'vitest';
import { bestLanguage, isLanguage, regionalTag } from './languages';

describe('the language for a phone', () => {
  it('takes the first of the phone languages Nightstretch speaks', () => {
    expect(bestLanguage(['ja-JP', 'de-AT', 'en-US'])).toBe('de');
    expect(bestLanguage(['es-ES'])).toBe('es');
    expect(bestLanguage(['fr-CA', 'en'])).toBe('fr');
  });

  it('reads Portuguese from any region as Brazilian Portuguese', () => {
    expect(bestLanguage(['pt-BR'])).toBe('pt-BR');
    expect(bestLanguage(['pt-PT'])).toBe('pt-BR');
    expect(bestLanguage(['pt'])).toBe('pt-BR');
  });

  it('falls back to English last, and knows the test pseudo-language only by its exact tag', () => {
    expect(bestLanguage(['ja-JP', 'zh-CN'])).toBe('en');
    expect(bestLanguage([])).toBe('en');
    expect(bestLanguage(['en-XA'])).toBe('en-XA');
    expect(isLanguage('en-XA')).toBe(false);
  });
});

describe('the tag dates are formatted with', () => {
  it("keeps the phone's region when it speaks the same language", () => {
    expect(regionalTag('en', ['en-GB'])).toBe('en-GB');
    expect(regionalTag('es', ['es-MX', 'en-US'])).toBe('es-MX');
    expect(regionalTag('pt-BR', ['pt-BR'])).toBe('pt-BR');
  });

  it("uses the language's usual region when the phone speaks another", () => {
    expect(regionalTag('de', ['en-US'])).toBe('de-DE');
    expect(regionalTag('pt-BR', ['pt-PT'])).toBe('pt-BR');
    expect(regionalTag('en-XA', ['en-XA'])).toBe('en-US');
  });
});
