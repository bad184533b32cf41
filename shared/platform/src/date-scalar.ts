import { GraphQLScalarType, Kind } from 'graphql';
import { isDayKey } from '@motcua/rules';

function parseDay(value: unknown): string {
  if (typeof value !== 'string' || !isDayKey(value)) throw new TypeError(`Date must be a real day written YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

/**
 * The graph's one `Date`: a calendar day in Vietnam, 'YYYY-MM-DD', held as that string on both sides. A day is not
 * an instant, so it never passes through a JavaScript Date and cannot shift with a server's time zone.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day in Vietnam (Asia/Ho_Chi_Minh), written YYYY-MM-DD',
  serialize: parseDay,
  parseValue: parseDay,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('Date must be a string written YYYY-MM-DD');
    return parseDay(ast.value);
  },
});
