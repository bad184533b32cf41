import { defineMessages, useT, type DossierStatus } from '@motcua/ui';
import styles from './dossier-progress.module.css';

const messages = defineMessages({
  vi: {
    label: 'Các bước giải quyết hồ sơ',
    'stage.SUBMITTED': 'Đã nộp',
    'stage.RECEIVED': 'Đã tiếp nhận',
    'stage.IN_PROGRESS': 'Đang xử lý',
    'stage.RESULT_READY': 'Có kết quả',
    'stage.RETURNED': 'Đã trả kết quả',
    done: 'đã xong',
    current: 'bước hiện tại',
    ended: 'Hồ sơ đã dừng ở bước này.',
  },
  en: {
    label: 'Stages of the dossier',
    'stage.SUBMITTED': 'Submitted',
    'stage.RECEIVED': 'Received',
    'stage.IN_PROGRESS': 'In progress',
    'stage.RESULT_READY': 'Result ready',
    'stage.RETURNED': 'Result returned',
    done: 'done',
    current: 'current stage',
    ended: 'The dossier ended at this stage.',
  },
});

const STAGES = ['SUBMITTED', 'RECEIVED', 'IN_PROGRESS', 'RESULT_READY', 'RETURNED'] as const;

/** Where on the main path a status sits; pauses and ends sit on the stage they interrupt. */
function stageIndex(status: DossierStatus, receivedAt: string | null): number {
  switch (status) {
    case 'DRAFT':
    case 'SUBMITTED':
      return 0;
    case 'RECEIVED':
      return 1;
    case 'IN_PROGRESS':
      return 2;
    case 'RESULT_READY':
      return 3;
    case 'RETURNED':
      return 4;
    default:
      // Supplement, fee, refusal, withdrawal, stop: before receipt they hold the first stage, after it the third.
      return receivedAt ? 2 : 0;
  }
}

/** The main path (submitted → received → in progress → result → returned) with the dossier's place on it. */
export function DossierProgress({ status, receivedAt }: { status: DossierStatus; receivedAt: string | null }) {
  const t = useT(messages);
  const current = stageIndex(status, receivedAt);
  const ended = status === 'REFUSED' || status === 'WITHDRAWN' || status === 'STOPPED';
  const finished = status === 'RETURNED';
  return (
    <ol className={styles.progress} aria-label={t('label')}>
      {STAGES.map((stage, index) => {
        const state = index < current || (finished && index === current) ? 'done' : index === current ? 'current' : 'todo';
        return (
          <li key={stage} className={styles.stage} data-state={state} data-ended={ended && index === current ? true : undefined} aria-current={state === 'current' ? 'step' : undefined}>
            <span className={styles.dot} aria-hidden="true">
              {state === 'done' ? '✓' : index + 1}
            </span>
            <span className={styles.name}>
              {t(`stage.${stage}`)}
              {state === 'done' && <span className={styles.hidden}> ({t('done')})</span>}
              {state === 'current' && <span className={styles.hidden}> ({ended ? t('ended') : t('current')})</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
