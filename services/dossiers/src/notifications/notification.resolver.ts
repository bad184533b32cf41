import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { AppError, assertJurisdiction, hasRole, placeholdersFor, requireCaller, type RequestContext } from '@motcua/platform';
import { assertOfficerOf } from '../services/dossier-access';
import { Dossier } from '../entities/dossier.entity';
import { Notification, NotificationChannel, NotificationStatus } from '../entities/notification.entity';
import { NotificationPreference } from '../entities/notification-preference.entity';
import { actorOf } from '../services/actor';
import { DossierWorkflow } from '../services/dossier-workflow';
import { catalogue } from '../statistics';
import { resendMessage } from './status-messages';

@ObjectType({ description: 'Messages of one channel over a period, by status' })
export class ChannelDeliveryRate {
  @Field(() => NotificationChannel) channel!: NotificationChannel;
  @Field(() => Int) total!: number;
  @Field(() => Int) queued!: number;
  @Field(() => Int) sent!: number;
  @Field(() => Int) delivered!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Float, { nullable: true, description: 'Delivered (SENT for e-mail, which has no receipt) out of those finished; null when none finished' })
  deliveryRate!: number | null;
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationChannel, { nullable: true }) preferredChannel?: NotificationChannel | null;
  @Field() zaloConsent!: boolean;
  @Field() smsConsent!: boolean;
  @Field() emailConsent!: boolean;
  @Field({ defaultValue: 'vi' }) locale!: string;
}

/** Staff see what citizens were told and resend; officials see delivery rates; citizens choose their channel. */
@Resolver()
export class NotificationResolver {
  @Authorized('INTAKE', 'ADMIN')
  @Query(() => [Notification], { description: "Messages to citizens with their delivery, newest first; officers see their unit's" })
  async notificationOutbox(
    @Ctx() ctx: RequestContext,
    @Arg('dossierCode', () => String, { nullable: true }) dossierCode?: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
  ): Promise<Notification[]> {
    const caller = requireCaller(ctx);
    if (first < 1 || first > 200) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field: 'first' }] } });
    const query = ctx.em.createQueryBuilder(Notification, 'n').select('*').orderBy({ createdAt: 'desc' }).limit(first);
    if (dossierCode) query.andWhere({ dossierCode });
    if (!hasRole(caller, 'ADMIN')) {
      // A subquery, not a list of codes: a unit can have millions of dossiers.
      const ofUnit = ctx.em
        .createQueryBuilder(Dossier, 'd')
        .select('d.code')
        .where({ $or: [{ unitCode: caller.unitCode }, { currentUnitCode: caller.unitCode }] });
      query.andWhere({ dossierCode: { $in: ofUnit.getKnexQuery() } });
    }
    return query.getResultList();
  }

  @Authorized('INTAKE', 'ADMIN')
  @Mutation(() => Notification, { description: 'Sends a message again now, as a new message (audited on the dossier)' })
  async resendNotification(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Notification> {
    const caller = requireCaller(ctx);
    const original = await ctx.em.findOne(Notification, { id });
    const dossier = original ? await ctx.em.findOne(Dossier, { code: original.dossierCode }) : null;
    if (!original || !dossier) throw new AppError('NOT_FOUND', { details: { id } });
    assertOfficerOf(caller, dossier);
    if (original.status === NotificationStatus.QUEUED) {
      throw new AppError('VALIDATION_FAILED', {
        message: { vi: 'Tin nhắn này đang chờ gửi, không cần gửi lại.', en: 'This message is still waiting to be sent; there is nothing to resend.' },
        details: { id, fields: [{ field: 'id' }] },
      });
    }
    return ctx.em.transactional(async (em) => {
      const copy = resendMessage(em, original, caller.subject);
      new DossierWorkflow(em).note(dossier, 'NOTIFICATION_RESENT', actorOf(caller), { data: { notificationId: original.id, resentAs: copy.id, channel: original.channel } });
      await em.flush();
      return copy;
    });
  }

  @Authorized('OFFICIAL', 'ADMIN')
  @Query(() => [ChannelDeliveryRate], { description: "Delivery per channel over the last `days` days, for a unit and the units beneath it (the caller's own by default)" })
  async notificationDeliveryRates(
    @Ctx() ctx: RequestContext,
    @Arg('unitCode', () => String, { nullable: true }) unitCode: string | null,
    @Arg('days', () => Int, { defaultValue: 30 }) days: number,
  ): Promise<ChannelDeliveryRate[]> {
    const caller = requireCaller(ctx);
    if (days < 1 || days > 366) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field: 'days' }] } });
    const units = await this.unitsOf(caller, unitCode?.trim() || caller.unitCode);
    const rows: { channel: NotificationChannel; status: NotificationStatus; count: string }[] = await ctx.em.execute(
      `select n.channel, n.status, count(*) as count from dossiers.notification n
       ${units ? `join dossiers.dossier d on d.code = n.dossier_code and (d.unit_code in (${placeholdersFor(units)}) or d.current_unit_code in (${placeholdersFor(units)}))` : ''}
       where n.created_at >= now() - (? || ' days')::interval group by n.channel, n.status`,
      [...(units ? [...units, ...units] : []), String(days)],
    );
    return Object.values(NotificationChannel).map((channel) =>
      rateOf(
        channel,
        rows.filter((r) => r.channel === channel),
      ),
    );
  }

  @Authorized('CITIZEN')
  @Query(() => NotificationPreference, { nullable: true, description: "The caller's channel choice; null: the defaults (Zalo, then SMS, then e-mail)" })
  myNotificationPreference(@Ctx() ctx: RequestContext): Promise<NotificationPreference | null> {
    return ctx.em.findOne(NotificationPreference, { subject: requireCaller(ctx).subject });
  }

  @Authorized('CITIZEN')
  @Mutation(() => NotificationPreference, { description: 'How the caller wants to hear about their dossiers, and on which channels they agree to be reached' })
  async setMyNotificationPreference(@Arg('input') input: NotificationPreferenceInput, @Ctx() ctx: RequestContext): Promise<NotificationPreference> {
    const subject = requireCaller(ctx).subject;
    if (!['vi', 'en'].includes(input.locale)) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field: 'locale' }] } });
    const values = { ...input, preferredChannel: input.preferredChannel ?? null, updatedAt: new Date() };
    const existing = await ctx.em.findOne(NotificationPreference, { subject });
    const preference = existing ? Object.assign(existing, values) : ctx.em.create(NotificationPreference, { subject, ...values });
    await ctx.em.flush();
    return preference;
  }

  /** The unit and those beneath it; null for an admin with no unit (everything). */
  private async unitsOf(caller: ReturnType<typeof requireCaller>, code: string | null): Promise<string[] | null> {
    if (!code) {
      if (hasRole(caller, 'ADMIN')) return null;
      throw new AppError('OUT_OF_JURISDICTION');
    }
    const unit = await catalogue.unit(code, null);
    if (!unit) throw new AppError('NOT_FOUND', { details: { unitCode: code, fields: [{ field: 'unitCode' }] } });
    assertJurisdiction(caller, unit.path);
    return [unit.code, ...unit.children.map((c) => c.code)];
  }
}

function rateOf(channel: NotificationChannel, rows: { status: NotificationStatus; count: string }[]): ChannelDeliveryRate {
  const count = (status: NotificationStatus) => Number(rows.find((r) => r.status === status)?.count ?? 0);
  const [queued, sent, delivered, failed] = [NotificationStatus.QUEUED, NotificationStatus.SENT, NotificationStatus.DELIVERED, NotificationStatus.FAILED].map(count);
  // SMTP has no receipt: accepted by the recipient's server is as far as e-mail can be followed.
  const reached = channel === NotificationChannel.EMAIL ? delivered + sent : delivered;
  const finished = sent + delivered + failed;
  return { channel, total: queued + finished, queued, sent, delivered, failed, deliveryRate: finished ? reached / finished : null };
}
