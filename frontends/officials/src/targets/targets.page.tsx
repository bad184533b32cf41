import { Badge, Button, formatDate, useLang, useT, type BadgeTone, type TableColumn } from '@motcua/ui';
import { useState } from 'react';
import { useMutation } from 'urql';
import { formatCount, formatShare, unitName } from '../common/format';
import { today } from '../common/period';
import styles from '../common/records.module.css';
import { FilterSelect, RecordList, RecordsCard, RecordsPage, RowActions, useRecords } from '../common/records-page';
import { TargetForm } from './target-form';
import { targetMessages } from './targets.messages';
import { DELETE_TARGET, METRICS, TARGETS, type TargetMetric, type TargetRow } from './targets.query';
import own from './targets.module.css';

const PAGE_SIZE = 25;

function status(p: TargetRow['progress']): { tone: BadgeTone; key: 'status.met' | 'status.onTrack' | 'status.behind' | 'status.unknown' } {
  if (p.met) return { tone: 'success', key: 'status.met' };
  if (p.onTrack) return { tone: 'info', key: 'status.onTrack' };
  if (p.onTrack === false) return { tone: 'warning', key: 'status.behind' };
  return { tone: 'neutral', key: 'status.unknown' };
}

export default function TargetsPage() {
  const t = useT(targetMessages);
  const lang = useLang();
  const thisYear = Number(today().slice(0, 4));
  const [editing, setEditing] = useState<TargetRow | 'new' | null>(null);
  const targets = useRecords({
    query: TARGETS,
    pageSize: PAGE_SIZE,
    filters: { year: String(thisYear), metric: '' as TargetMetric | '' },
    variables: (f) => ({ metric: f.metric || null, from: `${f.year}-01-01`, to: `${f.year}-12-31` }),
    select: (d) => d.outreachTargets,
  });
  const [deleteState, remove] = useMutation(DELETE_TARGET);
  const value = (row: TargetRow, v: number | null) => (row.metric === 'ONLINE_SHARE' ? formatShare(v, lang, 0) : formatCount(v, lang));
  const day = (d: string) => formatDate(`${d}T12:00:00+07:00`, lang);

  const columns: TableColumn<TargetRow>[] = [
    { key: 'unit', header: t('column.unit'), render: (r) => <strong>{unitName(r.unit, lang)}</strong> },
    { key: 'metric', header: t('column.metric'), render: (r) => t(`metric.${r.metric}`) },
    { key: 'period', header: t('column.period'), render: (r) => `${day(r.periodStart)} – ${day(r.periodEnd)}` },
    { key: 'target', header: t('column.target'), render: (r) => <span className={styles.number}>{value(r, r.targetValue)}</span> },
    { key: 'actual', header: t('column.actual'), render: (r) => <strong className={styles.number}>{value(r, r.progress.actual)}</strong> },
    {
      key: 'progress',
      header: t('column.progress'),
      render: (r) => {
        const s = status(r.progress);
        return (
          <span className={own.progress}>
            <Badge tone={s.tone}>{t(s.key)}</Badge>
            {r.progress.ratio !== null && (
              <span className={own.meter} role="img" aria-label={t('progress.label', { percent: formatShare(r.progress.ratio, lang, 0) })}>
                <span style={{ width: `${Math.min(100, r.progress.ratio * 100)}%` }} />
              </span>
            )}
          </span>
        );
      },
    },
    {
      key: 'actions',
      header: t('column.actions'),
      render: (r) => (
        <RowActions
          open={{ label: t('targets.edit'), onClick: () => setEditing(r) }}
          change={{ label: t('targets.delete'), busy: deleteState.fetching, run: () => remove({ id: r.id }), onDone: () => targets.saved(t('targets.deleted')) }}
        />
      ),
    },
  ];
  const years = Array.from({ length: thisYear - 2020 }, (_, i) => String(thisYear + 1 - i)).map((y) => ({ value: y, label: y }));
  const metrics = METRICS.map((m) => ({ value: m, label: t(`metric.${m}`) }));

  return (
    <RecordsPage
      title={t('targets.title')}
      description={t('targets.description')}
      actions={<Button onClick={() => setEditing('new')}>{t('targets.set')}</Button>}
      notice={targets.notice}
      actionError={deleteState.error}
    >
      <RecordsCard
        title={t('targets.heading')}
        list={targets}
        filters={
          <>
            <FilterSelect list={targets} name="year" label={t('targets.year')} options={years} />
            <FilterSelect list={targets} name="metric" label={t('targets.metric')} allLabel={t('targets.metric.all')} options={metrics} />
          </>
        }
      >
        <RecordList list={targets} empty={{ title: t('targets.empty') }} caption={t('targets.caption')} columns={columns} rowKey={(r) => r.id} />
      </RecordsCard>
      {editing && (
        <TargetForm
          target={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            targets.saved(t('targets.saved'));
          }}
        />
      )}
    </RecordsPage>
  );
}
