import { loadByKey, type RequestContext } from '@motcua/platform';
import { Agency } from '../entities/agency.entity';
import { Procedure } from '../entities/procedure.entity';
import { ProcedureVersion } from '../entities/procedure-version.entity';
import { AdministrativeMapService } from '../services/administrative-map.service';

/** How other subgraphs' references ({ __typename, key }) become our entities. */
export const referenceResolvers = {
  Procedure: {
    __resolveReference: (ref: { code: string }, ctx: RequestContext) => loadByKey(ctx, Procedure, 'code', ref.code),
  },
  ProcedureVersion: {
    __resolveReference: (ref: { procedureCode: string; version: number }, ctx: RequestContext) =>
      ctx.em.findOne(ProcedureVersion, { procedure: ref.procedureCode, version: ref.version }, { populate: ['procedure'] }),
  },
  AdministrativeUnit: {
    __resolveReference: (ref: { code: string }, ctx: RequestContext) => new AdministrativeMapService(ctx.em).unit(ref.code),
  },
  Agency: {
    __resolveReference: (ref: { code: string }, ctx: RequestContext) => loadByKey(ctx, Agency, 'code', ref.code),
  },
};
