/**
 * The warning signs, by how soon to act. One source for Learn, the doctor card, the cramp diary
 * and Cramp relief, so they can never disagree. Our own words, from the facts in shared/seeds.
 */
export const RED_FLAG_TIERS = ['now', 'today', 'book'] as const;
export type RedFlagTier = (typeof RED_FLAG_TIERS)[number];

export interface RedFlagTierWords {
  /** The heading: what to do and how soon. */
  title: string;
  /** One line before the list, ending in "if:". */
  lead: string;
  /** Each sign, as the end of the lead's sentence. */
  signs: readonly string[];
}

export const RED_FLAGS: Readonly<Record<RedFlagTier, RedFlagTierWords>> = {
  now: {
    title: 'Now: call your local emergency number',
    lead: 'Call at once, or wake someone to call, if:',
    signs: [
      'a leg turns cold, pale or bluish: blood may not be reaching it',
      'you have chest pain or sudden breathlessness, above all with a swollen leg',
    ],
  },
  today: {
    title: 'Today: see a doctor',
    lead: 'Contact a doctor today, or an out-of-hours service at night, if:',
    signs: [
      'one calf is swollen, red, warm or tender. It could be a blood clot: do not rub or massage it',
      'the pain is severe and stretching does not ease it',
      'cramps come with numbness, tingling or weakness',
      'your leg hurts when you walk and eases when you rest',
    ],
  },
  book: {
    title: 'Book an appointment',
    lead: 'Make an appointment with your doctor or nurse if:',
    signs: [
      'you have three or more cramps in a week, or cramps that last a long time',
      'cramps have been spoiling your sleep or your days for weeks',
      'they began suddenly for no clear reason, or after you started a new medicine',
      'you have diabetes or known problems with the circulation in your legs',
    ],
  },
};
