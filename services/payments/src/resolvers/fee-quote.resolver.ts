import { Arg, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { AppError } from '@motcua/platform';
import { procedureFeeItems, type DeliveryMethod } from '../domain/dossier-fees';
import type { Channel } from '../domain/fees';
import { PaymentItemView } from '../entities/payment.entity';
import { paymentsRuntime } from '../services/container';
import { checkFeeCounts, feesOrError } from '../services/payment-errors';
import { readProcedureFees } from '../services/procedure-fees-reader';

@ObjectType({ description: 'What a dossier of a procedure will owe, computed as the charge will be, before it is submitted' })
export class FeeQuote {
  @Field() procedureCode!: string;
  @Field(() => [PaymentItemView]) items!: PaymentItemView[];
  @Field(() => Int) totalVnd!: number;
}

const CHANNELS: readonly Channel[] = ['ONLINE', 'COUNTER', 'POST'];
const DELIVERY: readonly DeliveryMethod[] = ['ONLINE', 'PICKUP', 'POST'];

function oneOf<T extends string>(field: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new AppError('VALIDATION_FAILED', { details: { fields: [{ field }] } });
  return value as T;
}

@Resolver()
export class FeeQuoteResolver {
  @Query(() => FeeQuote, { description: "A procedure's fees for the pages, copies, channel and delivery given: the figure the form shows as it is filled in" })
  async feeQuote(
    @Arg('procedureCode') procedureCode: string,
    @Arg('channel', { defaultValue: 'ONLINE', description: 'ONLINE, COUNTER or POST: online amounts apply to ONLINE only' }) channel: string,
    @Arg('deliveryMethod', { defaultValue: 'PICKUP', description: 'ONLINE, PICKUP or POST: POST adds the postal charge' }) deliveryMethod: string,
    @Arg('pages', () => Int, { nullable: true, description: 'Pages, for PER_PAGE fees; one when not given' }) pages?: number | null,
    @Arg('copies', () => Int, { nullable: true, description: 'Copies; one when not given' }) copies?: number | null,
  ): Promise<FeeQuote> {
    checkFeeCounts({ pages, copies });
    const input = { channel: oneOf('channel', channel, CHANNELS), deliveryMethod: oneOf('deliveryMethod', deliveryMethod, DELIVERY) };
    const { graph, config } = paymentsRuntime();
    const procedure = await readProcedureFees(graph, procedureCode);
    const counts = { pages: pages ?? undefined, copies: copies ?? undefined };
    const fees = feesOrError(() => procedureFeeItems(procedure.fees, { ...input, postalChargeVnd: config.postalChargeVnd, counts }), { procedureCode: procedure.code });
    return { procedureCode: procedure.code, items: fees.items, totalVnd: fees.totalVnd };
  }
}
