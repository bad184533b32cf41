import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, MaxLength, Min } from 'class-validator';
import { PageInfo, DateScalar } from '@motcua/platform';

const AS_OF = "The day whose map names the unit (today by default): a unit of today includes its predecessors' records";

/** A page of a list within the caller's jurisdiction, optionally narrowed to one unit and the units beneath it. */
@ArgsType()
export class UnitPageArgs {
  @Field(() => String, { nullable: true, description: "Only this unit and the units beneath it (default: the caller's unit)" })
  @MaxLength(20)
  unitCode?: string | null;

  @Field(() => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

/** A period of whole days in Vietnam, both ends included. */
@ArgsType()
export class UnitPeriodArgs {
  @Field(() => String, { nullable: true, description: "Only this unit and the units beneath it (default: the caller's unit)" })
  @MaxLength(20)
  unitCode?: string | null;

  @Field(() => DateScalar, { nullable: true, description: AS_OF }) asOf?: string | null;

  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;
}

export interface Page<T> {
  totalCount: number;
  nodes: T[];
  pageInfo: PageInfo;
}

/** A connection type for `node`: total, the page's nodes and where the next page starts. */
export function connectionOf<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(name)
  class Connection implements Page<T> {
    @Field(() => Int) totalCount!: number;
    @Field(() => [node]) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
  }
  return Connection;
}
