import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { DateScalar, type RequestContext } from '@motcua/platform';
import { AdministrativeUnit, UnitLevel, UnitLineageEntry, UnitLink, type SuccessionKind } from '../entities/administrative-unit.entity';
import { Agency } from '../entities/agency.entity';
import type { LinkedUnit, MapUnit } from '../map/unit-index';
import { AdministrativeMapService } from '../services/administrative-map.service';

@Resolver(() => AdministrativeUnit)
export class AdministrativeUnitResolver {
  @Query(() => [AdministrativeUnit], {
    description: 'Units in force on a day (today by default): the children of one unit, one level, or a diacritic-free search; ordered by path',
  })
  administrativeUnits(
    @Ctx() ctx: RequestContext,
    @Arg('parentCode', () => String, { nullable: true }) parentCode?: string | null,
    @Arg('level', () => UnitLevel, { nullable: true }) level?: UnitLevel | null,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string | null,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many (1–1000, default 100)' }) first?: number | null,
  ): Promise<MapUnit[]> {
    return new AdministrativeMapService(ctx.em).units({ parentCode, level, asOf, search, first });
  }

  @Query(() => AdministrativeUnit, {
    nullable: true,
    description: 'The unit with this code on a day; without a date, the one in force today, else the latest that had the code',
  })
  administrativeUnit(@Arg('code') code: string, @Ctx() ctx: RequestContext, @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string | null): Promise<MapUnit | null> {
    return new AdministrativeMapService(ctx.em).unit(code, asOf);
  }

  @Query(() => [Agency], { description: 'Agencies in force on a day (today by default), optionally of one unit; centres first' })
  agencies(
    @Ctx() ctx: RequestContext,
    @Arg('unitCode', () => String, { nullable: true }) unitCode?: string | null,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf?: string | null,
  ): Promise<Agency[]> {
    return new AdministrativeMapService(ctx.em).agencies(unitCode, asOf);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The parent of the same period' })
  async parent(@Root() unit: MapUnit, @Ctx() ctx: RequestContext): Promise<MapUnit | null> {
    return (await new AdministrativeMapService(ctx.em).index()).parentOf(unit);
  }

  @FieldResolver(() => [AdministrativeUnit])
  async children(@Root() unit: MapUnit, @Ctx() ctx: RequestContext): Promise<MapUnit[]> {
    return (await new AdministrativeMapService(ctx.em).index()).children(unit);
  }

  @FieldResolver(() => [Agency], { name: 'agencies', description: 'Agencies that served the unit during its period' })
  unitAgencies(@Root() unit: MapUnit, @Ctx() ctx: RequestContext): Promise<Agency[]> {
    return new AdministrativeMapService(ctx.em).agenciesOfUnit(unit);
  }

  @FieldResolver(() => [UnitLink], { description: 'The units it succeeded at a reform' })
  async predecessors(@Root() unit: MapUnit, @Ctx() ctx: RequestContext): Promise<UnitLink[]> {
    return (await new AdministrativeMapService(ctx.em).index()).predecessors(unit).map(linkOf);
  }

  @FieldResolver(() => [UnitLink], { description: 'The units that succeeded it at a reform' })
  async successors(@Root() unit: MapUnit, @Ctx() ctx: RequestContext): Promise<UnitLink[]> {
    return (await new AdministrativeMapService(ctx.em).index()).successors(unit).map(linkOf);
  }

  @FieldResolver(() => [UnitLineageEntry], {
    description: 'This unit, its subtree and all their predecessors, each with the unit of the subtree its records roll into and its share',
  })
  async lineage(@Root() unit: MapUnit, @Ctx() ctx: RequestContext): Promise<UnitLineageEntry[]> {
    return (await new AdministrativeMapService(ctx.em).index()).lineage(unit).map((e) => ({
      code: e.unit.code,
      validFrom: e.unit.validFrom,
      validTo: e.unit.validTo,
      level: e.unit.level as UnitLevel,
      intoCode: e.intoCode,
      portion: e.portion,
      portions: e.portions,
    }));
  }
}

@Resolver(() => Agency)
export class AgencyResolver {
  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The unit it served, of its own period' })
  unit(@Root() agency: Agency, @Ctx() ctx: RequestContext): Promise<MapUnit | null> {
    return new AdministrativeMapService(ctx.em).unitOfAgency(agency);
  }
}

function linkOf({ unit, kind }: LinkedUnit): UnitLink {
  return { code: unit.code, name: unit.name, validFrom: unit.validFrom, validTo: unit.validTo, kind: kind as SuccessionKind };
}
