import { IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { AppError, requireCaller, type RequestContext } from '@motcua/platform';
import { ADDRESS_LENGTH, MOBILE_PHONE } from '@motcua/rules';
import { CitizenProfile } from '../entities/citizen-profile.entity';
import { IsEmailAddress, IsPersonalIdNumber } from './applicant.validators';

@InputType({ description: 'The details to keep; a field left out (or null) is not kept' })
export class CitizenProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPersonalIdNumber()
  idNumber?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(MOBILE_PHONE)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(ADDRESS_LENGTH.min)
  @MaxLength(ADDRESS_LENGTH.max)
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmailAddress()
  email?: string | null;

  @Field({ description: 'The citizen agrees that these details are kept to prefill their forms; required' })
  consent!: boolean;
}

/** A citizen's own details, kept only with their consent, to spare them retyping; volunteers and officers have none. */
@Resolver()
export class CitizenProfileResolver {
  @Authorized('CITIZEN')
  @Query(() => CitizenProfile, { nullable: true, description: "The caller's kept details; null when they keep none" })
  myProfile(@Ctx() ctx: RequestContext): Promise<CitizenProfile | null> {
    return ctx.em.findOne(CitizenProfile, { subject: requireCaller(ctx).subject });
  }

  @Authorized('CITIZEN')
  @Mutation(() => CitizenProfile, { description: 'Keeps the given details for the caller with their consent (replacing what was kept)' })
  async saveMyProfile(@Arg('input') input: CitizenProfileInput, @Ctx() ctx: RequestContext): Promise<CitizenProfile> {
    if (!input.consent) {
      throw new AppError('VALIDATION_FAILED', {
        message: { vi: 'Cần bạn đồng ý thì mới lưu được thông tin.', en: 'Your consent is needed to keep these details.' },
        details: { fields: [{ field: 'consent' }] },
      });
    }
    const subject = requireCaller(ctx).subject;
    const now = new Date();
    const values = {
      idNumber: input.idNumber?.trim() || null,
      phone: input.phone?.trim() || null,
      address: input.address?.trim() || null,
      email: input.email?.trim() || null,
      consentedAt: now,
      updatedAt: now,
    };
    const existing = await ctx.em.findOne(CitizenProfile, { subject });
    const profile = existing ? Object.assign(existing, values) : ctx.em.create(CitizenProfile, { subject, ...values });
    await ctx.em.flush();
    return profile;
  }

  @Authorized('CITIZEN')
  @Mutation(() => Boolean, { description: 'Withdraws the consent: the kept details are deleted at once; true if there were any' })
  async deleteMyProfile(@Ctx() ctx: RequestContext): Promise<boolean> {
    const deleted = await ctx.em.nativeDelete(CitizenProfile, { subject: requireCaller(ctx).subject });
    return deleted > 0;
  }
}
