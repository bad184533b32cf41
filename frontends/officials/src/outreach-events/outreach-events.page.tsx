import { Badge, Button, formatDateTime, useLang, useT, type TableColumn } from '@motcua/ui';
import { useMemo, useState } from 'react';
import { formatCount, unitName } from '../common/format';
import styles from '../common/records.module.css';
import { FilterSelect, RecordList, RecordsCard, RecordsPage, useRecords } from '../common/records-page';
import { OutreachEventForm } from './outreach-event-form';
import { eventMessages } from './outreach-events.messages';
import { OUTREACH_EVENTS, type OutreachEventRow, type OutreachKind } from './outreach-events.query';

const PAGE_SIZE = 20;
const KINDS = ['HAMLET_MEETING', 'YOUTH_UNION_CAMPAIGN', 'SUPPORT_POINT'] as const;

export default function OutreachEventsPage() {
  const t = useT(eventMessages);
  const lang = useLang();
  const [formOpen, setFormOpen] = useState(false);
  const events = useRecords({ query: OUTREACH_EVENTS, pageSize: PAGE_SIZE, filters: { kind: '' as OutreachKind | '' }, variables: (f) => ({ kind: f.kind || null }), select: (d) => d.outreachEvents });
  const kinds = KINDS.map((k) => ({ value: k, label: t(`events.kind.${k}`) }));

  const columns = useMemo<TableColumn<OutreachEventRow>[]>(
    () => [
      {
        key: 'activity',
        header: t('column.activity'),
        render: (e) => (
          // What officers typed is Vietnamese in either language: marked so, a screen reader reads it right.
          <span className={styles.stack} lang="vi">
            <strong>{e.title}</strong>
            <span className={styles.meta}>
              {e.place}
              {e.organiser ? ` · ${e.organiser}` : ''}
            </span>
          </span>
        ),
      },
      {
        key: 'kind',
        header: t('column.kind'),
        render: (e) => <Badge tone={e.kind === 'YOUTH_UNION_CAMPAIGN' ? 'success' : e.kind === 'SUPPORT_POINT' ? 'info' : 'neutral'}>{t(`events.kind.${e.kind}`)}</Badge>,
      },
      { key: 'when', header: t('column.when'), render: (e) => formatDateTime(e.startsAt, lang) },
      { key: 'unit', header: t('column.unit'), render: (e) => unitName(e.unit, lang) },
      { key: 'reached', header: t('column.reached'), render: (e) => <span className={styles.number}>{formatCount(e.peopleReached, lang)}</span> },
      { key: 'accounts', header: t('column.accounts'), render: (e) => <span className={styles.number}>{formatCount(e.accountsCreated, lang)}</span> },
      {
        key: 'assisted',
        header: t('column.assisted'),
        render: (e) => t('assisted.reportedCounted', { reported: formatCount(e.dossiersAssisted, lang), counted: formatCount(e.assistedDossiersCounted, lang) }),
      },
    ],
    [t, lang],
  );

  return (
    <RecordsPage title={t('events.title')} description={t('events.description')} actions={<Button onClick={() => setFormOpen(true)}>{t('events.record')}</Button>} notice={events.notice}>
      <RecordsCard title={t('events.heading')} list={events} filters={<FilterSelect list={events} name="kind" label={t('events.kind')} allLabel={t('events.kind.all')} options={kinds} />}>
        <RecordList
          list={events}
          empty={{ title: t('events.empty'), description: t('events.emptyDescription') }}
          total={(found) => <p className={styles.total}>{t('events.total', { count: formatCount(found.totalCount, lang) })}</p>}
          caption={t('events.caption')}
          columns={columns}
          rowKey={(e) => e.id}
        />
      </RecordsCard>
      {formOpen && (
        <OutreachEventForm
          onClose={() => setFormOpen(false)}
          onSaved={(title) => {
            setFormOpen(false);
            events.pages.reset();
            events.saved(t('events.saved', { title }));
          }}
        />
      )}
    </RecordsPage>
  );
}
