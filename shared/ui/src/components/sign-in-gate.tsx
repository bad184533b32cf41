import type { ReactNode } from 'react';
import type { Role } from '../domain';
import { useSharedT } from '../i18n/i18n';
import { hasAnyRole, logout, useSession } from '../session/session';
import { Alert } from './alert';
import { Button } from './button';
import { Card } from './card';
import { LoginForm } from './login-form';
import { PageHeader } from './page-header';
import styles from './sign-in-gate.module.css';

export interface SignInGateProps {
  /** The area's title, shown above the sign-in form. */
  title: string;
  /** Roles allowed in; the gateway checks them again, this only spares a useless request. */
  roles: readonly Role[];
  children: ReactNode;
}

/**
 * The form that had focus is gone once the user is signed in: put focus at the top of the page's content, so the
 * next Tab reaches what the gate now shows instead of starting again from the browser's address bar.
 */
function focusContentAfterSignIn() {
  window.requestAnimationFrame(() => document.getElementById('motcua-main')?.focus({ preventScroll: true }));
}

/** Shows `children` to a signed-in user with one of `roles`; otherwise the sign-in form, or why not. */
export function SignInGate({ title, roles, children }: SignInGateProps) {
  const t = useSharedT();
  const session = useSession();
  if (session && hasAnyRole(session, roles)) return <>{children}</>;
  return (
    <div className={styles.gate}>
      <PageHeader title={title} />
      {session ? (
        <Alert tone="warning" title={t('gate.forbiddenTitle')}>
          <p>{t('gate.forbidden')}</p>
          <div className={styles.actions}>
            <Button variant="secondary" size="small" onClick={logout}>
              {t('session.signOut')}
            </Button>
          </div>
        </Alert>
      ) : (
        <Card title={t('login.title')}>
          <LoginForm onSignedIn={focusContentAfterSignIn} />
        </Card>
      )}
    </div>
  );
}
