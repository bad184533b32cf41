import { Alert, GraphqlProvider, SignInGate, Spinner, useAppLocation, useSession, useT, type Role } from '@motcua/ui';
import { lazy, Suspense } from 'react';
import { DashboardPage } from './dashboard/dashboard.page';
import styles from './layout/officials-layout.module.css';
import { NotFoundPage } from './layout/not-found.page';
import { OfficialsNav } from './layout/officials-nav';
import { officialsMessages } from './officials.messages';
import { matchOfficialsRoute, sectionOf, type OfficialsRoute } from './officials.routes';

const OFFICIAL_ROLES: readonly Role[] = ['OFFICIAL', 'ADMIN'];

// The dashboard is the landing page and ships with the entry; the record pages load when first visited.
const ProcedurePage = lazy(() => import('./procedure/procedure.page'));
const TrainingSessionsPage = lazy(() => import('./training/training-sessions.page'));
const OutreachEventsPage = lazy(() => import('./outreach-events/outreach-events.page'));
const VolunteersPage = lazy(() => import('./volunteers/volunteers.page'));
const ZaloGroupsPage = lazy(() => import('./zalo-groups/zalo-groups.page'));
const SupportInboxPage = lazy(() => import('./support-inbox/support-inbox.page'));
const TargetsPage = lazy(() => import('./targets/targets.page'));

function RoutePage({ route, unit }: { route: OfficialsRoute; unit: string }) {
  switch (route.page) {
    case 'dashboard':
      return <DashboardPage key={route.unitCode ?? unit} unitCode={route.unitCode ?? unit} />;
    case 'procedure':
      return <ProcedurePage key={`${route.unitCode}/${route.procedureCode}`} unitCode={route.unitCode} procedureCode={route.procedureCode} />;
    case 'training':
      return <TrainingSessionsPage />;
    case 'events':
      return <OutreachEventsPage />;
    case 'volunteers':
      return <VolunteersPage />;
    case 'zalo':
      return <ZaloGroupsPage />;
    case 'support':
      return <SupportInboxPage />;
    case 'targets':
      return <TargetsPage />;
    default:
      return <NotFoundPage />;
  }
}

function PageLoading() {
  const t = useT(officialsMessages);
  return (
    <div className={styles.pageLoading}>
      <Spinner label={t('page.loading')} />
    </div>
  );
}

function Area() {
  const t = useT(officialsMessages);
  const route = matchOfficialsRoute(useAppLocation().pathname);
  const unit = useSession()?.user.unit;
  return (
    <div className={styles.area}>
      <OfficialsNav current={sectionOf(route)} />
      {unit ? (
        <Suspense fallback={<PageLoading />}>
          <RoutePage route={route} unit={unit} />
        </Suspense>
      ) : (
        <Alert tone="warning" title={t('noUnit.title')}>
          <p>{t('noUnit.description')}</p>
        </Alert>
      )}
    </div>
  );
}

/** The officials' area under /officials: indicators for district leaders and the outreach programme's records. */
export function App() {
  const t = useT(officialsMessages);
  return (
    <SignInGate title={t('officials.title')} roles={OFFICIAL_ROLES}>
      <GraphqlProvider>
        <Area />
      </GraphqlProvider>
    </SignInGate>
  );
}
