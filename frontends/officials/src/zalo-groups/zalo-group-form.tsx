import { TextAreaField, TextField, useSession, useT, CountField } from '@motcua/ui';
import { useState } from 'react';
import { FormDialog } from '../common/form-dialog';
import styles from '../common/records.module.css';
import { UnitSelectField } from '../common/unit-fields';
import { useMutationForm } from '../common/use-mutation-form';
import { zaloMessages } from './zalo-groups.messages';
import { CREATE_GROUP, UPDATE_GROUP, type SupportGroupRow } from './zalo-groups.query';

const ZALO_GROUP_LINK = /^https:\/\/zalo\.me\/g\/[A-Za-z0-9_-]{4,64}\/?$/;

/** A new Zalo group, or changes to one (`group` given): link, admins, members. */
export function ZaloGroupForm({ group, onClose, onSaved }: { group: SupportGroupRow | null; onClose: () => void; onSaved: (name: string) => void }) {
  const t = useT(zaloMessages);
  const ownUnit = useSession()?.user.unit ?? '';
  const create = useMutationForm(CREATE_GROUP);
  const update = useMutationForm(UPDATE_GROUP);
  const form = group ? update : create;
  const [v, setV] = useState({
    name: group?.name ?? '',
    unitCode: group?.unit.code ?? ownUnit,
    link: group?.link ?? 'https://zalo.me/g/',
    admins: group?.admins.join('\n') ?? '',
    memberCount: group?.memberCount?.toString() ?? '',
  });
  const [submitted, setSubmitted] = useState(false);
  const set = (patch: Partial<typeof v>) => setV((old) => ({ ...old, ...patch }));
  const admins = v.admins
    .split('\n')
    .map((a) => a.trim())
    .filter(Boolean);
  const linkValid = ZALO_GROUP_LINK.test(v.link.trim());

  async function submit() {
    setSubmitted(true);
    if (!v.name.trim() || !v.unitCode || !linkValid || !admins.length) return;
    const fields = { name: v.name.trim(), link: v.link.trim(), admins, memberCount: v.memberCount ? Number(v.memberCount) : null };
    if (group) {
      const data = await update.run({ id: group.id, input: fields });
      if (data) onSaved(data.updateSupportGroup.name);
    } else {
      const data = await create.run({ input: { ...fields, unitCode: v.unitCode } });
      if (data) onSaved(data.createSupportGroup.name);
    }
  }

  return (
    <FormDialog open title={group ? t('zalo.editTitle', { name: group.name }) : t('zalo.add')} busy={form.busy} error={form.error} onSubmit={submit} onClose={onClose}>
      <TextField
        label={t('form.name')}
        value={v.name}
        maxLength={200}
        onChange={(e) => set({ name: e.target.value })}
        error={(submitted && !v.name.trim() ? t('form.required') : null) ?? form.fieldError('name')}
        required
      />
      {!group && <UnitSelectField label={t('form.unit')} value={v.unitCode} onChange={(unitCode) => set({ unitCode })} error={form.fieldError('unitCode')} />}
      <TextField
        type="url"
        inputMode="url"
        label={t('form.link')}
        hint={t('form.linkHint')}
        value={v.link}
        maxLength={200}
        onChange={(e) => set({ link: e.target.value })}
        error={(submitted && !linkValid ? t('form.linkInvalid') : null) ?? form.fieldError('link')}
        required
      />
      <div className={styles.row}>
        <TextAreaField
          label={t('form.admins')}
          value={v.admins}
          onChange={(e) => set({ admins: e.target.value })}
          error={(submitted && !admins.length ? t('form.adminsRequired') : null) ?? form.fieldError('admins')}
        />
        <CountField label={t('form.members')} hint={t('form.optional')} value={v.memberCount} onChange={(e) => set({ memberCount: e.target.value })} error={form.fieldError('memberCount')} />
      </div>
    </FormDialog>
  );
}
