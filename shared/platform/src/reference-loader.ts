import DataLoader from 'dataloader';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { RequestContext } from './context';

const loadersOf = new WeakMap<RequestContext['em'], Map<string, DataLoader<string, object | null>>>();

/**
 * Loads an entity by a unique text key, batching every lookup of the same request into one query. The gateway
 * resolves a list's references one by one (`_entities` with 20 representations for a page of 20 dossiers):
 * without this, each one is its own round trip to PostgreSQL.
 */
export function loadByKey<T extends object>(ctx: Pick<RequestContext, 'em'>, entity: EntityName<T>, field: keyof T & string, key: string): Promise<T | null> {
  let loaders = loadersOf.get(ctx.em);
  if (!loaders) loadersOf.set(ctx.em, (loaders = new Map()));
  const name = `${typeof entity === 'string' ? entity : (entity as { name: string }).name}.${field}`;
  let loader = loaders.get(name);
  if (!loader) {
    loader = new DataLoader<string, object | null>(async (keys) => {
      const rows = await ctx.em.find(entity, { [field]: { $in: [...keys] } } as FilterQuery<T>);
      const byKey = new Map(rows.map((row) => [String(row[field]), row]));
      return keys.map((k) => byKey.get(k) ?? null);
    });
    loaders.set(name, loader);
  }
  return loader.load(key) as Promise<T | null>;
}
