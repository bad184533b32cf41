import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@motcua/platform';
import { AdministrativeUnit, UnitLevel } from '../entities/administrative-unit.entity';
import { Agency } from '../entities/agency.entity';
import { AdministrativeMapService } from '../services/administrative-map.service';

@Resolver(() => AdministrativeUnit)
export class AdministrativeUnitResolver {
  @Query(() => [AdministrativeUnit], { description: 'Units, optionally the children of one unit or of one level' })
  administrativeUnits(
    @Ctx() ctx: RequestContext,
    @Arg('parentCode', () => String, { nullable: true }) parentCode?: string | null,
    @Arg('level', () => UnitLevel, { nullable: true }) level?: UnitLevel | null,
  ): Promise<AdministrativeUnit[]> {
    return new AdministrativeMapService(ctx.em).units({ parentCode, level });
  }

  @Query(() => AdministrativeUnit, { nullable: true })
  administrativeUnit(@Arg('code') code: string, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit | null> {
    return new AdministrativeMapService(ctx.em).unit(code);
  }

  @Query(() => [Agency], { description: 'Agencies that receive dossiers, optionally of one unit' })
  agencies(@Ctx() ctx: RequestContext, @Arg('unitCode', () => String, { nullable: true }) unitCode?: string | null): Promise<Agency[]> {
    return new AdministrativeMapService(ctx.em).agencies(unitCode);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  parent(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit | null> {
    return new AdministrativeMapService(ctx.em).parentOf(unit);
  }

  @FieldResolver(() => [AdministrativeUnit])
  children(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit[]> {
    return new AdministrativeMapService(ctx.em).units({ parentCode: unit.code });
  }

  @FieldResolver(() => [Agency], { name: 'agencies' })
  unitAgencies(@Root() unit: AdministrativeUnit, @Ctx() ctx: RequestContext): Promise<Agency[]> {
    return new AdministrativeMapService(ctx.em).agencies(unit.code);
  }
}
