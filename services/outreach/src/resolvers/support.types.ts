import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsDate, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { SupportRequestStatus } from '../domain/support-request-state';
import { SupportGroup } from '../entities/support-group.entity';
import { SupportChannel, SupportOutcome, SupportRequest } from '../entities/support-request.entity';
import { PageInfo } from '@motcua/platform';
import { UnitPageArgs, connectionOf } from './common.types';

export const SupportGroupConnection = connectionOf(SupportGroup, 'SupportGroupConnection');
export type SupportGroupConnection = InstanceType<typeof SupportGroupConnection>;

@ArgsType()
export class SupportGroupsArgs extends UnitPageArgs {
  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType()
export class CreateSupportGroupInput {
  @Field()
  @MaxLength(20)
  unitCode!: string;

  @Field()
  @MaxLength(200)
  name!: string;

  @Field({ description: 'Invitation link, https://zalo.me/g/…' })
  @MaxLength(200)
  link!: string;

  @Field(() => [String])
  @ArrayMaxSize(20)
  @MaxLength(120, { each: true })
  admins!: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(1_000_000)
  memberCount?: number | null;
}

@InputType()
export class UpdateSupportGroupInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  link?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(120, { each: true })
  admins?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(1_000_000)
  memberCount?: number | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@ArgsType()
export class SupportRequestsArgs extends UnitPageArgs {
  @Field(() => [SupportRequestStatus], { nullable: true, description: 'Default: every status' })
  statuses?: SupportRequestStatus[] | null;

  @Field(() => SupportChannel, { nullable: true })
  channel?: SupportChannel | null;
}

@ObjectType()
export class SupportStatusCounts {
  @Field(() => Int) open!: number;
  @Field(() => Int) answered!: number;
  @Field(() => Int) resolved!: number;
}

@ObjectType()
export class SupportRequestConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [SupportRequest]) nodes!: SupportRequest[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => SupportStatusCounts, { description: 'Contacts in scope by status, whatever the filter' }) counts!: SupportStatusCounts;
}

@InputType()
export class LogSupportRequestInput {
  @Field({ description: 'The commune whose people the contact concerns' })
  @MaxLength(20)
  unitCode!: string;

  @Field(() => SupportChannel)
  channel!: SupportChannel;

  @Field()
  @MaxLength(2000)
  question!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  procedureCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  dossierCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The Zalo group it came through (channel ZALO)' })
  supportGroupId?: string | null;

  @Field({ nullable: true, description: 'When the citizen asked; defaults to now' })
  @IsOptional()
  @IsDate()
  receivedAt?: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  answer?: string | null;

  @Field(() => SupportOutcome, { nullable: true, description: 'Given for a contact settled on the spot: it is logged as resolved' })
  outcome?: SupportOutcome | null;
}

@ObjectType()
export class SupportChannelStats {
  @Field(() => SupportChannel) channel!: SupportChannel;
  @Field(() => Int) total!: number;
  @Field(() => Int) open!: number;
  @Field(() => Int) resolved!: number;
  @Field(() => Int, { description: 'Resolved with the citizen submitting online' }) submittedOnline!: number;
  @Field(() => Float, { nullable: true }) medianMinutesToResolve!: number | null;
}
