import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DossierStatus } from '../domain/dossier-state';

export enum Channel {
  ONLINE = 'ONLINE',
  COUNTER = 'COUNTER',
  POST = 'POST',
}

export enum DeliveryMethod {
  ONLINE = 'ONLINE',
  PICKUP = 'PICKUP',
  POST = 'POST',
}

/** The money track, kept apart from the business state. */
export enum FeeStatus {
  NONE = 'NONE',
  DUE = 'DUE',
  PAID = 'PAID',
  REFUNDED = 'REFUNDED',
}

/** The delivery track of the result. */
export enum DeliveryStatus {
  NOT_READY = 'NOT_READY',
  READY = 'READY',
  IN_TRANSIT = 'IN_TRANSIT',
  DELIVERED = 'DELIVERED',
}

export interface Applicant {
  fullName: string;
  idNumber: string;
  phone: string;
  address: string;
  email?: string | null;
}

/** A dossier (hồ sơ) from submission to returned result; one code for its whole life. */
@Entity({ tableName: 'dossier' })
@ObjectType('Dossier')
@Directive('@key(fields: "code")')
export class Dossier {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt' | 'version' | 'feeStatus' | 'deliveryStatus';

  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = randomUUID();

  @Index()
  @Property({ type: 'text', unique: true })
  @Field({ description: 'Agency code - yymmdd - daily sequence' })
  code!: string;

  @Property({ type: 'text' })
  procedureCode!: string;

  /** The procedure version in force when the dossier was received; its rules apply for life. */
  @Property({ type: 'int' })
  procedureVersion!: number;

  @Property({ type: 'text' })
  agencyCode!: string;

  /** The unit that received it. */
  @Index()
  @Property({ type: 'text' })
  unitCode!: string;

  /** The unit handling it now (differs after a transfer between levels). */
  @Index()
  @Property({ type: 'text' })
  currentUnitCode!: string;

  @Enum({ items: () => Channel })
  @Field(() => Channel)
  channel!: Channel;

  @Index()
  @Enum({ items: () => DossierStatus })
  @Field(() => DossierStatus)
  status!: DossierStatus;

  /** While paused (supplement, fee): the state to go back to when the citizen has answered. */
  @Enum({ items: () => DossierStatus, nullable: true })
  pausedFrom?: DossierStatus | null;

  @Enum({ items: () => FeeStatus })
  @Field(() => FeeStatus, { description: 'Money track' })
  feeStatus: FeeStatus = FeeStatus.NONE;

  /** A fee waived at the counter (a legal exemption) leaves nothing due: feeStatus NONE, with the reason kept. */
  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the fee was waived, when it was (the fee status is then NONE)' })
  feeWaiverReason?: string | null;

  @Enum({ items: () => DeliveryMethod })
  @Field(() => DeliveryMethod)
  deliveryMethod!: DeliveryMethod;

  @Enum({ items: () => DeliveryStatus })
  @Field(() => DeliveryStatus, { description: 'Delivery track of the result' })
  deliveryStatus: DeliveryStatus = DeliveryStatus.NOT_READY;

  @Property({ type: 'text', nullable: true })
  deliveryAddress?: string | null;

  @Property({ type: 'json' })
  applicant!: Applicant;

  /** Code, applicant's name, ID number and phone folded for search (domain/dossier-search.ts). */
  @Property({ type: 'text' })
  searchText!: string;

  /** The citizen account that owns the dossier (null for a walk-in without an account). */
  @Index()
  @Property({ type: 'text', nullable: true })
  applicantSubject?: string | null;

  /** Who helped submit it (volunteer, support point); the applicant stays the applicant. */
  @Property({ type: 'text', nullable: true })
  assistedBySubject?: string | null;

  @Property({ type: 'text', nullable: true })
  assistedByName?: string | null;

  /** The key the portal sent with the submission: the same key again returns this dossier, not a second one. */
  @Property({ type: 'text', nullable: true, unique: true })
  submissionKey?: string | null;

  @Property({ type: 'json', nullable: true })
  formData?: Record<string, unknown> | null;

  @Property({ type: 'int' })
  @Field(() => Int, { description: 'Legal processing time in working days (pinned version)' })
  processingDays!: number;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  submittedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  receivedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'Appointment date for the result (ngày hẹn trả)' })
  dueAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  settledAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  returnedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'EARLY, ON_TIME or LATE once settled' })
  timeliness?: 'EARLY' | 'ON_TIME' | 'LATE' | null;

  /** A later date promised in an apology letter when the dossier is late; the legal due date stays. */
  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'New date promised in an apology (phiếu xin lỗi)' })
  promisedAt?: Date | null;

  /** Counter where the result is handed over, for the call-out board. */
  @Property({ type: 'int', nullable: true })
  pickupCounter?: number | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Tracking number when the result goes by public post' })
  postalTrackingNumber?: string | null;

  @Property({ type: 'text', nullable: true })
  resultReceivedBy?: string | null;

  @Property({ type: 'text', nullable: true })
  handlerSubject?: string | null;

  /** The handler's name as it was when the dossier was assigned (or taken by starting processing). */
  @Property({ type: 'text', nullable: true })
  handlerName?: string | null;

  @Property({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Satisfaction 1–5 given by the citizen after return' })
  rating?: number | null;

  @Property({ type: 'text', nullable: true })
  ratingComment?: string | null;

  @Property({ type: 'timestamptz' })
  @Field()
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  @Field()
  updatedAt: Date = new Date();

  /** Optimistic lock: two officers acting on the same dossier at once cannot both win. */
  @Property({ version: true })
  version!: number;
}

/**
 * A dossier as read: a managed entity or a plain row (DossierQueries). Field resolvers take it as their
 * `@Root()`: a type, not the class, so that type-graphql does not copy each plain row into a new Dossier.
 */
export type DossierView = Readonly<Dossier>;
