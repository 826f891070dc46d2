import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/engine/languages';
import { catalogProblems, placeholdersOf, readCatalogs } from './messages';

function catalogsOf(files: Record<string, Record<string, string>>) {
  const dir = mkdtempSync(join(tmpdir(), 'messages-'));
  for (const [path, messages] of Object.entries(files)) {
    const [language = '', namespace] = path.split('/');
    mkdirSync(join(dir, language), { recursive: true });
    writeFileSync(join(dir, language, `${namespace}.json`), JSON.stringify(messages));
  }
  return readCatalogs(dir);
}

describe('message catalogs', () => {
  it('the real catalogs agree in every language', () => {
    expect(catalogProblems(readCatalogs('src/i18n/messages'), LANGUAGES)).toEqual([]);
  });

  it('finds placeholders inside plurals and selects', () => {
    expect(
      placeholdersOf(
        '{count, plural, one {# night on {day}} other {# nights}} {side, select, left {l} other {o}}',
      ),
    ).toEqual(['count', 'day', 'side']);
  });

  it('names a missing key, an extra key and a placeholder that differs', () => {
    const problems = catalogProblems(
      catalogsOf({
        'en/home': { start: 'Start', streak: '{count, plural, one {# night} other {# nights}}' },
        'es/home': { streak: '{nights, plural, one {# noche} other {# noches}}', extra: 'Más' },
      }),
      ['en', 'es'],
    );
    expect(problems).toEqual([
      'es/home.json: missing "start"',
      'es/home.json: "streak" has placeholders {nights}, English has {count}',
      'es/home.json: "extra" is not in English',
    ]);
  });

  it('names a whole missing namespace and language', () => {
    const problems = catalogProblems(
      catalogsOf({
        'en/home': { start: 'Start' },
        'en/learn': { title: 'Learn' },
        'de/home': { start: 'Los' },
      }),
      ['en', 'de', 'fr'],
    );
    expect(problems).toEqual(['de/learn.json: missing', 'fr: no messages folder']);
  });

  it('names a message that is not valid ICU', () => {
    const problems = catalogProblems(
      catalogsOf({
        'en/home': { streak: '{count} nights' },
        'fr/home': { streak: '{count nuits' },
      }),
      ['fr'],
    );
    expect(problems[0]).toMatch(/^fr\/home\.json: "streak" is not a valid message/);
  });
});
