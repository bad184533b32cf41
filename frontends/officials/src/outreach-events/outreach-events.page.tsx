import { Alert, Badge, Button, Card, EmptyState, ErrorAlert, PageHeader, Pagination, ProgressBar, SelectField, Spinner, Table, formatDateTime, useLang, useT, type TableColumn } from '@motcua/ui';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { formatCount, unitName } from '../common/format';
import styles from '../common/records.module.css';
import { UnitFilter } from '../common/unit-fields';
import { useCursorPages } from '../common/use-cursor-pages';
import { OutreachEventForm } from './outreach-event-form';
import { eventMessages } from './outreach-events.messages';
import { OUTREACH_EVENTS, type OutreachEventRow, type OutreachKind } from './outreach-events.query';

const PAGE_SIZE = 20;

export default function OutreachEventsPage() {
  const t = useT(eventMessages);
  const lang = useLang();
  const [unit, setUnit] = useState('');
  const [kind, setKind] = useState<OutreachKind | ''>('');
  const pages = useCursorPages(PAGE_SIZE);
  const [formOpen, setFormOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: OUTREACH_EVENTS, variables: { unit: unit || null, kind: kind || null, first: pages.first, after: pages.after } });
  const events = data?.outreachEvents;
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

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
    <div className={styles.page}>
      <PageHeader title={t('events.title')} description={t('events.description')} actions={<Button onClick={() => setFormOpen(true)}>{t('events.record')}</Button>} />
      {notice && (
        <Alert tone="success">
          <p>{notice}</p>
        </Alert>
      )}
      <Card title={t('events.heading')} aria-busy={fetching}>
        <div className={styles.toolbar}>
          <UnitFilter
            value={unit}
            onChange={(code) => {
              setUnit(code);
              pages.reset();
            }}
          />
          <SelectField
            label={t('events.kind')}
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as OutreachKind | '');
              pages.reset();
            }}
          >
            <option value="">{t('events.kind.all')}</option>
            {(['HAMLET_MEETING', 'YOUTH_UNION_CAMPAIGN', 'SUPPORT_POINT'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`events.kind.${k}`)}
              </option>
            ))}
          </SelectField>
        </div>
        {fetching && events && <ProgressBar label={t('loading')} />}
        {error && <ErrorAlert error={error} onRetry={refresh} />}
        {!events && fetching && <Spinner label={t('loading')} />}
        {events && events.totalCount === 0 && <EmptyState title={t('events.empty')} description={t('events.emptyDescription')} />}
        {events && events.totalCount > 0 && (
          <>
            <p className={styles.total}>{t('events.total', { count: formatCount(events.totalCount, lang) })}</p>
            <Table caption={t('events.caption')} hideCaption columns={columns} rows={events.nodes} rowKey={(e) => e.id} pageSize={PAGE_SIZE} />
            <Pagination page={pages.page} pageCount={pages.pageCount(events.totalCount)} onPageChange={(p) => (p > pages.page ? pages.next(events.pageInfo.endCursor) : pages.previous())} />
          </>
        )}
      </Card>
      {formOpen && (
        <OutreachEventForm
          onClose={() => setFormOpen(false)}
          onSaved={(title) => {
            setFormOpen(false);
            setNotice(t('events.saved', { title }));
            pages.reset();
            refresh();
          }}
        />
      )}
    </div>
  );
}
