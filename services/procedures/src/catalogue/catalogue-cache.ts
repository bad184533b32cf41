import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '@motcua/platform';

/** The channel the catalogue's triggers notify on (migration 20261203120000-catalogue-changes). */
const CATALOGUE_CHANGED = 'procedures_catalogue_changed';

/** Distinct searches remembered; the catalogue has a few dozen procedures, people type a few hundred searches. */
const MAX_ENTRIES = 500;

/**
 * Answers of catalogue searches, kept while the catalogue does not change. It changes only when a migration, the
 * seed or an administrator writes its tables; every such write notifies CATALOGUE_CHANGED, and each process
 * forgets everything it kept. Until this process listens (and if it stops listening) nothing is kept.
 */
class CatalogueCache {
  private readonly entries = new Map<string, Promise<unknown>>();
  private generation = 0;
  private listening = false;

  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.listening) return load();
    const kept = this.entries.get(key);
    if (kept) return kept as Promise<T>;
    const generation = this.generation;
    const loading = load();
    this.entries.set(key, loading);
    // A failure is not kept; neither is an answer loaded while the catalogue changed.
    loading.then(
      () => generation !== this.generation && this.entries.get(key) === loading && this.entries.delete(key),
      () => this.entries.get(key) === loading && this.entries.delete(key),
    );
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return loading;
  }

  forget(): void {
    this.generation++;
    this.entries.clear();
  }

  /** LISTENs on its own connection from the ORM's pool; on any trouble with it, stops keeping answers. */
  async listen(orm: MikroORM, log: Logger): Promise<{ stop(): Promise<void> }> {
    const knex = orm.em.getConnection().getKnex();
    const connection = (await knex.client.acquireConnection()) as PgClient;
    const stopListening = (reason: string) => {
      if (!this.listening) return;
      this.listening = false;
      this.forget();
      log.warn({ reason }, 'catalogue cache off: no longer told of changes');
    };
    connection.on('notification', (message) => message.channel === CATALOGUE_CHANGED && this.forget());
    connection.on('error', (err) => stopListening(String(err)));
    connection.on('end', () => stopListening('connection ended'));
    await connection.query(`listen ${CATALOGUE_CHANGED}`);
    this.forget();
    this.listening = true;
    return {
      stop: async () => {
        this.listening = false;
        this.forget();
        await connection.query(`unlisten ${CATALOGUE_CHANGED}`).catch(() => undefined);
        await knex.client.releaseConnection(connection);
      },
    };
  }
}

interface PgClient {
  query(sql: string): Promise<unknown>;
  on(event: 'notification', listener: (message: { channel: string }) => void): void;
  on(event: 'error', listener: (err: unknown) => void): void;
  on(event: 'end', listener: () => void): void;
}

/** One per process: the procedures service's searches. */
export const catalogueCache = new CatalogueCache();
