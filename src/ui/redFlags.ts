import type { MessageKey } from '../i18n/i18n';

/**
 * The warning signs, by how soon to act. One source for Learn, the doctor card, the cramp diary
 * and Cramp relief, so they can never disagree. Our own words, from the facts in shared/seeds;
 * the words are messages in the `health` namespace, the same urgency in every language.
 */
export const RED_FLAG_TIERS = ['now', 'today', 'book'] as const;
export type RedFlagTier = (typeof RED_FLAG_TIERS)[number];

export interface RedFlagTierMessages {
  /** The heading: what to do and how soon. */
  title: MessageKey;
  /** One line before the list, ending in "if:". */
  lead: MessageKey;
  /** Each sign, as the end of the lead's sentence. */
  signs: readonly MessageKey[];
}

export const RED_FLAGS: Readonly<Record<RedFlagTier, RedFlagTierMessages>> = {
  now: {
    title: 'health.nowTitle',
    lead: 'health.nowLead',
    signs: ['health.nowSignCold', 'health.nowSignChest'],
  },
  today: {
    title: 'health.todayTitle',
    lead: 'health.todayLead',
    signs: [
      'health.todaySignClot',
      'health.todaySignSevere',
      'health.todaySignNumb',
      'health.todaySignWalking',
    ],
  },
  book: {
    title: 'health.bookTitle',
    lead: 'health.bookLead',
    signs: [
      'health.bookSignFrequent',
      'health.bookSignSleep',
      'health.bookSignMedicine',
      'health.bookSignCirculation',
    ],
  },
};
