import { Alert, GraphqlProvider, SignInGate, navigate, useAppLocation, useSession, useT, type Role } from '@motcua/ui';
import { DossierPage } from './dossier/dossier.page';
import { StaffInboxPage } from './inbox/staff-inbox.page';
import { CounterIntakePage } from './intake/counter-intake.page';
import { StaffLayout } from './layout/staff-layout';
import { NotFoundPage } from './not-found.page';
import { NationalSyncPage } from './national-sync/national-sync.page';
import { NotificationOutboxPage } from './notifications/notification-outbox.page';
import { StaffPaymentsPages } from './payments/staff-payments.pages';
import { PickupBoardPage } from './pickup-board/pickup-board.page';
import { RegisterPage } from './register/register.page';
import { confirmLeave } from './scanning/navigation-guard';
import { useBarcodeScanner } from './scanning/use-barcode-scanner';
import { staffMessages } from './staff.messages';
import { matchStaffRoute, staffPaths, type StaffRoute } from './staff.routes';
import { useViewer } from './viewer/use-viewer';

const STAFF_ROLES: readonly Role[] = ['INTAKE', 'HANDLER', 'APPROVER', 'ADMIN'];
/** Pages that work for an account without a unit (an administrator): a dossier looked up by code, the outbox. */
const UNITLESS_PAGES: readonly StaffRoute['page'][] = ['dossier', 'outbox'];

/** The staff workspace under /staff. The hall's call board needs no sign-in; every other page does. */
export function App() {
  const t = useT(staffMessages);
  const route = matchStaffRoute(useAppLocation().pathname);
  return (
    <GraphqlProvider>
      {route.page === 'board' ? (
        <PickupBoardPage />
      ) : (
        <SignInGate title={t('staff.title')} roles={STAFF_ROLES}>
          <Workspace route={route} />
        </SignInGate>
      )}
    </GraphqlProvider>
  );
}

function Workspace({ route }: { route: StaffRoute }) {
  const t = useT(staffMessages);
  const session = useSession();
  const { agency } = useViewer();
  function openDossier(code: string) {
    if (!confirmLeave()) return;
    navigate(staffPaths.dossier(code));
  }
  // A USB scanner anywhere on the page opens the dossier it read.
  useBarcodeScanner(openDossier);

  return (
    <StaffLayout route={route} agencyCode={agency?.code ?? null} onCode={openDossier}>
      {!session?.user.unit && !UNITLESS_PAGES.includes(route.page) ? (
        <Alert tone="warning" title={t('noUnit.title')}>
          <p>{t('noUnit.description')}</p>
        </Alert>
      ) : (
        <Page route={route} />
      )}
    </StaffLayout>
  );
}

function Page({ route }: { route: StaffRoute }) {
  switch (route.page) {
    case 'inbox':
      return <StaffInboxPage />;
    case 'dossier':
      return <DossierPage key={route.code} code={route.code} />;
    case 'intake':
      return <CounterIntakePage />;
    case 'outbox':
      return <NotificationOutboxPage />;
    case 'register':
      return <RegisterPage />;
    case 'nationalSync':
      return <NationalSyncPage />;
    default:
      return <StaffPaymentsPages fallback={<NotFoundPage />} />;
  }
}
