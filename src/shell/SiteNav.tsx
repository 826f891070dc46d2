import { type MessageKey, t } from '../i18n/i18n';
import type { Route } from './router';

const SECTIONS: readonly [Route['name'], MessageKey][] = [
  ['home', 'shell.navHome'],
  ['history', 'shell.navHistory'],
  ['learn', 'shell.navLearn'],
  ['settings', 'shell.navSettings'],
];

/** A quiet row of links between the app's sections (hidden while a routine plays). */
export function SiteNav({ current }: { current: Route['name'] }) {
  return (
    <nav class="site-nav" aria-label={t('shell.sectionsLabel')}>
      <ul>
        {SECTIONS.map(([name, label]) => (
          <li key={name}>
            <a
              href={name === 'home' ? '#/' : `#/${name}`}
              aria-current={name === current ? 'page' : undefined}
            >
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
