import { Link, useT } from '@motcua/ui';
import { officialsMessages } from '../officials.messages';
import { officialsPaths, type Section } from '../officials.routes';
import styles from './officials-layout.module.css';

const SECTIONS: readonly { section: Section; href: string; label: `nav.${Section}` }[] = [
  { section: 'dashboard', href: officialsPaths.dashboard(), label: 'nav.dashboard' },
  { section: 'training', href: officialsPaths.training(), label: 'nav.training' },
  { section: 'events', href: officialsPaths.events(), label: 'nav.events' },
  { section: 'volunteers', href: officialsPaths.volunteers(), label: 'nav.volunteers' },
  { section: 'zalo', href: officialsPaths.zalo(), label: 'nav.zalo' },
  { section: 'support', href: officialsPaths.support(), label: 'nav.support' },
  { section: 'targets', href: officialsPaths.targets(), label: 'nav.targets' },
];

/** The area's sections: a grid of thumb-sized targets on a phone, one row on a wide screen. */
export function OfficialsNav({ current }: { current: Section | null }) {
  const t = useT(officialsMessages);
  return (
    <nav className={styles.nav} aria-label={t('nav.label')}>
      <ul className={styles.navList}>
        {SECTIONS.map((item) => (
          <li key={item.section}>
            <Link href={item.href} className={styles.navLink} aria-current={item.section === current ? 'page' : undefined}>
              {t(item.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
