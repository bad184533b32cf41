import 'reflect-metadata';
import { Directive, Field, ObjectType } from 'type-graphql';
import { AppError } from './errors';

/** Page information shared by every connection in the graph (hence @shareable). */
@ObjectType()
@Directive('@shareable')
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

/** Opaque cursors over an offset: simple, stable for sorted lists, and the client never parses them. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field: 'after', constraints: ['cursor'] }] } });
  return Number(match[1]);
}

export function pageInfo(offset: number, pageSize: number, total: number): PageInfo {
  const end = offset + pageSize;
  return { hasNextPage: end < total, endCursor: pageSize > 0 ? encodeCursor(end) : null };
}
