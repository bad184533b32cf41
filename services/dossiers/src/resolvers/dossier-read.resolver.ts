import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { requireCaller, type RequestContext } from '@motcua/platform';
import { Dossier } from '../entities/dossier.entity';
import { AdministrativeUnitRef, AgencyRef, ProcedureRef, ProcedureVersionRef } from '../federation/external-types';
import { canSeePersonalData } from '../services/dossier-access';
import { DossierQueries } from '../services/dossier-queries.service';
import { ApplicantView, DossierConnection, InboxArgs, PageArgs } from './dossier.types';

@Resolver(() => Dossier)
export class DossierReadResolver {
  @Query(() => Dossier, {
    nullable: true,
    description: 'Look a dossier up by its code (from the slip or its QR); without the right to see it, personal data stay hidden',
  })
  dossier(@Arg('code') code: string, @Ctx() ctx: RequestContext): Promise<Dossier | null> {
    return new DossierQueries(ctx.em).byCode(code.trim().toUpperCase());
  }

  @Authorized()
  @Query(() => DossierConnection, { description: "The caller's own dossiers and those they helped submit" })
  myDossiers(@Args() args: PageArgs, @Ctx() ctx: RequestContext): Promise<DossierConnection> {
    return new DossierQueries(ctx.em).mine(requireCaller(ctx), args);
  }

  @Authorized('INTAKE', 'HANDLER', 'APPROVER', 'ADMIN')
  @Query(() => DossierConnection, { description: "Dossiers waiting for the officer's unit" })
  staffInbox(@Args() args: InboxArgs, @Ctx() ctx: RequestContext): Promise<DossierConnection> {
    return new DossierQueries(ctx.em).inbox(requireCaller(ctx), args);
  }

  @FieldResolver(() => ProcedureRef)
  procedure(@Root() d: Dossier): ProcedureRef {
    return { code: d.procedureCode };
  }

  @FieldResolver(() => ProcedureVersionRef, { description: 'The rules the dossier is pinned to' })
  procedureRules(@Root() d: Dossier): ProcedureVersionRef {
    return { procedureCode: d.procedureCode, version: d.procedureVersion };
  }

  @FieldResolver(() => AdministrativeUnitRef, { description: 'The unit that received the dossier' })
  unit(@Root() d: Dossier): AdministrativeUnitRef {
    return { code: d.unitCode };
  }

  @FieldResolver(() => AdministrativeUnitRef, { description: 'The unit handling it now' })
  currentUnit(@Root() d: Dossier): AdministrativeUnitRef {
    return { code: d.currentUnitCode };
  }

  @FieldResolver(() => AgencyRef)
  agency(@Root() d: Dossier): AgencyRef {
    return { code: d.agencyCode };
  }

  @FieldResolver(() => ApplicantView, { nullable: true, description: 'Hidden (null) unless the caller may see personal data' })
  applicant(@Root() d: Dossier, @Ctx() ctx: RequestContext): ApplicantView | null {
    return canSeePersonalData(ctx.caller, d) ? d.applicant : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who helped submit it, for the owner and the unit' })
  assistedBy(@Root() d: Dossier, @Ctx() ctx: RequestContext): string | null {
    return canSeePersonalData(ctx.caller, d) ? (d.assistedByName ?? null) : null;
  }
}
