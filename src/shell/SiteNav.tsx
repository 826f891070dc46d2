import type { Route } from './router';

const SECTIONS = [
  { name: 'home', label: 'Home', href: '#/' },
  { name: 'history', label: 'History', href: '#/history' },
  { name: 'learn', label: 'Learn', href: '#/learn' },
  { name: 'settings', label: 'Settings', href: '#/settings' },
] as const;

/** A quiet row of links between the app's sections (hidden while a routine plays). */
export function SiteNav({ current }: { current: Route['name'] }) {
  return (
    <nav class="site-nav" aria-label="Sections">
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.name}>
            <a href={section.href} aria-current={section.name === current ? 'page' : undefined}>
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
