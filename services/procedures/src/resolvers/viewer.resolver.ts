import { Authorized, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { requireCaller, type RequestContext } from '@motcua/platform';
import { AdministrativeUnit } from '../entities/administrative-unit.entity';
import type { MapUnit } from '../map/unit-index';
import { AdministrativeMapService } from '../services/administrative-map.service';

@ObjectType({ description: 'The signed-in caller, as verified from their token' })
export class Viewer {
  @Field() username!: string;
  @Field() fullName!: string;
  @Field(() => [String]) roles!: string[];
  @Field(() => AdministrativeUnit, { nullable: true, description: 'The unit an officer belongs to' })
  unit!: MapUnit | null;
}

@Resolver()
export class ViewerResolver {
  @Authorized()
  @Query(() => Viewer)
  async me(@Ctx() ctx: RequestContext): Promise<Viewer> {
    const caller = requireCaller(ctx);
    const unit = caller.unitCode ? await new AdministrativeMapService(ctx.em).unit(caller.unitCode) : null;
    return { username: caller.username, fullName: caller.fullName, roles: caller.roles, unit };
  }
}
