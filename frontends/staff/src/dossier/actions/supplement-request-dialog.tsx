import { Button, TextAreaField, TextField, useLang, useT } from '@motcua/ui';
import { useState } from 'react';
import { ActionDialogFrame } from './action-dialog-frame';
import { actionMessages } from './actions.messages';
import styles from './actions.module.css';
import { REQUEST_SUPPLEMENT } from './dossier-actions.mutations';
import { useAction, type ActionDialogProps } from './use-action';

/**
 * "Yêu cầu bổ sung": a list editor of what is missing (one line per item, added, edited, removed), with the
 * procedure's documents as one-click suggestions, and a note.
 */
export function SupplementRequestDialog({ dossier, onClose, onDone, onReload }: ActionDialogProps) {
  const t = useT(actionMessages);
  const lang = useLang();
  const action = useAction(REQUEST_SUPPLEMENT);
  const [items, setItems] = useState<string[]>(['']);
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const filled = items.map((item) => item.trim()).filter(Boolean);
  const suggestions = dossier.procedureRules.requiredDocuments.map((document) => (lang === 'en' ? document.nameEn : document.name)).filter((name) => !items.includes(name));

  function addItem(text = '') {
    // A blank line is reused before another is added.
    const blank = items.findIndex((item) => !item.trim());
    if (text && blank >= 0) setItems(items.map((item, index) => (index === blank ? text : item)));
    else setItems([...items, text]);
  }

  async function submit() {
    setSubmitted(true);
    if (filled.length === 0) return;
    const done = await action.run({ code: dossier.code, items: filled, note: note.trim() || null });
    if (done) onDone(t('supplement.done'));
  }

  return (
    <ActionDialogFrame
      title={t('supplement.title')}
      submitLabel={t('button.requestSupplement')}
      size="wide"
      busy={action.busy}
      error={action.error}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <p className={styles.intro}>{t('supplement.intro')}</p>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t('supplement.items')}</legend>
        <ol className={styles.items}>
          {items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are fully controlled and labelled by their position.
            <li key={index} className={styles.itemRow}>
              <TextField
                label={t('supplement.item', { n: index + 1 })}
                value={item}
                maxLength={300}
                onChange={(event) => setItems(items.map((other, at) => (at === index ? event.target.value : other)))}
                error={submitted && filled.length === 0 && index === 0 ? t('supplement.itemsRequired') : null}
              />
              {items.length > 1 && (
                <Button variant="ghost" aria-label={t('supplement.remove', { n: index + 1 })} onClick={() => setItems(items.filter((_, at) => at !== index))}>
                  ×
                </Button>
              )}
            </li>
          ))}
        </ol>
        <div className={styles.suggestions}>
          <Button variant="secondary" size="small" onClick={() => addItem()}>
            + {t('supplement.add')}
          </Button>
        </div>
        {suggestions.length > 0 && (
          <div className={styles.suggestions}>
            <p className={styles.suggestionsLabel}>{t('supplement.suggestions')}</p>
            {suggestions.map((name) => (
              <button key={name} type="button" className={styles.chip} onClick={() => addItem(name)}>
                + {name}
              </button>
            ))}
          </div>
        )}
      </fieldset>
      <TextAreaField label={t('supplement.note')} value={note} maxLength={1000} onChange={(event) => setNote(event.target.value)} />
    </ActionDialogFrame>
  );
}
