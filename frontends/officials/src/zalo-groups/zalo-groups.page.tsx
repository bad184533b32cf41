import { Badge, Button, useLang, useT, type TableColumn } from '@motcua/ui';
import { useState } from 'react';
import { useMutation } from 'urql';
import { formatCount, unitName } from '../common/format';
import styles from '../common/records.module.css';
import { RecordList, RecordsCard, RecordsPage, RowActions, useRecords } from '../common/records-page';
import { ZaloGroupForm } from './zalo-group-form';
import { zaloMessages } from './zalo-groups.messages';
import { SUPPORT_GROUPS, UPDATE_GROUP, type SupportGroupRow } from './zalo-groups.query';

const PAGE_SIZE = 25;

export default function ZaloGroupsPage() {
  const t = useT(zaloMessages);
  const lang = useLang();
  const [editing, setEditing] = useState<SupportGroupRow | 'new' | null>(null);
  const groups = useRecords({ query: SUPPORT_GROUPS, pageSize: PAGE_SIZE, filters: {}, variables: () => ({}), select: (d) => d.supportGroups });
  const [toggleState, toggle] = useMutation(UPDATE_GROUP);

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
        <RowActions
          open={{ label: t('zalo.edit'), onClick: () => setEditing(g) }}
          change={{
            label: g.active ? t('zalo.deactivate') : t('zalo.activate'),
            busy: toggleState.fetching,
            run: () => toggle({ id: g.id, input: { active: !g.active } }),
            onDone: groups.refresh,
          }}
        />
      ),
    },
  ];

  return (
    <RecordsPage
      title={t('zalo.title')}
      description={t('zalo.description')}
      actions={<Button onClick={() => setEditing('new')}>{t('zalo.add')}</Button>}
      notice={groups.notice}
      actionError={toggleState.error}
    >
      <RecordsCard title={t('zalo.heading')} list={groups}>
        <RecordList list={groups} empty={{ title: t('zalo.empty') }} caption={t('zalo.caption')} columns={columns} rowKey={(g) => g.id} />
      </RecordsCard>
      {editing && (
        <ZaloGroupForm
          group={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(name) => {
            setEditing(null);
            groups.saved(t('zalo.saved', { name }));
          }}
        />
      )}
    </RecordsPage>
  );
}
