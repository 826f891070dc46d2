import { render } from 'preact';
import { startingLanguage, useLanguage } from './i18n/i18n';
import { App } from './shell/App';
import './styles.css';
import './shell/firstScreen.css';

// The first screen's words come first, in the saved or the phone's language.
void useLanguage(startingLanguage()).then(() => {
  const root = document.getElementById('app');
  if (root) render(<App />, root);
});
