import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MaxLength, Max, Min } from 'class-validator';
import { PageInfo } from '@motcua/platform';
import { DossierAction, DossierStatus } from '../domain/dossier-state';
import { Channel, DeliveryMethod, DeliveryStatus, Dossier, FeeStatus } from '../entities/dossier.entity';

registerEnumType(DossierStatus, { name: 'DossierStatus', description: 'Business state of a dossier' });
registerEnumType(DossierAction, { name: 'DossierAction' });
registerEnumType(Channel, { name: 'Channel', description: 'How the dossier was submitted' });
registerEnumType(DeliveryMethod, { name: 'DeliveryMethod', description: 'How the citizen receives the result' });
registerEnumType(FeeStatus, { name: 'FeeStatus' });
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus' });

export enum InboxOrder {
  /** First come, first served. */
  ARRIVAL = 'ARRIVAL',
  /** The nearest legal deadline first; dossiers without one last. */
  DUE_SOONEST = 'DUE_SOONEST',
}
registerEnumType(InboxOrder, { name: 'InboxOrder' });

@ObjectType({ description: 'The person the dossier is for (personal data: shown to the owner and the unit only)' })
export class ApplicantView {
  @Field() fullName!: string;
  @Field() idNumber!: string;
  @Field() phone!: string;
  @Field() address!: string;
  @Field(() => String, { nullable: true }) email?: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class InboxArgs extends PageArgs {
  @Field(() => [DossierStatus], { nullable: true, description: 'Defaults to the states that wait for the unit' })
  statuses?: DossierStatus[] | null;

  @Field(() => String, { nullable: true, description: "Words of the code, the applicant's name (diacritics optional), ID number or phone" })
  @MaxLength(100)
  search?: string | null;

  @Field(() => InboxOrder, { defaultValue: InboxOrder.ARRIVAL })
  orderBy!: InboxOrder;

  @Field(() => String, { nullable: true, description: 'Only the dossiers assigned to this handler (the subject of one of `unitHandlers`)' })
  @MaxLength(200)
  handlerSubject?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Only the dossiers assigned to the caller ("assigned to me"); wins over `handlerSubject`' })
  assignedToMe!: boolean;
}

@ObjectType({ description: "A declaration made from the dossier's form values: its PDF is generated, nothing was uploaded" })
export class FormDeclaration {
  @Field() requirementId!: string;
  @Field() name!: string;
  @Field({ description: 'GET it from the gateway with a bearer token' }) path!: string;
}

@ObjectType()
export class DossierConnection {
  @Field(() => Int) totalCount!: number;
  @Field(() => [Dossier]) nodes!: Dossier[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
