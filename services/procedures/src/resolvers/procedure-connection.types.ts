import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { Max, Min, MaxLength } from 'class-validator';
import { PageInfo } from '@motcua/platform';
import { OnlineLevel, Procedure, SettlingLevel } from '../entities/procedure.entity';

@ArgsType()
export class ProcedureSearchArgs {
  @Field(() => String, { nullable: true, description: 'Words, with or without diacritics, or a procedure code' })
  @MaxLength(200)
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'lĩnh vực, as listed by procedureFields' })
  field?: string | null;

  @Field(() => SettlingLevel, { nullable: true })
  settlingLevel?: SettlingLevel | null;

  @Field(() => OnlineLevel, { nullable: true })
  onlineLevel?: OnlineLevel | null;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;
}

@ObjectType()
export class ProcedureConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [Procedure]) nodes!: Procedure[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
