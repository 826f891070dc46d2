import { render } from 'preact';
import { startingLanguage, useLanguage } from './i18n/i18n';
import { App } from './shell/App';
import './styles.css';
import './shell/firstScreen.css';

// The first screen's words come first, in the saved or the phone's language.
// Words that cannot load (offline before they were cached) fall back to English; the app shows
// either way, never a blank page.
void useLanguage(startingLanguage())
  .catch(() => useLanguage('en'))
  .catch((error: unknown) => console.error("Nightstretch: the app's words did not load", error))
  .finally(() => {
    const root = document.getElementById('app');
    if (root) render(<App />, root);
  });
