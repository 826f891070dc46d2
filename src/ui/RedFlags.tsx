import { useId } from 'preact/hooks';
import { t } from '../i18n/i18n';
import { RED_FLAG_TIERS, RED_FLAGS, type RedFlagTier } from './redFlags';
import './RedFlags.css';

export interface RedFlagsProps {
  /** Which tiers to show; always shown most urgent first. Default: all three. */
  tiers?: readonly RedFlagTier[];
  /** Heading level of each tier's title, to fit the screen's outline. Default 3. */
  headingLevel?: 2 | 3 | 4;
}

/**
 * The warning signs by urgency: "Now" (emergency number), "Today" (a doctor today),
 * "Book an appointment". Each tier is a region named by its heading.
 */
export function RedFlags({ tiers = RED_FLAG_TIERS, headingLevel = 3 }: RedFlagsProps) {
  const id = useId();
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  return (
    <div class="red-flags">
      {RED_FLAG_TIERS.filter((tier) => tiers.includes(tier)).map((tier) => {
        const words = RED_FLAGS[tier];
        const headingId = `${id}-${tier}`;
        return (
          <section key={tier} class={`red-flag-tier tier-${tier}`} aria-labelledby={headingId}>
            <Heading id={headingId}>{t(words.title)}</Heading>
            <p>{t(words.lead)}</p>
            <ul>
              {words.signs.map((sign) => (
                <li key={sign}>{t(sign)}</li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
