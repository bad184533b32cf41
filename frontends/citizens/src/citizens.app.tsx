import { GraphqlProvider, Spinner, useAppLocation, useT } from '@motcua/ui';
import { lazy, Suspense } from 'react';
import { matchRoute, sectionOf, type CitizensRoute } from './citizens.routes';
import { commonMessages } from './common/common.messages';
import { CitizensNav } from './layout/citizens-nav';
import { NotFoundPage } from './layout/not-found.page';
import styles from './layout/citizens-layout.module.css';
import { ProcedureSearchPage } from './procedure-search/procedure-search.page';

// The search is the landing page and ships with the entry; every other page loads when first visited.
const ProcedureDetailPage = lazy(() => import('./procedure-detail/procedure-detail.page'));
const SubmitDossierPage = lazy(() => import('./dossier-submit/submit-dossier.page'));
const TrackDossierPage = lazy(() => import('./dossier-tracking/track-dossier.page'));
const MyDossiersPage = lazy(() => import('./my-dossiers/my-dossiers.page'));
const MyDossierPage = lazy(() => import('./my-dossiers/my-dossier.page'));
const PaymentsPages = lazy(() => import('./payments/payments.pages'));

function RoutePage({ route }: { route: CitizensRoute }) {
  switch (route.name) {
    case 'search':
      return <ProcedureSearchPage />;
    case 'procedure':
      return <ProcedureDetailPage key={route.code} code={route.code} />;
    case 'submit':
      return <SubmitDossierPage key={route.code} code={route.code} />;
    case 'track':
      return <TrackDossierPage code={route.code} />;
    case 'myDossiers':
      return <MyDossiersPage />;
    case 'myDossier':
      return <MyDossierPage key={route.code} code={route.code} />;
    default:
      return <PaymentsPages fallback={<NotFoundPage />} />;
  }
}

function PageLoading() {
  const t = useT(commonMessages);
  return (
    <div className={styles.pageLoading}>
      <Spinner label={t('page.loading')} />
    </div>
  );
}

/** The citizens' portal: search, procedure pages, online submission, tracking and the citizen's own dossiers. */
export function App() {
  const { pathname } = useAppLocation();
  const route = matchRoute(pathname);
  return (
    <GraphqlProvider>
      <div className={styles.portal}>
        <CitizensNav current={sectionOf(route)} />
        <Suspense fallback={<PageLoading />}>
          <RoutePage route={route} />
        </Suspense>
      </div>
    </GraphqlProvider>
  );
}
