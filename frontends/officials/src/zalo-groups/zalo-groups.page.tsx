import { Badge, Button, useLang, useT, type TableColumn } from '@motcua/ui';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { formatCount, unitName } from '../common/format';
import styles from '../common/records.module.css';
import { RecordList, RecordsCard, RecordsPage } from '../common/records-page';
import { useCursorPages } from '../common/use-cursor-pages';
import { ZaloGroupForm } from './zalo-group-form';
import { zaloMessages } from './zalo-groups.messages';
import { SUPPORT_GROUPS, UPDATE_GROUP, type SupportGroupRow } from './zalo-groups.query';

const PAGE_SIZE = 25;

export default function ZaloGroupsPage() {
  const t = useT(zaloMessages);
  const lang = useLang();
  const [unit, setUnit] = useState('');
  const pages = useCursorPages(PAGE_SIZE);
  const [editing, setEditing] = useState<SupportGroupRow | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SUPPORT_GROUPS, variables: { unit: unit || null, first: pages.first, after: pages.after } });
  const [toggleState, toggle] = useMutation(UPDATE_GROUP);
  const groups = data?.supportGroups;
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  const columns: TableColumn<SupportGroupRow>[] = [
    { key: 'name', header: t('column.name'), render: (g) => <strong lang="vi">{g.name}</strong> },
    { key: 'unit', header: t('column.unit'), render: (g) => unitName(g.unit, lang) },
    {
      key: 'link',
      header: t('column.link'),
      render: (g) => (
        <a className={styles.link} href={g.link} target="_blank" rel="noopener noreferrer">
          {g.link.replace('https://', '')}
          <span className={styles.visuallyHidden}> {t('zalo.newTab')}</span>
        </a>
      ),
    },
    { key: 'admins', header: t('column.admins'), render: (g) => <span lang="vi">{g.admins.join(', ')}</span> },
    { key: 'members', header: t('column.members'), render: (g) => <span className={styles.number}>{formatCount(g.memberCount, lang)}</span> },
    { key: 'status', header: t('column.status'), render: (g) => <Badge tone={g.active ? 'success' : 'neutral'}>{g.active ? t('zalo.active') : t('zalo.inactive')}</Badge> },
    {
      key: 'actions',
      header: t('column.actions'),
      render: (g) => (
        <span className={styles.actions}>
          <Button size="small" variant="secondary" onClick={() => setEditing(g)}>
            {t('zalo.edit')}
          </Button>
          <Button
            size="small"
            variant="ghost"
            busy={toggleState.fetching}
            onClick={async () => {
              const result = await toggle({ id: g.id, input: { active: !g.active } });
              if (!result.error) refresh();
            }}
          >
            {g.active ? t('zalo.deactivate') : t('zalo.activate')}
          </Button>
        </span>
      ),
    },
  ];

  return (
    <RecordsPage
      title={t('zalo.title')}
      description={t('zalo.description')}
      actions={<Button onClick={() => setEditing('new')}>{t('zalo.add')}</Button>}
      notice={notice}
      actionError={toggleState.error}
    >
      <RecordsCard
        title={t('zalo.heading')}
        fetching={fetching}
        unit={unit}
        onUnitChange={(code) => {
          setUnit(code);
          pages.reset();
        }}
      >
        <RecordList
          connection={groups}
          fetching={fetching}
          error={error}
          onRetry={refresh}
          empty={{ title: t('zalo.empty') }}
          caption={t('zalo.caption')}
          columns={columns}
          rowKey={(g) => g.id}
          pages={pages}
          pageSize={PAGE_SIZE}
        />
      </RecordsCard>
      {editing && (
        <ZaloGroupForm
          group={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(name) => {
            setEditing(null);
            setNotice(t('zalo.saved', { name }));
            refresh();
          }}
        />
      )}
    </RecordsPage>
  );
}
