import { GraphQLScalarType, Kind } from 'graphql';
import { isDayKey } from '@motcua/platform';

function parseDay(value: unknown): string {
  if (typeof value !== 'string' || !isDayKey(value)) throw new TypeError(`Date must be a real day written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

/** A calendar day in Vietnam, 'YYYY-MM-DD' (the same `Date` the dossiers service's indicators take). */
export const DayScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDay(value)),
  parseValue: parseDay,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('Date must be a string written YYYY-MM-DD');
    return parseDay(ast.value);
  },
});
