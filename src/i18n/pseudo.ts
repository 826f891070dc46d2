const ACCENTED: Record<string, string> = {
  a: 'á',
  c: 'ç',
  e: 'é',
  i: 'î',
  n: 'ñ',
  o: 'ö',
  u: 'ü',
  y: 'ý',
  A: 'Å',
  C: 'Ç',
  E: 'É',
  I: 'Î',
  N: 'Ñ',
  O: 'Ö',
  U: 'Ü',
};

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/**
 * The test-only pseudo-language: accented, marked at both ends and about 40 % longer (in words
 * that can wrap), so a string outside the string layer or a label that clips shows at once.
 */
export function pseudo(text: string): string {
  if (text.trim() === '') return text;
  const accented = text.replace(/[a-zA-Z]/g, (letter) => ACCENTED[letter] ?? letter);
  const extra = Math.ceil(text.length * 0.4);
  const padding = Array.from({ length: Math.ceil(extra / 4) }, () => 'ẋẋẋ').join(' ');
  return `${PSEUDO_OPEN}${accented} ${padding}${PSEUDO_CLOSE}`;
}
