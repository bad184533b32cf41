import { useState, type FormEvent } from 'react';
import { devLoginOffered } from '../config';
import { useSharedT } from '../i18n/i18n';
import { startSignIn } from '../session/oidc-sign-in';
import { login, type Session } from '../session/session';
import { Button } from './button';
import { ErrorAlert } from './error-alert';
import styles from './login-form.module.css';
import { TextField } from './text-field';

export interface LoginFormProps {
  onSignedIn?: (session: Session) => void;
}

/**
 * Sign-in through the identity provider (VNeID: code flow with PKCE, the page leaves and comes back signed in).
 * In development the demo accounts' user name and password form follows, posted to the gateway; the session store
 * tells every app on the page.
 */
export function LoginForm({ onSignedIn }: LoginFormProps) {
  const t = useSharedT();
  const [leaving, setLeaving] = useState(false);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    if (!username.trim() || !password) return;
    setBusy(true);
    setError(null);
    try {
      const session = await login(username.trim(), password);
      onSignedIn?.(session);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function signInWithProvider() {
    setLeaving(true);
    setError(null);
    try {
      await startSignIn();
    } catch (caught) {
      setError(caught);
      setLeaving(false);
    }
  }

  const missing = (value: string) => (submitted && !value ? t('login.required') : null);
  const provider = (
    <div className={styles.form}>
      <p className={styles.intro}>{t('login.providerIntro')}</p>
      <Button type="button" block busy={leaving} onClick={() => void signInWithProvider()}>
        {t('login.provider')}
      </Button>
    </div>
  );
  if (!devLoginOffered()) {
    return (
      <>
        {error !== null && <ErrorAlert error={error} />}
        {provider}
      </>
    );
  }
  return (
    <>
      {provider}
      <form className={styles.form} onSubmit={onSubmit} noValidate>
        <p className={styles.intro}>{t('login.intro')}</p>
        {error !== null && <ErrorAlert error={error} />}
        <TextField
          label={t('login.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          error={missing(username.trim())}
          required
        />
        <TextField
          label={t('login.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={missing(password)}
          required
        />
        <Button type="submit" block busy={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </Button>
      </form>
    </>
  );
}
