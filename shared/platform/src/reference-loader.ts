import DataLoader from 'dataloader';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from './context';

const loadersOf = new WeakMap<RequestContext['em'], Map<string, DataLoader<unknown, unknown>>>();

/**
 * Batches every `batchLoad` of the same `name` within one request into one call of `load` (keys deduplicated).
 * GraphQL resolves a list's fields row by row: a field that counts or looks something up per row would otherwise
 * cost a query per row, and two fields reading the same figures would cost two. `load` answers a map by key;
 * a key it leaves out reads as undefined.
 */
export function batchLoad<K, V>(ctx: Pick<RequestContext, 'em'>, name: string, load: (keys: readonly K[]) => Promise<Map<K, V>>, key: K): Promise<V | undefined> {
  let loaders = loadersOf.get(ctx.em);
  if (!loaders) {
    loaders = new Map();
    loadersOf.set(ctx.em, loaders);
  }
  let loader = loaders.get(name) as DataLoader<K, V | undefined> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V | undefined>(async (keys) => {
      const found = await load(keys);
      return keys.map((k) => found.get(k));
    });
    loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader.load(key);
}

/**
 * Loads an entity by a unique text key, batching every lookup of the same request into one query. The gateway
 * resolves a list's references one by one (`_entities` with 20 representations for a page of 20 dossiers):
 * without this, each one is its own round trip to PostgreSQL.
 */
export async function loadByKey<T extends object>(ctx: Pick<RequestContext, 'em'>, entity: EntityName<T>, field: keyof T & string, key: string): Promise<T | null> {
  const name = `${typeof entity === 'string' ? entity : (entity as { name: string }).name}.${field}`;
  const load = async (keys: readonly string[]) => {
    const rows = await ctx.em.find(entity, { [field]: { $in: [...keys] } } as FilterQuery<T>);
    return new Map(rows.map((row) => [String(row[field]), row]));
  };
  return (await batchLoad(ctx, name, load, key)) ?? null;
}
