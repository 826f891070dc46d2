import { WARNING_WORDS } from '../engine/doctorSummary';
import type { AppLanguage } from '../engine/languages';

// The words in a cramp note that may point to more than a cramp (Learn's "get help" list: a
// swollen, red, warm or tender calf, a cold, pale or bluish leg, weakness, numbness, tingling,
// chest pain or breathlessness), as people write them in each language. Notes are matched
// against the app's language and English, so notes written before a change of language still
// show their words. These are matched, never shown as they are here.

const BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  es: [
    ...['hinchado', 'hinchada', 'hinchazón', 'inflamado', 'inflamada', 'inflamación'],
    ...['rojo', 'roja', 'enrojecido', 'enrojecida', 'enrojecimiento', 'caliente'],
    ...['dolorido', 'dolorida', 'sensible', 'entumecido', 'entumecida', 'entumecimiento'],
    ...['adormecido', 'adormecida', 'hormigueo', 'hormiguea', 'débil', 'debilidad'],
    ...['frío', 'fría', 'pálido', 'pálida', 'azul', 'azulado', 'azulada', 'morado', 'morada'],
    ...['pecho', 'ahogo', 'falta de aire', 'sin aliento', 'respirar', 'respiración'],
  ],
  de: [
    ...['geschwollen', 'angeschwollen', 'Schwellung', 'rot', 'gerötet', 'Rötung', 'warm'],
    ...['überwärmt', 'heiß', 'druckempfindlich', 'empfindlich', 'taub', 'Taubheit'],
    ...['Taubheitsgefühl', 'Kribbeln', 'kribbelt', 'Ameisenlaufen', 'schwach', 'Schwäche'],
    ...['kalt', 'blass', 'blau', 'bläulich', 'Brust', 'Brustschmerz', 'Brustschmerzen'],
    ...['Atemnot', 'Luftnot', 'kurzatmig', 'atmen', 'Atmung'],
  ],
  fr: [
    ...['gonflé', 'gonflée', 'gonflement', 'enflé', 'enflée', 'enflure', 'rouge', 'rougeur'],
    ...['chaud', 'chaude', 'sensible', 'engourdi', 'engourdie', 'engourdissement'],
    ...['fourmillements', 'fourmis', 'picotements', 'faible', 'faiblesse', 'froid', 'froide'],
    ...['pâle', 'bleu', 'bleue', 'bleuté', 'bleutée', 'poitrine', 'essoufflé', 'essoufflée'],
    ...['essoufflement', 'souffle', 'respirer', 'respiration'],
  ],
  'pt-BR': [
    ...['inchado', 'inchada', 'inchaço', 'vermelho', 'vermelha', 'vermelhidão', 'quente'],
    ...['sensível', 'dolorido', 'dolorida', 'dormente', 'dormência', 'formigamento'],
    ...['formigando', 'fraco', 'fraca', 'fraqueza', 'frio', 'fria', 'pálido', 'pálida'],
    ...['azul', 'azulado', 'azulada', 'roxo', 'roxa', 'peito', 'falta de ar', 'sem ar'],
    ...['respirar', 'respiração', 'fôlego'],
  ],
};

const lists = new Map<string, readonly string[]>();

/** The warning words for notes when the app speaks `language` (the same list each time). */
export function warningWordsFor(language: AppLanguage): readonly string[] {
  let list = lists.get(language);
  if (!list) {
    list = [...(BY_LANGUAGE[language] ?? []), ...WARNING_WORDS];
    lists.set(language, list);
  }
  return list;
}
