import { TextAreaField, useT } from '@motcua/ui';
import { useState } from 'react';
import { FileUploadField, type UploadedItem } from '../../documents/file-upload-field';
import { ActionDialogFrame } from './action-dialog-frame';
import { actionMessages } from './actions.messages';
import { APPROVE_DOSSIER } from './dossier-actions.mutations';
import { useAction, type ActionDialogProps } from './use-action';

/** The approver signs and attaches the electronic result (uploaded here, then named in approveDossier). */
export function ApproveDialog({ dossier, onClose, onDone, onReload }: ActionDialogProps) {
  const t = useT(actionMessages);
  const action = useAction(APPROVE_DOSSIER);
  const [files, setFiles] = useState<UploadedItem[]>([]);
  const [uploading, setUploading] = useState(false);
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const filesRequired = dossier.deliveryMethod === 'ONLINE';

  async function submit() {
    setSubmitted(true);
    if (filesRequired && files.length === 0) return;
    const done = await action.run({ code: dossier.code, resultFileIds: files.map((file) => file.fileId), note: note.trim() || null });
    if (done) onDone(t('approve.done'));
  }

  return (
    <ActionDialogFrame title={t('approve.title')} submitLabel={t('button.approve')} busy={action.busy} blocked={uploading} error={action.error} onSubmit={submit} onClose={onClose} onReload={onReload}>
      <FileUploadField
        label={t('approve.files')}
        hint={t('approve.filesHint')}
        value={files}
        onChange={setFiles}
        onBusyChange={setUploading}
        multiple
        error={submitted && filesRequired && files.length === 0 ? t('approve.filesRequired') : null}
      />
      <TextAreaField label={t('approve.note')} value={note} maxLength={1000} onChange={(event) => setNote(event.target.value)} />
    </ActionDialogFrame>
  );
}
