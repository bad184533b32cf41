import { MikroORM, type EntityManager, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Constructor, EntityClass, EntitySchema } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import type { Logger } from 'pino';

export interface OrmDefinition {
  /** The PostgreSQL schema the service owns; no other service reads or writes it. */
  schema: string;
  entities: (Constructor<object> | EntitySchema)[];
  /** Migrations in the order they apply; names must never change once released. */
  migrations: { name: string; class: Constructor<Migration> }[];
}

export function ormOptions(def: OrmDefinition, databaseUrl: string, log?: Logger): Options {
  return {
    clientUrl: databaseUrl,
    schema: def.schema,
    entities: def.entities,
    extensions: [Migrator],
    migrations: {
      migrationsList: def.migrations,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    // Entities are discovered from decorators at start; metadata comes from reflect-metadata, not ts-morph.
    discovery: { warnWhenNoEntities: true },
    pool: { min: 0, max: Number(process.env.DB_POOL_MAX ?? 10) },
    debug: process.env.ORM_DEBUG === 'true' ? true : ['discovery', 'info'],
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the ANSI colour codes (ESC [ … m) the ORM writes.
    logger: (message: string) => log?.debug({ orm: true }, message.replace(/\x1b\[[0-9;]*m/g, '')),
    colors: false,
    allowGlobalContext: false,
  };
}

/** Connects, makes sure the service's schema exists and applies its pending migrations. */
export async function openOrm(def: OrmDefinition, databaseUrl: string, log?: Logger): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(def, databaseUrl, log));
  await orm.em.getConnection().execute(`create schema if not exists "${def.schema}"`);
  await orm.getMigrator().up();
  return orm;
}

/**
 * Rows of one entity's table as plain objects of its properties, for hot reads: no query builder, no unit of
 * work, no change tracking (MikroORM's hydration was most of the CPU of a dossier read). The objects are not
 * managed: read them, never change and flush them. Columns the entity does not map keep their names.
 */
export async function selectPlain<T extends object>(em: EntityManager, entity: EntityClass<T>, sql: string, params: unknown[] = []): Promise<T[]> {
  const meta = em.getMetadata().get<T>(entity.name);
  const driver = em.getDriver();
  const rows = await em.execute<Record<string, unknown>[]>(sql, params);
  return rows.map((row) => driver.mapResult(row as never, meta) as T);
}

/** One SQL statement (or condition) with its values, `?` standing for each. */
export interface SqlStatement {
  sql: string;
  params: unknown[];
}

/** `?, ?, ?`: one placeholder per value, for `in (…)` lists. */
export function placeholdersFor(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}

/**
 * Sends statements in one round trip, in order, in the entity manager's transaction (if any); one that fails
 * fails them all. For writes made while a hot row is locked: each round trip there is time the lock is held.
 * The values are inlined by the ORM's own quoting, as for every `execute`.
 */
export async function executeTogether(em: EntityManager, statements: SqlStatement[]): Promise<void> {
  if (!statements.length) return;
  const platform = em.getPlatform();
  await em.execute(statements.map((s) => platform.formatQuery(s.sql, s.params)).join(';\n'), [], 'run');
}

export { MikroORM, type EntityManager };
