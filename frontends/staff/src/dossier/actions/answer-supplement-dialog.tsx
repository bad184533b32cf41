import { Button, SelectField, TextAreaField, useLang, useT } from '@motcua/ui';
import { useState } from 'react';
import { FileUploadField, type UploadedItem } from '../../documents/file-upload-field';
import { ActionDialogFrame } from './action-dialog-frame';
import { actionMessages } from './actions.messages';
import styles from './actions.module.css';
import { ANSWER_SUPPLEMENT } from './dossier-actions.mutations';
import { useAction, type ActionDialogProps } from './use-action';

interface Row {
  key: number;
  requirementId: string;
  files: UploadedItem[];
}

/** The citizen brings the missing papers to the counter: each is scanned and filed under its requirement. */
export function AnswerSupplementDialog({ dossier, onClose, onDone, onReload }: ActionDialogProps) {
  const t = useT(actionMessages);
  const lang = useLang();
  const action = useAction(ANSWER_SUPPLEMENT);
  const requirements = dossier.procedureRules.requiredDocuments;
  const [rows, setRows] = useState<Row[]>([{ key: 1, requirementId: requirements[0]?.id ?? '', files: [] }]);
  const [uploading, setUploading] = useState(0);
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const documents = rows.flatMap((row) => row.files.map((file) => ({ requirementId: row.requirementId, fileId: file.fileId })));

  const update = (key: number, change: Partial<Row>) => setRows(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  async function submit() {
    setSubmitted(true);
    if (documents.length === 0) return;
    const done = await action.run({ code: dossier.code, documents, note: note.trim() || null });
    if (done) onDone(t('answer.done'));
  }

  return (
    <ActionDialogFrame
      title={t('answer.title')}
      submitLabel={t('button.answerSupplement')}
      size="wide"
      busy={action.busy}
      blocked={uploading > 0}
      error={action.error}
      onSubmit={submit}
      onClose={onClose}
      onReload={onReload}
    >
      <p className={styles.intro}>{t('answer.intro')}</p>
      {dossier.supplementItems.length > 0 && (
        <div>
          <p className={styles.legend}>{t('answer.requested')}</p>
          <ul>
            {dossier.supplementItems.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      )}
      {rows.map((row, index) => (
        <fieldset key={row.key} className={`${styles.fieldset} ${styles.answerRow}`}>
          <legend className={styles.answerHeader}>{t('answer.row', { n: index + 1 })}</legend>
          <SelectField label={t('answer.requirement')} value={row.requirementId} onChange={(event) => update(row.key, { requirementId: event.target.value })}>
            {requirements.map((requirement) => (
              <option key={requirement.id} value={requirement.id}>
                {lang === 'en' ? requirement.nameEn : requirement.name}
              </option>
            ))}
          </SelectField>
          <FileUploadField
            label={t('answer.file')}
            value={row.files}
            digitised
            onChange={(files) => update(row.key, { files })}
            onBusyChange={(busy) => setUploading((count) => count + (busy ? 1 : -1))}
            error={submitted && documents.length === 0 && index === 0 ? t('answer.filesRequired') : null}
          />
          {rows.length > 1 && (
            <Button variant="ghost" size="small" onClick={() => setRows(rows.filter((other) => other.key !== row.key))}>
              {t('answer.remove', { n: index + 1 })}
            </Button>
          )}
        </fieldset>
      ))}
      <div>
        <Button variant="secondary" size="small" onClick={() => setRows([...rows, { key: Date.now(), requirementId: requirements[0]?.id ?? '', files: [] }])}>
          + {t('answer.add')}
        </Button>
      </div>
      <TextAreaField label={t('answer.note')} value={note} maxLength={1000} onChange={(event) => setNote(event.target.value)} />
    </ActionDialogFrame>
  );
}
