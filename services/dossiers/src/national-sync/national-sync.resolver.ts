import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AppError, hasRole, requireCaller, type RequestContext } from '@motcua/platform';
import { Dossier, type DossierView } from '../entities/dossier.entity';
import { assertOfficerOf, isOfficerOf } from '../services/dossier-access';
import { NationalSyncTrack } from './national-sync-track.entity';
import { failedSyncs, queueNationalSync } from './national-sync.service';

@Resolver(() => Dossier)
export class NationalSyncResolver {
  @FieldResolver(() => NationalSyncTrack, { nullable: true, description: "Its synchronisation with the national public service portal (staff of the dossier's units)" })
  nationalSync(@Root() dossier: DossierView, @Ctx() ctx: RequestContext): Promise<NationalSyncTrack | null> | null {
    if (!ctx.caller || !isOfficerOf(ctx.caller, dossier)) return null;
    return ctx.em.findOne(NationalSyncTrack, { dossierCode: dossier.code });
  }

  @Authorized('INTAKE', 'HANDLER', 'APPROVER', 'ADMIN')
  @Query(() => [NationalSyncTrack], { description: "Dossiers of the caller's unit (or of `unitCode`, for an admin) the national portal has not taken" })
  nationalSyncFailures(@Ctx() ctx: RequestContext, @Arg('unitCode', () => String, { nullable: true }) unitCode?: string | null): Promise<NationalSyncTrack[]> {
    const caller = requireCaller(ctx);
    const unit = hasRole(caller, 'ADMIN') && unitCode ? unitCode : caller.unitCode;
    if (!unit) throw new AppError('OUT_OF_JURISDICTION');
    return failedSyncs(ctx.em, [unit]);
  }

  @Authorized('INTAKE', 'HANDLER', 'APPROVER', 'ADMIN')
  @Mutation(() => NationalSyncTrack, { description: 'Pushes the dossier to the national portal again, as it is now' })
  async retryNationalSync(@Arg('code') code: string, @Ctx() ctx: RequestContext): Promise<NationalSyncTrack> {
    const caller = requireCaller(ctx);
    return ctx.em.transactional(async (em) => {
      const dossier = await em.findOne(Dossier, { code: code.trim().toUpperCase() });
      if (!dossier) throw new AppError('NOT_FOUND');
      assertOfficerOf(caller, dossier);
      await queueNationalSync(em, dossier);
      const track = await em.findOne(NationalSyncTrack, { dossierCode: dossier.code }, { refresh: true });
      if (!track) throw new AppError('NOT_FOUND', { message: { vi: 'Chưa cấu hình kết nối Cổng Dịch vụ công quốc gia.', en: 'No national portal connection is configured.' } });
      return track;
    });
  }
}
