import { Badge, Button, Card, Tabs, addDays, formatDateTime, useLang, useT, type BadgeTone, type TableColumn } from '@motcua/ui';
import { useMemo, useState } from 'react';
import { useMutation } from 'urql';
import { formatCount, formatMinutes, unitName } from '../common/format';
import { today } from '../common/period';
import styles from '../common/records.module.css';
import { FilterSelect, RecordList, RecordsCard, RecordsPage, SummaryTable, useRecords, useRefreshedQuery } from '../common/records-page';
import { LogSupportDialog, SupportStepDialog } from './support-dialogs';
import { supportMessages } from './support.messages';
import { CHANNELS, REOPEN_SUPPORT, SUPPORT_REQUESTS, SUPPORT_STATS, type ChannelStats, type SupportChannel, type SupportRequestRow, type SupportStatus } from './support.query';

const PAGE_SIZE = 20;
const STATUS_TONES: Record<SupportStatus, BadgeTone> = { OPEN: 'warning', ANSWERED: 'info', RESOLVED: 'success' };
type Tab = SupportStatus | 'all';

function StatsCard({ unit, refreshKey }: { unit: string; refreshKey: number }) {
  const t = useT(supportMessages);
  const lang = useLang();
  const to = today();
  const { data, fetching, error } = useRefreshedQuery({ query: SUPPORT_STATS, variables: { unit: unit || null, from: addDays(to, -29), to } }, refreshKey);
  const columns = useMemo<TableColumn<ChannelStats>[]>(
    () => [
      { key: 'channel', header: t('column.channel'), render: (s) => t(`channel.${s.channel}`) },
      { key: 'total', header: t('column.total'), render: (s) => <span className={styles.number}>{formatCount(s.total, lang)}</span> },
      { key: 'open', header: t('column.open'), render: (s) => <span className={styles.number}>{formatCount(s.open, lang)}</span> },
      { key: 'resolved', header: t('column.resolved'), render: (s) => <span className={styles.number}>{formatCount(s.resolved, lang)}</span> },
      { key: 'online', header: t('column.submittedOnline'), render: (s) => <span className={styles.number}>{formatCount(s.submittedOnline, lang)}</span> },
      { key: 'median', header: t('column.median'), render: (s) => formatMinutes(s.medianMinutesToResolve, lang) },
    ],
    [t, lang],
  );
  return (
    <Card title={t('stats.heading')}>
      <SummaryTable rows={data?.supportStats} fetching={fetching} error={error} caption={t('stats.caption')} columns={columns} rowKey={(s) => s.channel} empty={t('stats.empty')} />
    </Card>
  );
}

export default function SupportInboxPage() {
  const t = useT(supportMessages);
  const lang = useLang();
  const [logging, setLogging] = useState(false);
  const [step, setStep] = useState<{ request: SupportRequestRow; step: 'answer' | 'resolve' } | null>(null);
  const requests = useRecords({
    query: SUPPORT_REQUESTS,
    pageSize: PAGE_SIZE,
    filters: { tab: 'OPEN' as Tab, channel: '' as SupportChannel | '' },
    variables: (f) => ({ statuses: f.tab === 'all' ? null : [f.tab], channel: f.channel || null }),
    select: (d) => d.supportRequests,
  });
  const { tab } = requests.filters;
  const [reopenState, reopen] = useMutation(REOPEN_SUPPORT);
  const saved = requests.saved;
  const channels = CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }));

  const columns: TableColumn<SupportRequestRow>[] = [
    {
      key: 'question',
      header: t('column.question'),
      render: (r) => (
        <span className={styles.stack}>
          <span className={styles.question} lang="vi">
            {r.question}
          </span>
          <span className={styles.meta}>
            {[
              t(`channel.${r.channel}`),
              r.supportGroup?.name,
              unitName(r.unit, lang),
              r.procedure ? (lang === 'en' ? r.procedure.nameEn : r.procedure.name) : r.procedureCode ? t('support.procedure', { code: r.procedureCode }) : null,
              r.dossierCode ? t('support.dossier', { code: r.dossierCode }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
          {r.answer && (
            <span className={styles.meta} lang="vi">
              ↳ {r.answer}
            </span>
          )}
        </span>
      ),
    },
    {
      key: 'status',
      header: t('column.status'),
      render: (r) => (
        <span className={styles.stack}>
          <Badge tone={STATUS_TONES[r.status]}>{t(`status.${r.status}`)}</Badge>
          {r.outcome && <span className={styles.meta}>{t(`outcome.${r.outcome}`)}</span>}
        </span>
      ),
    },
    {
      key: 'time',
      header: t('column.time'),
      render: (r) => (
        <span className={styles.stack}>
          <span>{formatDateTime(r.receivedAt, lang)}</span>
          <span className={styles.meta}>
            {r.status === 'RESOLVED'
              ? t('support.resolvedIn', { time: formatMinutes(r.minutesToResolve, lang) })
              : t('support.waiting', { time: formatMinutes(Math.max(0, Math.round((Date.now() - Date.parse(r.receivedAt)) / 60_000)), lang) })}
          </span>
          {r.handledByName && <span className={styles.meta}>{t('support.by', { name: r.handledByName })}</span>}
        </span>
      ),
    },
    {
      key: 'actions',
      header: t('column.actions'),
      render: (r) => (
        <span className={styles.actions}>
          {r.status !== 'RESOLVED' && (
            <>
              <Button size="small" onClick={() => setStep({ request: r, step: 'answer' })}>
                {t('support.answer')}
              </Button>
              <Button size="small" variant="secondary" onClick={() => setStep({ request: r, step: 'resolve' })}>
                {t('support.resolve')}
              </Button>
            </>
          )}
          {r.status === 'RESOLVED' && (
            <Button
              size="small"
              variant="ghost"
              busy={reopenState.fetching}
              onClick={async () => {
                const result = await reopen({ id: r.id });
                if (!result.error) saved(t('support.saved'));
              }}
            >
              {t('support.reopen')}
            </Button>
          )}
        </span>
      ),
    },
  ];

  const counts = requests.connection?.counts;
  const tabs = [
    { value: 'OPEN' as const, label: t('support.tab.OPEN'), count: counts?.open ?? null },
    { value: 'ANSWERED' as const, label: t('support.tab.ANSWERED'), count: counts?.answered ?? null },
    { value: 'RESOLVED' as const, label: t('support.tab.RESOLVED'), count: counts?.resolved ?? null },
    { value: 'all' as const, label: t('support.tab.all'), count: counts ? counts.open + counts.answered + counts.resolved : null },
  ];

  return (
    <RecordsPage
      title={t('support.title')}
      description={t('support.description')}
      actions={<Button onClick={() => setLogging(true)}>{t('support.log')}</Button>}
      notice={requests.notice}
      actionError={reopenState.error}
    >
      <RecordsCard
        title={t('support.inbox')}
        list={requests}
        filters={<FilterSelect list={requests} name="channel" label={t('support.channel')} allLabel={t('support.channel.all')} options={channels} />}
      >
        <Tabs label={t('support.tabs')} items={tabs} value={tab} onChange={(value) => requests.change({ tab: value })}>
          <RecordList
            list={requests}
            empty={{ title: tab === 'OPEN' ? t('support.emptyOpen') : t('support.empty') }}
            total={() => null}
            caption={t('support.list')}
            columns={columns}
            rowKey={(r) => r.id}
          />
        </Tabs>
      </RecordsCard>
      <StatsCard unit={requests.filters.unit} refreshKey={requests.refreshKey} />
      {logging && (
        <LogSupportDialog
          onClose={() => setLogging(false)}
          onSaved={() => {
            setLogging(false);
            saved(t('support.logged'));
          }}
        />
      )}
      {step && (
        <SupportStepDialog
          request={step.request}
          step={step.step}
          onClose={() => setStep(null)}
          onSaved={() => {
            setStep(null);
            saved(t('support.saved'));
          }}
        />
      )}
    </RecordsPage>
  );
}
