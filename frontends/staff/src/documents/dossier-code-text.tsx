import { dossierCodeTail } from '@motcua/ui';
import styles from './dossier-code-text.module.css';

/**
 * A dossier code that wraps only between the agency's part and the tail (`000.21.25.H39-` / `261126-0001`); the
 * tail, which the slip prints large and the hall board calls out, is in bold.
 */
export function DossierCodeText({ code }: { code: string }) {
  const tail = dossierCodeTail(code);
  const head = code.endsWith(tail) ? code.slice(0, code.length - tail.length) : '';
  return (
    <span className={styles.code}>
      {head && <span className={styles.part}>{head}</span>}
      <wbr />
      <strong className={styles.part}>{tail}</strong>
    </span>
  );
}
