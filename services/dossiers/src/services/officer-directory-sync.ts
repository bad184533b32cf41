import { fetchOfficerDirectory, officerDirectoryConfig, OFFICER_ROLES, type ServiceDeps } from '@motcua/platform';
import { saveOfficer } from './officers';

const DEFAULT_INTERVAL_MINUTES = 60;

/**
 * Reads the officers' directory (OFFICER_DIRECTORY_URL) at start and then every OFFICER_DIRECTORY_SYNC_MINUTES, so
 * that a handler who has never signed in can be given a dossier. Officers are added and updated, never removed:
 * one who left keeps their name on the dossiers they handled, and the provider no longer lets them sign in.
 */
export function startOfficerDirectorySync(deps: ServiceDeps): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const once = () => {
    running = syncOfficerDirectory(deps).catch((err: unknown) => deps.log.warn({ err }, 'officer directory not read; it is read again at the next interval'));
  };
  once();
  const timer = setInterval(once, Number(deps.env.OFFICER_DIRECTORY_SYNC_MINUTES ?? DEFAULT_INTERVAL_MINUTES) * 60_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

/** One pass: every officer of the directory with a unit and an officer's role; answers how many were read. */
async function syncOfficerDirectory(deps: Pick<ServiceDeps, 'env' | 'orm' | 'log'>): Promise<number> {
  const config = await officerDirectoryConfig(deps.env);
  if (!config) return 0;
  const officers = (await fetchOfficerDirectory(config)).filter((o) => o.unitCode && o.roles.some((r) => OFFICER_ROLES.includes(r)));
  const em = deps.orm.em.fork();
  for (const officer of officers) await saveOfficer(em, officer);
  deps.log.info({ officers: officers.length }, 'officer directory read');
  return officers.length;
}
