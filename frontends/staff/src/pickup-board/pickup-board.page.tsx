import { Button, ErrorAlert, Link, TIME_ZONE, TextField, formatDate, navigate, useAppLocation, useDocumentTitle, useLang, useSession, useT } from '@motcua/ui';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { staffPaths } from '../staff.routes';
import { Announcer } from './announcer';
import { boardMessages } from './board.messages';
import { calloutText } from './callout';
import styles from './pickup-board.module.css';
import { PICKUP_BOARD, type BoardCall } from './pickup-board.query';

const POLL_MS = 5000;

function formatTime(value: string | Date, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false }).format(
    typeof value === 'string' ? new Date(value) : value,
  );
}

/** While the board is shown the page is the hall's display: the site's header and footer step aside (see the CSS). */
function useKioskMode() {
  useEffect(() => {
    document.documentElement.dataset.staffBoard = '';
    return () => {
      delete document.documentElement.dataset.staffBoard;
    };
  }, []);
}

function useClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 15_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** /staff/bang-goi?unit=27931 — the call-out board, public: masked names and code tails only. */
export function PickupBoardPage() {
  const t = useT(boardMessages);
  const location = useAppLocation();
  const session = useSession();
  const unitCode = new URLSearchParams(location.search).get('unit') ?? session?.user.unit ?? null;
  useKioskMode();
  useDocumentTitle(t('board.title'));
  return unitCode ? <Board key={unitCode} unitCode={unitCode} /> : <ChooseUnit />;
}

function ChooseUnit() {
  const t = useT(boardMessages);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!/^\d{2,6}$/.test(code.trim())) {
      setError(t('board.unknownUnit'));
      return;
    }
    navigate(staffPaths.board(code.trim()), { replace: true });
  }
  return (
    <div className={styles.choose}>
      <h1>{t('board.chooseUnit')}</h1>
      <form className={styles.chooseForm} onSubmit={onSubmit} noValidate>
        <TextField label={t('board.unitCode')} hint={t('board.unitCodeHint')} inputMode="numeric" value={code} onChange={(event) => setCode(event.target.value)} error={error} />
        <Button type="submit">{t('board.show')}</Button>
      </form>
    </div>
  );
}

function Board({ unitCode }: { unitCode: string }) {
  const t = useT(boardMessages);
  const lang = useLang();
  const now = useClock();
  const board = useRef<HTMLDivElement>(null);
  const announcer = useMemo(() => new Announcer(), []);
  const [soundOn, setSoundOn] = useState(false);
  const [{ data, error, fetching }, reexecute] = useQuery({ query: PICKUP_BOARD, variables: { unitCode }, requestPolicy: 'network-only' });
  const seen = useRef<Set<string> | null>(null);
  const [fresh, setFresh] = useState<string | null>(null);

  useEffect(() => {
    const timer = window.setInterval(() => reexecute({ requestPolicy: 'network-only' }), POLL_MS);
    return () => window.clearInterval(timer);
  }, [reexecute]);

  useEffect(() => () => announcer.disable(), [announcer]);

  // Announce calls that appeared since the last poll, oldest first. The calls present at the first load are old news.
  const calls = data?.pickupBoard.calls;
  useEffect(() => {
    if (!calls) return;
    if (!seen.current) {
      seen.current = new Set(calls.map((call) => call.id));
      return;
    }
    const known = seen.current;
    const added = calls.filter((call) => !known.has(call.id)).reverse();
    for (const call of added) {
      known.add(call.id);
      announcer.announce(call);
    }
    if (added.length) setFresh(added.at(-1)!.id);
  }, [calls, announcer]);

  async function toggleSound() {
    if (soundOn) {
      announcer.disable();
      setSoundOn(false);
      return;
    }
    await announcer.enable(t('board.soundEnabled'));
    setSoundOn(true);
  }

  /** "Đọc lại" is a click too: it turns the sound on if it was off, then repeats the call. */
  async function repeat(call: BoardCall) {
    if (!soundOn) {
      await announcer.enable(t('board.soundEnabled'));
      setSoundOn(true);
    }
    announcer.announce(call);
  }

  const unitName = data?.administrativeUnit ? (lang === 'en' ? data.administrativeUnit.nameEn : data.administrativeUnit.name) : unitCode;
  const ready = data?.pickupBoard.ready ?? [];

  return (
    <div ref={board} className={styles.board}>
      <header className={styles.header}>
        <div>
          <h1 className={styles.title}>{t('board.title')}</h1>
          <p className={styles.unit}>{t('board.unit', { name: unitName })}</p>
        </div>
        <p className={styles.clock}>
          <time dateTime={now.toISOString()}>{formatTime(now, lang)}</time>
          <span className={styles.date}>{formatDate(now, lang)}</span>
        </p>
      </header>

      <div className={styles.controls}>
        <Button variant={soundOn ? 'secondary' : 'primary'} onClick={toggleSound}>
          <SpeakerIcon off={!soundOn} />
          {soundOn ? t('board.soundOff') : t('board.soundOn')}
        </Button>
        {document.fullscreenEnabled && (
          <Button variant="secondary" onClick={() => void board.current?.requestFullscreen()}>
            {t('board.fullscreen')}
          </Button>
        )}
        <Link className={styles.exit} href={staffPaths.inbox}>
          {t('board.exit')}
        </Link>
        <span className={styles.status} role="status">
          {!soundOn && t('board.soundHint')}
          {soundOn && !Announcer.speechSupported() && t('board.noSpeech')}
          {soundOn && Announcer.speechSupported() && !Announcer.hasVietnameseVoice() && t('board.noVoice')}
        </span>
      </div>

      {error && !data && <ErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      {error && data && (
        <p className={styles.offline} role="alert">
          {t('board.offline')}
        </p>
      )}
      {!data && fetching && <p className={styles.loading}>{t('board.loading')}</p>}

      {data && (
        <div className={styles.columns}>
          <section className={styles.callsSection} aria-labelledby="board-calls">
            <h2 id="board-calls" className={styles.sectionTitle}>
              {t('board.calls')}
            </h2>
            {calls && calls.length > 0 ? (
              <ol className={styles.calls} aria-live="polite">
                {calls.map((call, index) => (
                  <CallCard key={call.id} call={call} latest={index === 0} fresh={call.id === fresh} onRepeat={() => void repeat(call)} />
                ))}
              </ol>
            ) : (
              <p className={styles.empty}>{t('board.noCalls')}</p>
            )}
          </section>
          <section className={styles.readySection} aria-labelledby="board-ready">
            <h2 id="board-ready" className={styles.sectionTitle}>
              {t('board.ready')}
            </h2>
            {ready.length > 0 ? (
              <ul className={styles.ready}>
                {ready.map((item) => (
                  <li key={item.codeTail} className={styles.readyItem}>
                    <span className={styles.readyName}>{item.maskedName}</span>
                    <span className={styles.readyCode}>{item.codeTail}</span>
                    {item.counter && <span className={styles.readyCounter}>{t('board.counter', { counter: item.counter })}</span>}
                  </li>
                ))}
              </ul>
            ) : (
              <p className={styles.empty}>{t('board.noReady')}</p>
            )}
          </section>
        </div>
      )}
    </div>
  );
}

function CallCard({ call, latest, fresh, onRepeat }: { call: BoardCall; latest: boolean; fresh: boolean; onRepeat: () => void }) {
  const t = useT(boardMessages);
  const lang = useLang();
  const sentence = calloutText(call, lang === 'en' ? 'en' : 'vi');
  return (
    <li className={`${styles.call} ${latest ? styles.latest : ''} ${fresh ? styles.fresh : ''}`}>
      <p className={styles.counter}>{t('board.counter', { counter: call.counter })}</p>
      <p className={styles.name}>{call.maskedName}</p>
      <p className={styles.code}>
        {t('board.codeLabel')} <span className={styles.mono}>{call.codeTail}</span>
      </p>
      <p className={styles.sentence}>{sentence}</p>
      <div className={styles.callFoot}>
        <span className={styles.time}>{t('board.calledAt', { time: formatTime(call.calledAt, lang) })}</span>
        <Button variant="secondary" size="small" onClick={onRepeat} aria-label={t('board.repeatNamed', { text: sentence })}>
          {t('board.repeat')}
        </Button>
      </div>
    </li>
  );
}

function SpeakerIcon({ off }: { off: boolean }) {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
      <path d="M4 9h4l5-4v14l-5-4H4z" />
      {off ? <path d="m17 9 5 6m0-6-5 6" /> : <path d="M17 8a5 5 0 0 1 0 8m2.5-11a9 9 0 0 1 0 14" />}
    </svg>
  );
}
