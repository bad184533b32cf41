import type { RequestContext } from '@motcua/platform';
import { Dossier } from '../entities/dossier.entity';

export const referenceResolvers = {
  Dossier: {
    __resolveReference: (ref: { code: string }, ctx: RequestContext) => ctx.em.findOne(Dossier, { code: ref.code }),
  },
};
