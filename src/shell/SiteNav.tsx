import { type MessageKey, t } from '../i18n/i18n';
import type { Route } from './router';

const SECTIONS: readonly { name: Route['name']; label: MessageKey; href: string }[] = [
  { name: 'home', label: 'shell.navHome', href: '#/' },
  { name: 'history', label: 'shell.navHistory', href: '#/history' },
  { name: 'learn', label: 'shell.navLearn', href: '#/learn' },
  { name: 'settings', label: 'shell.navSettings', href: '#/settings' },
];

/** A quiet row of links between the app's sections (hidden while a routine plays). */
export function SiteNav({ current }: { current: Route['name'] }) {
  return (
    <nav class="site-nav" aria-label={t('shell.sectionsLabel')}>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.name}>
            <a href={section.href} aria-current={section.name === current ? 'page' : undefined}>
              {t(section.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
