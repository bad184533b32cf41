import type { DossierStatus } from '../domain';
import { useSharedT } from '../i18n/i18n';
import { Badge, type BadgeTone } from './badge';

const TONES: Record<DossierStatus, BadgeTone> = {
  DRAFT: 'neutral',
  SUBMITTED: 'info',
  RECEIVED: 'info',
  SUPPLEMENT_REQUESTED: 'warning',
  REFUSED: 'danger',
  WAITING_FOR_FEE: 'warning',
  IN_PROGRESS: 'info',
  RESULT_READY: 'success',
  RETURNED: 'success',
  WITHDRAWN: 'neutral',
  STOPPED: 'danger',
};

export function DossierStatusBadge({ status }: { status: DossierStatus }) {
  const t = useSharedT();
  return <Badge tone={TONES[status]}>{t(`dossierStatus.${status}`)}</Badge>;
}
