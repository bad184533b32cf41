import { LANGS, setLang, useLang, useSharedT } from '../i18n/i18n';
import styles from './language-switch.module.css';

/**
 * VI / EN toggle. The accessible name starts with the code that is shown (so "click EN" works for voice control)
 * and adds the language's own name for a screen reader.
 */
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
          aria-label={`${option.toUpperCase()} – ${t(`lang.${option}`)}`}
          onClick={() => setLang(option)}
        >
          {option.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
