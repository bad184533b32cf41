import { GraphQLSchema, GraphQLObjectType, GraphQLString, graphqlSync } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateScalar } from '../date-scalar';

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      echo: { type: DateScalar, args: { day: { type: DateScalar } }, resolve: (_root, args: { day: string }) => args.day },
      stored: { type: DateScalar, args: { raw: { type: GraphQLString } }, resolve: (_root, args: { raw: string }) => args.raw },
    },
  }),
});

const run = (source: string, variableValues?: Record<string, unknown>) => graphqlSync({ schema, source, variableValues });

describe('DateScalar', () => {
  it('carries a calendar day as the same string, from a literal and from a variable', () => {
    expect(run('{ echo(day: "2025-07-01") }').data).toEqual({ echo: '2025-07-01' });
    expect(run('query($d: Date) { echo(day: $d) }', { d: '2024-02-29' }).data).toEqual({ echo: '2024-02-29' });
  });

  it('refuses days that do not exist and other shapes, naming the value', () => {
    for (const d of ['2022-02-30', '2023-02-29', '2022-13-01', '22-01-01', '2022-1-1', '2022-01-01T00:00:00Z', 20220101]) {
      const result = run('query($d: Date) { echo(day: $d) }', { d });
      expect(result.errors?.[0]?.message, String(d)).toMatch(/YYYY-MM-DD/);
    }
    expect(run('{ echo(day: 20220101) }').errors?.[0]?.message).toMatch(/string written YYYY-MM-DD/);
  });

  it('never answers a day that is not one', () => {
    expect(run('{ stored(raw: "2022-02-30") }').errors?.[0]?.message).toMatch(/real day/);
    expect(run('{ stored(raw: "2022-02-28") }').data).toEqual({ stored: '2022-02-28' });
  });
});
