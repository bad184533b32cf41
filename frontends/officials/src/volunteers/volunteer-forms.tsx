import { SelectField, TextField, useSession, useT, vietnamDay } from '@motcua/ui';
import { useState } from 'react';
import { FormDialog } from '../common/form-dialog';
import styles from '../common/records.module.css';
import { UnitSelectField } from '../common/unit-fields';
import { useMutationForm } from '../common/use-mutation-form';
import { volunteerMessages } from './volunteers.messages';
import { CREATE_TEAM, REGISTER_VOLUNTEER, type TeamKind, type TeamRow } from './volunteers.query';

/** Register a volunteer of a commune; with their account, the dossiers they help submit count for them. */
export function VolunteerForm({ teams, onClose, onSaved }: { teams: TeamRow[]; onClose: () => void; onSaved: (name: string) => void }) {
  const t = useT(volunteerMessages);
  const ownUnit = useSession()?.user.unit ?? '';
  const form = useMutationForm(REGISTER_VOLUNTEER);
  const [v, setV] = useState({ fullName: '', subject: '', unitCode: ownUnit, teamId: '', joinedOn: vietnamDay() });
  const [submitted, setSubmitted] = useState(false);
  const set = (patch: Partial<typeof v>) => setV((old) => ({ ...old, ...patch }));
  const unitTeams = teams.filter((team) => team.unit.code === v.unitCode);

  async function submit() {
    setSubmitted(true);
    if (!v.fullName.trim() || !v.unitCode) return;
    const data = await form.run({ input: { fullName: v.fullName.trim(), subject: v.subject.trim() || null, unitCode: v.unitCode, teamId: v.teamId || null, joinedOn: v.joinedOn || null } });
    if (data) onSaved(data.registerVolunteer.fullName);
  }

  return (
    <FormDialog open title={t('volunteers.register')} busy={form.busy} error={form.error} onSubmit={submit} onClose={onClose}>
      <TextField
        label={t('form.fullName')}
        value={v.fullName}
        maxLength={120}
        autoComplete="off"
        onChange={(e) => set({ fullName: e.target.value })}
        error={(submitted && !v.fullName.trim() ? t('form.required') : null) ?? form.fieldError('fullName')}
        required
      />
      <TextField
        label={t('form.subject')}
        hint={t('form.subjectHint')}
        value={v.subject}
        maxLength={200}
        autoComplete="off"
        onChange={(e) => set({ subject: e.target.value })}
        error={form.fieldError('subject')}
      />
      <div className={styles.row}>
        <UnitSelectField label={t('form.unit')} value={v.unitCode} onChange={(unitCode) => set({ unitCode, teamId: '' })} error={form.fieldError('unitCode')} />
        <SelectField label={t('form.team')} value={v.teamId} onChange={(e) => set({ teamId: e.target.value })} error={form.fieldError('teamId')}>
          <option value="">{t('form.noTeam')}</option>
          {unitTeams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField type="date" label={t('form.joinedOn')} value={v.joinedOn} max={vietnamDay()} onChange={(e) => set({ joinedOn: e.target.value })} error={form.fieldError('joinedOn')} />
    </FormDialog>
  );
}

/** A community digital team or a Youth Union team of a commune. */
export function TeamForm({ onClose, onSaved }: { onClose: () => void; onSaved: (name: string) => void }) {
  const t = useT(volunteerMessages);
  const ownUnit = useSession()?.user.unit ?? '';
  const form = useMutationForm(CREATE_TEAM);
  const [v, setV] = useState({ kind: 'COMMUNITY_DIGITAL_TEAM' as TeamKind, name: '', unitCode: ownUnit, leaderName: '' });
  const [submitted, setSubmitted] = useState(false);
  const set = (patch: Partial<typeof v>) => setV((old) => ({ ...old, ...patch }));

  async function submit() {
    setSubmitted(true);
    if (!v.name.trim() || !v.unitCode) return;
    const data = await form.run({ input: { kind: v.kind, name: v.name.trim(), unitCode: v.unitCode, leaderName: v.leaderName.trim() || null } });
    if (data) onSaved(data.createSupportTeam.name);
  }

  return (
    <FormDialog open title={t('volunteers.addTeam')} size="normal" busy={form.busy} error={form.error} onSubmit={submit} onClose={onClose}>
      <SelectField label={t('form.kind')} value={v.kind} onChange={(e) => set({ kind: e.target.value as TeamKind })}>
        <option value="COMMUNITY_DIGITAL_TEAM">{t('team.kind.COMMUNITY_DIGITAL_TEAM')}</option>
        <option value="YOUTH_UNION">{t('team.kind.YOUTH_UNION')}</option>
      </SelectField>
      <TextField
        label={t('form.teamName')}
        value={v.name}
        maxLength={200}
        onChange={(e) => set({ name: e.target.value })}
        error={(submitted && !v.name.trim() ? t('form.required') : null) ?? form.fieldError('name')}
        required
      />
      <UnitSelectField label={t('form.unit')} value={v.unitCode} onChange={(unitCode) => set({ unitCode })} error={form.fieldError('unitCode')} />
      <TextField label={t('form.leader')} hint={t('form.optional')} value={v.leaderName} maxLength={120} onChange={(e) => set({ leaderName: e.target.value })} />
    </FormDialog>
  );
}
