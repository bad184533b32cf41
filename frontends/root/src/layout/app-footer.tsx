import { useT } from '@motcua/ui';
import { rootMessages } from '../root.messages';
import styles from './layout.module.css';

export function AppFooter() {
  const t = useT(rootMessages);
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p>{t('footer')}</p>
      </div>
    </footer>
  );
}
