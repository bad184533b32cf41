import { LanguageSwitch, SignedInUser, hasAnyRole, logout, useSession, useT, type Session } from '@motcua/ui';
import { useState, type MouseEvent } from 'react';
import { isActive, MICROFRONTENDS, type Microfrontend } from '../applications';
import { rootMessages } from '../root.messages';
import styles from './layout.module.css';
import { LoginDialog } from './login-dialog';
import { NavLink } from './nav-link';
import { usePathname } from './use-pathname';

function Emblem() {
  return (
    <svg className={styles.emblem} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="6" fill="#fff" />
      <path fill="#b8102a" d="m16 5 2.6 7.9H27l-6.8 4.9 2.6 8L16 20.9l-6.8 4.9 2.6-8L5 12.9h8.4z" />
    </svg>
  );
}

/** The apps the header links to for this reader: the one open now, and those their roles reach. */
function offeredApps(pathname: string, session: Session | null): Microfrontend[] {
  return MICROFRONTENDS.filter((app) => app.roles === null || isActive(app, pathname) || hasAnyRole(session, app.roles));
}

/**
 * The skip link lands on the page's heading, past the app's own navigation too, so the next Tab reaches the page's
 * first field (two Tabs and Enter to any form). Without a heading it falls back to the anchor (<main>).
 */
function skipToHeading(event: MouseEvent<HTMLAnchorElement>) {
  const heading = document.getElementById('motcua-main')?.querySelector<HTMLElement>('h1');
  if (!heading) return;
  event.preventDefault();
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
}

export function AppHeader() {
  const t = useT(rootMessages);
  const session = useSession();
  const pathname = usePathname();
  const [loginOpen, setLoginOpen] = useState(false);
  const apps = offeredApps(pathname, session);

  return (
    <header className={styles.header}>
      {/* biome-ignore lint/a11y/useValidAnchor: a real in-page link; the click handler only moves focus to the page heading. */}
      <a className={styles.skipLink} href="#motcua-main" onClick={skipToHeading}>
        {t('skipToContent')}
      </a>
      <div className={styles.topBar}>
        <div className={styles.inner}>
          <NavLink href="/" current={false} className={styles.brand}>
            <Emblem />
            <span className={styles.brandText}>
              <span className={styles.productName} lang="vi">
                {t('productName')}
              </span>
              <span className={styles.tagline}>{t('tagline')}</span>
            </span>
          </NavLink>
          <LanguageSwitch />
          <div className={styles.account} role="group" aria-label={t('account.label')}>
            {session ? (
              <SignedInUser
                user={session.user}
                action={
                  <button type="button" className={styles.headerButton} onClick={logout}>
                    {t('session.signOut')}
                  </button>
                }
              />
            ) : (
              <button type="button" className={styles.headerButton} onClick={() => setLoginOpen(true)}>
                {t('session.signIn')}
              </button>
            )}
          </div>
        </div>
      </div>
      <nav className={styles.nav} aria-label={t('nav.label')}>
        <div className={styles.inner}>
          {apps.map((app) => (
            <NavLink key={app.name} href={app.pathPrefix ?? '/'} current={isActive(app, pathname)} className={styles.navLink}>
              {t(app.navLabel)}
            </NavLink>
          ))}
        </div>
      </nav>
      <LoginDialog open={loginOpen && !session} onClose={() => setLoginOpen(false)} />
    </header>
  );
}
