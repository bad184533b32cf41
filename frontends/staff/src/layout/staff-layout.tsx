import { Link, hasAnyRole, useAppLocation, useSession, useT, type Role } from '@motcua/ui';
import type { ReactNode } from 'react';
import { isStaffPaymentsPath, staffPaymentPaths } from '../payments/staff-payments.paths';
import { ScanBox } from '../scanning/scan-box';
import { staffMessages } from '../staff.messages';
import { staffPaths, type StaffRoute } from '../staff.routes';
import styles from './staff-layout.module.css';

interface NavItem {
  href: string;
  label: 'nav.inbox' | 'nav.intake' | 'nav.outbox' | 'nav.register' | 'nav.board' | 'nav.fees' | 'nav.nationalSync';
  /** The pages under this entry (the dossier page belongs to the list), or the paths for pages routed elsewhere. */
  pages: readonly StaffRoute['page'][] | ((pathname: string) => boolean);
  /** Who sees the entry (the gateway checks again). */
  roles?: readonly Role[];
}

const NAV: readonly NavItem[] = [
  { href: staffPaths.inbox, label: 'nav.inbox', pages: ['inbox', 'dossier'] },
  { href: staffPaths.intake, label: 'nav.intake', pages: ['intake'], roles: ['INTAKE'] },
  { href: staffPaths.outbox(), label: 'nav.outbox', pages: ['outbox'], roles: ['INTAKE', 'ADMIN'] },
  { href: staffPaths.register, label: 'nav.register', pages: ['register'], roles: ['INTAKE', 'ADMIN'] },
  { href: staffPaths.nationalSync, label: 'nav.nationalSync', pages: ['nationalSync'], roles: ['INTAKE', 'ADMIN'] },
  { href: staffPaymentPaths.day, label: 'nav.fees', pages: isStaffPaymentsPath, roles: ['INTAKE', 'ADMIN'] },
  { href: staffPaths.board(), label: 'nav.board', pages: ['board'] },
];

/** The workspace's own navigation and the scan box above every staff page. */
export function StaffLayout({ route, agencyCode, onCode, children }: { route: StaffRoute; agencyCode: string | null; onCode: (code: string) => void; children: ReactNode }) {
  const t = useT(staffMessages);
  const session = useSession();
  const { pathname } = useAppLocation();
  const items = NAV.filter((item) => !item.roles || hasAnyRole(session, item.roles));
  const isCurrent = (item: NavItem) => (typeof item.pages === 'function' ? item.pages(pathname) : item.pages.includes(route.page));
  return (
    <div className={styles.workspace}>
      <div className={styles.bar}>
        <nav className={styles.nav} aria-label={t('nav.label')}>
          <ul className={styles.navList}>
            {items.map((item) => (
              <li key={item.label}>
                <Link className={styles.navLink} href={item.href} aria-current={isCurrent(item) ? 'page' : undefined}>
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className={styles.scan}>
          <ScanBox agencyCode={agencyCode} onCode={onCode} />
        </div>
      </div>
      {children}
    </div>
  );
}
