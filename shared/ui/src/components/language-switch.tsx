import { LANGS, setLang, useLang, useSharedT } from '../i18n/i18n';
import styles from './language-switch.module.css';

/** VI / EN toggle; the short code is shown, the language's own name is what a screen reader hears. */
export function LanguageSwitch() {
  const lang = useLang();
  const t = useSharedT();
  return (
    <div className={styles.switch} role="group" aria-label={t('lang.label')}>
      {LANGS.map((option) => (
        <button
          key={option}
          type="button"
          className={styles.option}
          lang={option}
          aria-pressed={option === lang}
          aria-label={t(`lang.${option}`)}
          onClick={() => setLang(option)}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
