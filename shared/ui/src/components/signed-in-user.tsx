import type { ReactNode } from 'react';
import { useSharedT } from '../i18n/i18n';
import type { SessionUser } from '../session/session';
import styles from './signed-in-user.module.css';

/** Initials of the given name: Vietnamese names end with it ("Nguyễn Văn An" → "A"). */
function initial(name: string): string {
  return name.trim().split(/\s+/).at(-1)?.charAt(0).toUpperCase() ?? '?';
}

/** The signed-in user's name, roles and unit; `action` is typically a sign-out button. */
export function SignedInUser({ user, showUnit = false, action }: { user: SessionUser; showUnit?: boolean; action?: ReactNode }) {
  const t = useSharedT();
  const roles = user.roles.map((role) => t(`role.${role}`)).join(', ');
  return (
    <div className={styles.chip} data-testid="signed-in-user">
      <span className={styles.avatar} aria-hidden="true">
        {initial(user.name)}
      </span>
      <span className={styles.text}>
        <span className={styles.name} lang="vi">
          {user.name}
        </span>
        <span className={styles.detail}>
          {roles}
          {showUnit && user.unit && ` · ${t('session.unit', { unit: user.unit })}`}
        </span>
      </span>
      {action}
    </div>
  );
}
