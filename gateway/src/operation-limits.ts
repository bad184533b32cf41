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
const FIELD_COSTS: Readonly<Record<string, number>> = {
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
const SEARCH_COST = 25;
/** Counting a whole result set is a second query. */
const COUNT_COST = 10;

/** A list costs its children times the page asked for (`first`); searches, counts and aggregates cost more. */
const weightedEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const own = FIELD_COSTS[`${type.name}.${field.name}`] ?? (field.name === 'totalCount' ? COUNT_COST : 1);
  const search = typeof args.search === 'string' && args.search.trim() ? SEARCH_COST : 0;
  const first = typeof args.first === 'number' ? Math.max(1, args.first) : 1;
  return own + search + childComplexity * first;
};

/** What one parsed document was found to cost; Apollo Server hands the same document object to every request of the same text. */
interface Measured {
  /** Root fields per operation name ('' for the only one). */
  rootFields: Map<string, number>;
  depthOk?: boolean;
  /** Complexity by operation name and variables: the page size and the search text may come from variables. */
  complexity: Map<string, number>;
}

/** Complexities kept per document; more distinct variable sets than this are measured again. */
const MAX_COMPLEXITIES_PER_DOCUMENT = 1000;

/**
 * Refuses over-deep, over-wide or over-expensive operations before any subgraph is called. The checks run once per
 * document (and per variable set for the complexity) and are remembered with the document, not run again on every
 * request of a popular query.
 */
export function operationLimitsPlugin(limits: OperationLimits): ApolloServerPlugin {
  const measured = new WeakMap<DocumentNode, Measured>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          let known = measured.get(document);
          if (!known) {
            known = { rootFields: new Map(), complexity: new Map() };
            measured.set(document, known);
          }
          const name = request.operationName ?? '';
          let rootFields = known.rootFields.get(name);
          if (rootFields === undefined) {
            rootFields = operation ? countRootFields(document, operation) : 0;
            known.rootFields.set(name, rootFields);
          }
          if (rootFields > limits.maxRootFields) {
            throw new AppError('QUERY_TOO_COMPLEX', { details: { rootFields, maxRootFields: limits.maxRootFields }, httpStatus: 400 });
          }
          known.depthOk ??= validate(schema as GraphQLSchema, document, [depthLimit(limits.maxDepth)]).length === 0;
          if (!known.depthOk) throw new AppError('QUERY_TOO_DEEP', { details: { maxDepth: limits.maxDepth }, httpStatus: 400 });
          const key = `${name}\n${JSON.stringify(request.variables ?? {})}`;
          let complexity = known.complexity.get(key);
          if (complexity === undefined) {
            complexity = complexityOf(schema as GraphQLSchema, document, request.variables ?? {}, request.operationName);
            if (known.complexity.size < MAX_COMPLEXITIES_PER_DOCUMENT) known.complexity.set(key, complexity);
          }
          if (complexity > limits.maxComplexity) {
            throw new AppError('QUERY_TOO_COMPLEX', { details: { complexity, maxComplexity: limits.maxComplexity }, httpStatus: 400 });
          }
        },
      };
    },
  };
}

function complexityOf(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName: string | null | undefined): number {
  try {
    return getComplexity({ schema, query: document, variables, operationName: operationName ?? undefined, estimators: [weightedEstimator] });
  } catch (err) {
    // A variable of the wrong type, missing or of an unknown enum value: the caller's input, not our fault.
    throw new AppError('VALIDATION_FAILED', {
      message: { vi: `Biến của truy vấn không hợp lệ: ${(err as Error).message}`, en: `A variable of the operation is not valid: ${(err as Error).message}` },
      httpStatus: 400,
    });
  }
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
