import { Link, useT } from '@motcua/ui';
import { paths, type Section } from '../citizens.routes';
import { commonMessages } from '../common/common.messages';
import styles from './citizens-layout.module.css';

const SECTIONS: readonly { section: Section; href: string; label: 'nav.procedures' | 'nav.track' | 'nav.mine' }[] = [
  { section: 'procedures', href: paths.search(), label: 'nav.procedures' },
  { section: 'track', href: paths.track(), label: 'nav.track' },
  { section: 'mine', href: paths.myDossiers(), label: 'nav.mine' },
];

/** The portal's three tasks, always one tap away. */
export function CitizensNav({ current }: { current: Section | null }) {
  const t = useT(commonMessages);
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
