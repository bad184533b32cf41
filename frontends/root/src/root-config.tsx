import '@motcua/ui/theme.css';
import './boot-shell.css';
import { completeSignIn, getLang, SIGN_IN_CALLBACK_PATH, subscribeLang, translate } from '@motcua/ui';
import { createRoot } from 'react-dom/client';
import { registerApplication, start, type LifeCycles } from 'single-spa';
import { isActive, MICROFRONTENDS } from './applications';
import { AppFooter } from './layout/app-footer';
import { AppHeader } from './layout/app-header';
import { rootMessages } from './root.messages';

function mountLayout() {
  const header = document.getElementById('motcua-header');
  const footer = document.getElementById('motcua-footer');
  if (header) createRoot(header).render(<AppHeader />);
  if (footer) createRoot(footer).render(<AppFooter />);
}

/** <html lang> (for screen readers and hyphenation) and the title follow the chosen language. */
function syncDocumentWithLang() {
  const apply = () => {
    const lang = getLang();
    document.documentElement.lang = lang;
    document.title = translate(rootMessages, lang)('documentTitle');
  };
  apply();
  subscribeLang(apply);
}

function registerMicrofrontends() {
  for (const app of MICROFRONTENDS) {
    registerApplication({
      name: app.name,
      // A bare specifier the import map resolves; left for the browser, not the bundler.
      app: () => import(/* @vite-ignore */ app.name) as Promise<LifeCycles>,
      activeWhen: (location) => isActive(app, location.pathname),
    });
  }
}

/**
 * Back from the identity provider: trade the code for the session before any app mounts, then show the page the
 * user started from. A failed sign-in lands on the home page signed out, and says so.
 */
async function finishSignInIfReturning(): Promise<void> {
  if (window.location.pathname !== SIGN_IN_CALLBACK_PATH) return;
  try {
    window.history.replaceState(null, '', await completeSignIn());
  } catch {
    window.history.replaceState(null, '', '/');
    window.alert(translate(rootMessages, getLang())('signInFailed'));
  }
}

syncDocumentWithLang();
mountLayout();
registerMicrofrontends();
void finishSignInIfReturning().then(() => start({ urlRerouteOnly: true }));
