import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { AppError } from '@motcua/platform';

export interface OperationLimits {
  maxDepth: number;
  maxComplexity: number;
  /** Root fields (aliases included) one operation may ask for. */
  maxRootFields: number;
}

/**
 * What a field costs beyond 1, by what its resolver does: reads that aggregate or scan weigh what they cost, so
 * a thousand aliases of a cheap-looking field are refused up front, not run.
 */
export const FIELD_COSTS: Readonly<Record<string, number>> = {
  'Query.indicators': 300,
  'Query.outreachOpportunities': 150,
  'Query.outreachImpact': 150,
  'Query.staffInbox': 20,
  'Query.procedures': 10,
  'Query.administrativeUnits': 10,
  'Query.notificationOutbox': 10,
  'Query.supportStats': 50,
  'Query.volunteerSummary': 50,
  'Query.cashBook': 50,
  'Query.paymentMismatches': 20,
  'AdministrativeUnit.lineage': 50,
};

/** A text search scans: it costs on top of the field. */
export const SEARCH_COST = 25;
/** Counting a whole result set is a second query. */
const COUNT_COST = 10;

/** A list costs its children times the page asked for (`first`); searches, counts and aggregates cost more. */
const weightedEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const own = FIELD_COSTS[`${type.name}.${field.name}`] ?? (field.name === 'totalCount' ? COUNT_COST : 1);
  const search = typeof args.search === 'string' && args.search.trim() ? SEARCH_COST : 0;
  const first = typeof args.first === 'number' ? Math.max(1, args.first) : 1;
  return own + search + childComplexity * first;
};

/** Refuses over-deep, over-wide or over-expensive operations before any subgraph is called. */
export function operationLimitsPlugin(limits: OperationLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          const rootFields = operation ? countRootFields(document, operation) : 0;
          if (rootFields > limits.maxRootFields) {
            throw new AppError('QUERY_TOO_COMPLEX', { details: { rootFields, maxRootFields: limits.maxRootFields }, httpStatus: 400 });
          }
          const depthErrors = validate(schema as GraphQLSchema, document, [depthLimit(limits.maxDepth)]);
          if (depthErrors.length) throw new AppError('QUERY_TOO_DEEP', { details: { maxDepth: limits.maxDepth }, httpStatus: 400 });
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: request.operationName,
              estimators: [weightedEstimator],
            });
          } catch (err) {
            // A variable of the wrong type, missing or of an unknown enum value: the caller's input, not our fault.
            throw new AppError('VALIDATION_FAILED', {
              message: { vi: `Biến của truy vấn không hợp lệ: ${(err as Error).message}`, en: `A variable of the operation is not valid: ${(err as Error).message}` },
              httpStatus: 400,
            });
          }
          if (complexity > limits.maxComplexity) {
            throw new AppError('QUERY_TOO_COMPLEX', { details: { complexity, maxComplexity: limits.maxComplexity }, httpStatus: 400 });
          }
        },
      };
    },
  };
}

/** Fields at the top of the operation, through fragments, each alias counted. */
function countRootFields(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map(document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const seen = new Set<string>();
  const count = (selections: OperationDefinitionNode['selectionSet']['selections']): number =>
    selections.reduce((sum, s) => {
      if (s.kind === Kind.FIELD) return sum + (s.name.value === '__typename' ? 0 : 1);
      if (s.kind === Kind.INLINE_FRAGMENT) return sum + count(s.selectionSet.selections);
      const fragment = fragments.get(s.name.value);
      if (!fragment || seen.has(s.name.value)) return sum;
      seen.add(s.name.value);
      return sum + count(fragment.selectionSet.selections);
    }, 0);
  return count(operation.selectionSet.selections);
}
