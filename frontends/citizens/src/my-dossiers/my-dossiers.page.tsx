import { Button, DossierStatusBadge, EmptyState, ErrorAlert, Link, PageHeader, SignInGate, Spinner, formatDateTime, formatNumber, useLang, useSession, useT } from '@motcua/ui';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { paths } from '../citizens.routes';
import { commonMessages } from '../common/common.messages';
import { listDrafts } from '../common/dossier-draft';
import styles from './my-dossiers.module.css';
import { myDossiersMessages } from './my-dossiers.messages';
import { MY_DOSSIERS, type DossierListItem } from './my-dossiers.queries';

const PAGE_SIZE = 10;
const ATTENTION = ['SUPPLEMENT_REQUESTED', 'RESULT_READY', 'WAITING_FOR_FEE'] as const;
type Attention = (typeof ATTENTION)[number];

function needsAttention(status: string): status is Attention {
  return (ATTENTION as readonly string[]).includes(status);
}

const CLOSED = ['DRAFT', 'REFUSED', 'WITHDRAWN', 'STOPPED', 'RETURNED'];

/** A fee still to pay is said before the status: "Đã nộp" alone would read as if nothing were owed. */
function feeDue(dossier: DossierListItem): boolean {
  return dossier.feeStatus === 'DUE' && !CLOSED.includes(dossier.status);
}

function DossierCard({ dossier }: { dossier: DossierListItem }) {
  const t = useT(myDossiersMessages);
  const common = useT(commonMessages);
  const lang = useLang();
  const session = useSession();
  const english = lang === 'en';
  // A volunteer's list holds other people's dossiers: say whose.
  const showApplicant = !!dossier.applicant && dossier.applicant.fullName !== session?.user.name;
  return (
    <article className={styles.card} data-attention={needsAttention(dossier.status) || feeDue(dossier) ? true : undefined}>
      <h3 className={styles.cardTitle}>
        <Link href={paths.myDossier(dossier.code)}>{english ? dossier.procedure.nameEn : dossier.procedure.name}</Link>
      </h3>
      <p className={styles.code}>{dossier.code}</p>
      {feeDue(dossier) && (
        <p className={styles.attention}>
          {t('attention.fee')} <Link href={paths.myDossier(dossier.code, 'pay')}>{t('payNow')}</Link>
        </p>
      )}
      <div className={styles.statusRow}>
        <DossierStatusBadge status={dossier.status} />
        {dossier.overdue && <span className={styles.overdue}>{t('overdue')}</span>}
      </div>
      {needsAttention(dossier.status) && !(dossier.status === 'WAITING_FOR_FEE' && feeDue(dossier)) && <p className={styles.attention}>{t(`attention.${dossier.status}`)}</p>}
      <dl className={styles.facts}>
        {showApplicant && dossier.applicant && (
          <div>
            <dt>{common('dossier.applicant')}</dt>
            <dd lang="vi">{dossier.applicant.fullName}</dd>
          </div>
        )}
        <div>
          <dt>{common('dossier.agency')}</dt>
          <dd>{english ? dossier.agency.nameEn : dossier.agency.name}</dd>
        </div>
        {dossier.submittedAt && (
          <div>
            <dt>{common('dossier.submittedAt')}</dt>
            <dd>{formatDateTime(dossier.submittedAt, lang)}</dd>
          </div>
        )}
        {dossier.dueAt && (
          <div>
            <dt>{common('dossier.dueAt')}</dt>
            <dd>{formatDateTime(dossier.dueAt, lang)}</dd>
          </div>
        )}
      </dl>
    </article>
  );
}

interface LoadedPage {
  totalCount: number;
  shown: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/** One page of the list as <li> items, asked for after the previous page's end. */
function DossiersPage({ after, focusOnLoad, onLoaded }: { after: string | null; focusOnLoad: boolean; onLoaded: (page: LoadedPage) => void }) {
  const t = useT(myDossiersMessages);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MY_DOSSIERS, variables: { first: PAGE_SIZE, after }, requestPolicy: 'cache-and-network' });
  const list = data?.myDossiers;
  const first = useRef<HTMLLIElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when a page of dossiers arrives; the parent's callback and flag are read as they are then.
  useEffect(() => {
    if (!list) return;
    onLoaded({ totalCount: list.totalCount, shown: list.nodes.length, hasNextPage: list.pageInfo.hasNextPage, endCursor: list.pageInfo.endCursor });
    if (focusOnLoad) first.current?.querySelector('a')?.focus();
  }, [list]);

  if (error) {
    return (
      <li>
        <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </li>
    );
  }
  if (!list) {
    return fetching ? (
      <li className={styles.loading}>
        <Spinner label={after ? t('loadingMore') : t('loading')} />
      </li>
    ) : null;
  }
  return (
    <>
      {list.nodes.map((dossier, index) => (
        <li key={dossier.code} ref={index === 0 ? first : undefined}>
          <DossierCard dossier={dossier} />
        </li>
      ))}
    </>
  );
}

function Drafts() {
  const t = useT(myDossiersMessages);
  const lang = useLang();
  const session = useSession();
  const drafts = useMemo(() => (session ? listDrafts(session.user.id) : []), [session]);
  if (drafts.length === 0) return null;
  return (
    <section className={styles.drafts} aria-labelledby="drafts-title">
      <h2 id="drafts-title" className={styles.sectionTitle}>
        {t('draftsTitle')}
      </h2>
      <ul className={styles.draftList}>
        {drafts.map((draft) => (
          <li key={draft.procedureCode} className={styles.draft}>
            <span className={styles.draftName}>{draft.procedureName}</span>
            <span className={styles.muted}>{t('draftSaved', { at: formatDateTime(draft.savedAt, lang) })}</span>
            <Link href={paths.submit(draft.procedureCode)} aria-label={`${t('continueDraft')}: ${draft.procedureName}`}>
              {t('continueDraft')}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function DossierList() {
  const t = useT(myDossiersMessages);
  const lang = useLang();
  const [pages, setPages] = useState<LoadedPage[]>([]);
  const [wanted, setWanted] = useState(1);

  const rendered: (string | null)[] = [];
  for (let index = 0; index < wanted; index += 1) {
    if (index === 0) rendered.push(null);
    else if (pages[index - 1]?.hasNextPage) rendered.push(pages[index - 1].endCursor);
    else break;
  }
  const first = pages[0];
  const last = pages[rendered.length - 1];
  const shown = pages.slice(0, rendered.length).reduce((sum, page) => sum + (page?.shown ?? 0), 0);

  return (
    <section aria-labelledby="dossier-list-title" className={styles.listSection}>
      <h2 id="dossier-list-title" className={styles.sectionTitle}>
        {t('listTitle')}
        {first && <span className={styles.count}> · {t('total', { count: formatNumber(first.totalCount, lang) })}</span>}
      </h2>
      <ul className={styles.list}>
        {rendered.map((after, index) => (
          <DossiersPage
            // biome-ignore lint/suspicious/noArrayIndexKey: pages only ever append; the cursor names each one.
            key={`${index}:${after ?? ''}`}
            after={after}
            focusOnLoad={index > 0 && index === wanted - 1}
            onLoaded={(page) => setPages((previous) => Object.assign([...previous.slice(0, index)], { [index]: page }))}
          />
        ))}
      </ul>
      {first && first.totalCount === 0 && <EmptyState title={t('emptyTitle')} description={t('emptyDescription')} action={<Link href={paths.search()}>{t('findProcedure')}</Link>} />}
      {last?.hasNextPage && rendered.length === wanted && (
        <div className={styles.more}>
          <p className={styles.muted}>{t('showing', { shown: formatNumber(shown, lang), total: formatNumber(first?.totalCount ?? shown, lang) })}</p>
          <Button variant="secondary" onClick={() => setWanted(wanted + 1)}>
            {t('loadMore')}
          </Button>
        </div>
      )}
    </section>
  );
}

export default function MyDossiersPage() {
  const t = useT(myDossiersMessages);
  return (
    <SignInGate title={t('title')} roles={['CITIZEN', 'VOLUNTEER']}>
      <div className={styles.page}>
        <PageHeader title={t('title')} description={t('description')} />
        <Drafts />
        <DossierList />
      </div>
    </SignInGate>
  );
}
