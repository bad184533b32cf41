import type { ApolloServerPlugin } from '@apollo/server';
import { validate, type GraphQLSchema } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { AppError } from '@motcua/platform';

export interface OperationLimits {
  maxDepth: number;
  maxComplexity: number;
}

/** A list field costs its children times the page asked for (`first`), so a huge fan-out is refused up front. */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : undefined;
  return first === undefined ? undefined : 1 + childComplexity * Math.max(1, first);
};

/** Refuses over-deep or over-expensive operations before any subgraph is called. */
export function operationLimitsPlugin(limits: OperationLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const depthErrors = validate(schema as GraphQLSchema, document, [depthLimit(limits.maxDepth)]);
          if (depthErrors.length) throw new AppError('QUERY_TOO_DEEP', { details: { maxDepth: limits.maxDepth }, httpStatus: 400 });
          const complexity = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: request.operationName,
            estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > limits.maxComplexity) {
            throw new AppError('QUERY_TOO_COMPLEX', { details: { complexity, maxComplexity: limits.maxComplexity }, httpStatus: 400 });
          }
        },
      };
    },
  };
}
