import { Alert, Button, Dialog, EmptyState, ErrorAlert, Link, PageHeader, Spinner, Table, TextAreaField, formatDateTime, formatVnd, useLang, useT, type TableColumn } from '@motcua/ui';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { staffPaths } from '../staff.routes';
import { staffPaymentsMessages } from './staff-payments.messages';
import styles from './staff-payments.module.css';
import { MISMATCHES, REFUND_CASH, RESOLVE_MISMATCH, type Mismatch } from './staff-payments.queries';

type Action = { kind: 'resolve' | 'refund'; mismatch: Mismatch };

/** /staff/thu-phi/doi-soat — what reconciliation and refunds left for an officer to settle. */
export function MismatchesPage() {
  const t = useT(staffPaymentsMessages);
  const lang = useLang();
  const [resolved, setResolved] = useState(false);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MISMATCHES, variables: { resolved }, requestPolicy: 'cache-and-network' });
  const [action, setAction] = useState<Action | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const list = data?.paymentMismatches;

  const columns: TableColumn<Mismatch>[] = [
    { key: 'time', header: t('col.time'), render: (m) => formatDateTime(m.detectedAt, lang) },
    { key: 'kind', header: t('col.kind'), render: (m) => t(`kind.${m.kind}`) },
    {
      key: 'dossier',
      header: t('col.dossier'),
      render: (m) =>
        m.dossierCode ? (
          <Link href={staffPaths.dossier(m.dossierCode)} className={styles.mono}>
            {m.dossierCode}
          </Link>
        ) : (
          ''
        ),
    },
    { key: 'detail', header: t('col.detail'), render: (m) => m.detail },
    { key: 'amount', header: t('col.amount'), render: (m) => <span className={styles.number}>{m.ourAmount !== null ? formatVnd(m.ourAmount, lang) : ''}</span> },
    {
      key: 'actions',
      header: t('col.actions'),
      render: (m) =>
        m.resolvedAt ? (
          <span>
            {m.resolution}
            <br />
            <span className={styles.muted}>{t('mismatch.by', { name: m.resolvedByName ?? '', at: formatDateTime(m.resolvedAt, lang) })}</span>
          </span>
        ) : (
          <div className={styles.actions}>
            {m.kind === 'CASH_REFUND_DUE' && m.paymentId && (
              <Button size="small" onClick={() => setAction({ kind: 'refund', mismatch: m })}>
                {t('mismatch.refundCash')}
              </Button>
            )}
            <Button size="small" variant="secondary" onClick={() => setAction({ kind: 'resolve', mismatch: m })}>
              {t('mismatch.resolve')}
            </Button>
          </div>
        ),
    },
  ];

  return (
    <div className={styles.page}>
      <PageHeader title={t('mismatch.title')} description={t('mismatch.description')} />
      <div className={styles.toggle} role="group" aria-label={t('mismatch.title')}>
        <Button variant="ghost" size="small" aria-pressed={!resolved} onClick={() => setResolved(false)}>
          {t('mismatch.open')}
        </Button>
        <Button variant="ghost" size="small" aria-pressed={resolved} onClick={() => setResolved(true)}>
          {t('mismatch.resolved')}
        </Button>
      </div>
      {notice && <Alert tone="success">{notice}</Alert>}
      {error && <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {!list && fetching && <Spinner label={t('mismatch.title')} />}
      {list && (list.length === 0 ? <EmptyState title={t('mismatch.empty')} /> : <Table caption={t('mismatch.title')} hideCaption columns={columns} rows={list} rowKey={(m) => m.id} pageSize={25} />)}
      {action && (
        <MismatchDialog
          action={action}
          onClose={() => setAction(null)}
          onDone={(text) => {
            setAction(null);
            setNotice(text);
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </div>
  );
}

function MismatchDialog({ action, onClose, onDone }: { action: Action; onClose: () => void; onDone: (notice: string) => void }) {
  const t = useT(staffPaymentsMessages);
  const [text, setText] = useState('');
  const [resolveState, resolve] = useMutation(RESOLVE_MISMATCH);
  const [refundState, refund] = useMutation(REFUND_CASH);
  const busy = resolveState.fetching || refundState.fetching;
  const refunding = action.kind === 'refund';
  const title = refunding ? t('mismatch.refundCash') : t('mismatch.resolve');

  async function submit() {
    const result = refunding ? await refund({ id: action.mismatch.paymentId!, reason: text }) : await resolve({ id: action.mismatch.id, resolution: text });
    if (!result.error) onDone(title);
  }

  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      busy={busy}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button variant="secondary" onClick={onClose} disabled={busy}>
            {t('mismatch.cancel')}
          </Button>
          <Button type="submit" busy={busy}>
            {title}
          </Button>
        </>
      }
    >
      <p>{action.mismatch.detail}</p>
      <TextAreaField
        label={refunding ? t('mismatch.refundReason') : t('mismatch.resolution')}
        hint={refunding ? undefined : t('mismatch.resolutionHint')}
        value={text}
        onChange={(event) => setText(event.target.value)}
        required
      />
      {(resolveState.error || refundState.error) && <ErrorAlert error={resolveState.error ?? refundState.error} />}
    </Dialog>
  );
}
