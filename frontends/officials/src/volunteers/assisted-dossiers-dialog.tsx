import { Button, Dialog, ErrorAlert, Spinner, Table, formatDateTime, useLang, useT, type TableColumn } from '@motcua/ui';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import styles from '../common/records.module.css';
import { volunteerMessages } from './volunteers.messages';
import { ASSISTED_DOSSIERS, type AssistedRow, type VolunteerRow } from './volunteers.query';

/** The dossiers a volunteer helped submit, as the dossiers service reported them. */
export function AssistedDossiersDialog({ volunteer, onClose }: { volunteer: VolunteerRow; onClose: () => void }) {
  const t = useT(volunteerMessages);
  const lang = useLang();
  const [{ data, fetching, error }] = useQuery({ query: ASSISTED_DOSSIERS, variables: { volunteer: volunteer.id }, requestPolicy: 'network-only' });
  const columns = useMemo<TableColumn<AssistedRow>[]>(
    () => [
      { key: 'code', header: t('column.code'), render: (d) => <code>{d.dossierCode}</code> },
      { key: 'procedure', header: t('column.procedure'), render: (d) => (lang === 'en' ? d.procedure.nameEn : d.procedure.name) },
      { key: 'submittedAt', header: t('column.submittedAt'), render: (d) => formatDateTime(d.submittedAt, lang) },
    ],
    [t, lang],
  );
  return (
    <Dialog
      open
      size="wide"
      title={t('dossiers.title', { name: volunteer.fullName })}
      onClose={onClose}
      footer={
        <Button variant="secondary" onClick={onClose}>
          {t('dossiers.close')}
        </Button>
      }
    >
      {error && <ErrorAlert error={error} />}
      {!data && fetching && <Spinner label={t('loading')} />}
      {data &&
        (data.assistedDossiers.nodes.length ? (
          <Table caption={t('dossiers.caption')} hideCaption columns={columns} rows={data.assistedDossiers.nodes} rowKey={(d) => d.dossierCode} />
        ) : (
          <p className={styles.muted}>{t('dossiers.empty')}</p>
        ))}
    </Dialog>
  );
}
