import { loadByKey, type RequestContext } from '@motcua/platform';
import { Dossier } from '../entities/dossier.entity';

export const referenceResolvers = {
  Dossier: {
    __resolveReference: (ref: { code: string }, ctx: RequestContext) => loadByKey(ctx, Dossier, 'code', ref.code),
  },
};
