import { GraphqlProvider, SignInGate, useT, type Role } from '@motcua/ui';
import { StaffInboxPage } from './inbox/staff-inbox.page';
import { staffMessages } from './staff.messages';

const STAFF_ROLES: readonly Role[] = ['INTAKE', 'HANDLER', 'APPROVER', 'ADMIN'];

export function App() {
  const t = useT(staffMessages);
  return (
    <SignInGate title={t('staff.title')} roles={STAFF_ROLES}>
      <GraphqlProvider>
        <StaffInboxPage />
      </GraphqlProvider>
    </SignInGate>
  );
}
