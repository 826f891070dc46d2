// Which words of a cramp note a doctor should hear about. It flags words; it never says what
// they mean. The lists of words per language are the feature's (history/warningWords.ts).

/**
 * Words in a note that may point to something more than a cramp (from Learn's "get help" list:
 * a swollen, red, warm or tender calf, a cold, pale or bluish leg, weakness, numbness, tingling,
 * chest pain or breathlessness; ui/redFlags.ts words them for people).
 */
export const WARNING_WORDS = [
  'swollen',
  'swelling',
  'swell',
  'red',
  'redness',
  'warm',
  'tender',
  'numb',
  'numbness',
  'tingling',
  'tingles',
  'pins and needles',
  'weak',
  'weakness',
  'cold',
  'pale',
  'blue',
  'bluish',
  'chest',
  'breath',
  'breathless',
  'breathlessness',
  'breathing',
] as const;

/** A list of warning words as one pattern: whole words in any script, longest first. */
function warningPattern(words: readonly string[]): RegExp {
  const alternatives = [...new Set(words)]
    .filter((word) => word.trim() !== '')
    .sort((a, b) => b.length - a.length) // so "pins and needles" wins over a word inside it
    .map((word) =>
      word
        .trim()
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\s+/g, '\\s+'),
    );
  if (alternatives.length === 0) return /(?!)/gu;
  // A captured edge instead of a lookbehind, which older iPhones (before iOS 16.4) cannot read.
  return new RegExp(`(^|[^\\p{L}\\p{N}_])(${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
}

const patterns = new WeakMap<readonly string[], RegExp>();
function patternFor(words: readonly string[]): RegExp {
  let pattern = patterns.get(words);
  if (!pattern) {
    pattern = warningPattern(words);
    patterns.set(words, pattern);
  }
  return pattern;
}

export interface NotePart {
  text: string;
  /** This part is a warning word. */
  warning: boolean;
}

/**
 * The note split into plain text and warning words, in order; joined they give the note back.
 * The words are those of the language the person writes in (English unless given).
 */
export function warningSignParts(
  note: string,
  words: readonly string[] = WARNING_WORDS,
): NotePart[] {
  const parts: NotePart[] = [];
  let last = 0;
  for (const match of note.matchAll(patternFor(words))) {
    const word = match[2] ?? '';
    const start = (match.index ?? 0) + (match[1]?.length ?? 0);
    if (start > last) parts.push({ text: note.slice(last, start), warning: false });
    parts.push({ text: word, warning: true });
    last = start + word.length;
  }
  if (last < note.length) parts.push({ text: note.slice(last), warning: false });
  return parts;
}
