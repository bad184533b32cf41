import { DateScalar } from '@motcua/platform';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { IndexGroupKey, PartStatus } from '../domain/quality-index-766';
import { AdministrativeUnitRef, ProcedureRef } from '../federation/external-types';

enum IndexPartStatus {
  SCORED = 'SCORED',
  NO_DATA = 'NO_DATA',
  NOT_TRACKED = 'NOT_TRACKED',
}
registerEnumType(IndexPartStatus, {
  name: 'IndexPartStatus',
  description: 'SCORED from our data; NO_DATA: nothing to score in the period; NOT_TRACKED: this system does not hold what the part measures',
});

@ObjectType({ simpleResolvers: true, description: 'The raw counters behind the shares (each on the day of its own event)' })
export class IndicatorCounts {
  @Field(() => Int) received!: number;
  @Field(() => Int) receivedOnline!: number;
  @Field(() => Int, { description: 'Received with electronic documents (online, or every document digitised)' }) documentsDigitised!: number;
  @Field(() => Int, { description: 'Received reusing a document digitised for an earlier dossier' }) documentsReused!: number;
  @Field(() => Int, { description: 'Processing ended with a decision (withdrawals excluded)' }) settled!: number;
  @Field(() => Int) settledEarly!: number;
  @Field(() => Int) settledOnTime!: number;
  @Field(() => Int) settledLate!: number;
  @Field(() => Int) resultsIssued!: number;
  @Field(() => Int) resultsDigitised!: number;
  @Field(() => Int) returned!: number;
  @Field(() => Int) returnedByPost!: number;
  @Field(() => Int, { description: 'Confirmed payments' }) feesPaid!: number;
  @Field(() => Int) feesPaidOnline!: number;
  @Field(() => Int) ratings!: number;
  @Field(() => Int) ratingSum!: number;
  @Field(() => Int, { description: 'Ratings of 4 or 5 stars' }) ratingsSatisfied!: number;
}

/** The figures every breakdown shows; shares are 0–1, null when there is nothing to divide by. */
@ObjectType({ simpleResolvers: true })
export class IndicatorFigures {
  @Field(() => Int, { description: 'Dossiers received in the period' }) totalDossiers!: number;
  @Field(() => Int, { description: 'Of those, submitted online' }) onlineDossiers!: number;
  @Field(() => Int, { description: 'Of those, at the counter or by post' }) inPersonDossiers!: number;
  @Field(() => Float, { nullable: true, description: 'onlineDossiers / totalDossiers' }) onlineShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'Settled early or on time / settled' }) onTimeShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'Payments made online / confirmed payments' }) onlinePaymentShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'Received with electronic documents / received' }) digitisedShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'Results issued with an electronic copy / results issued' }) resultsDigitisedShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'Received reusing digitised documents / received' }) reuseShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'Results returned by public post / results returned' }) postalReturnShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'Ratings of 4–5 stars / ratings' }) satisfaction!: number | null;
  @Field(() => Float, { nullable: true, description: 'Average rating, 1–5' }) averageRating!: number | null;
  @Field(() => IndicatorCounts) counts!: IndicatorCounts;
}

@ObjectType({ simpleResolvers: true })
export class MonthIndicators extends IndicatorFigures {
  @Field({ description: 'YYYY-MM' }) month!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A unit beneath the one asked for (its whole subtree and its predecessors), or the unit itself for what it and the units rolling into it whole received directly',
})
export class UnitIndicators extends IndicatorFigures {
  @Field(() => AdministrativeUnitRef) unit!: AdministrativeUnitRef;
  @Field() unitCode!: string;
  @Field() unitName!: string;
  @Field({ description: 'PROVINCE, DISTRICT or COMMUNE' }) level!: string;
  @Field({ description: 'The row of the unit asked for itself (dossiers it received directly), not of a child' }) own!: boolean;
  @Field(() => Int, { nullable: true, description: 'Rank among the children by online share (then volume); null for the own row' }) rank!: number | null;
}

@ObjectType({ simpleResolvers: true })
export class SettlingLevelIndicators extends IndicatorFigures {
  @Field({ description: 'PROVINCE, DISTRICT or COMMUNE: the level that settled the procedure in each month (DISTRICT until 30 June 2025); UNKNOWN for procedures no longer in the catalogue' })
  settlingLevel!: string;
}

@ObjectType({ simpleResolvers: true })
export class FieldIndicators extends IndicatorFigures {
  @Field({ description: 'lĩnh vực' }) field!: string;
}

@ObjectType({ simpleResolvers: true })
export class ProcedureIndicators extends IndicatorFigures {
  @Field(() => ProcedureRef) procedure!: ProcedureRef;
  @Field() procedureCode!: string;
  @Field(() => String, { nullable: true }) procedureName!: string | null;
  @Field(() => String, { nullable: true }) field!: string | null;
  @Field(() => String, { nullable: true }) settlingLevel!: string | null;
  @Field(() => String, { nullable: true, description: 'FULL, PARTIAL or NONE (current catalogue)' }) onlineLevel!: string | null;
  @Field(() => Int, { description: 'Rank by volume' }) rank!: number;
}

@ObjectType({ simpleResolvers: true, description: 'One part of a group of the Decision 766 index' })
export class QualityIndexPart {
  @Field() key!: string;
  @Field() name!: string;
  @Field() nameEn!: string;
  @Field({ description: 'How the points follow from the ratio' }) formula!: string;
  @Field(() => Float) maxScore!: number;
  @Field(() => Float, { nullable: true }) ratio!: number | null;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => IndexPartStatus) status!: PartStatus;
}

@ObjectType({ simpleResolvers: true })
export class QualityIndexGroup {
  @Field({ description: 'TRANSPARENCY, PROGRESS, ONLINE_SERVICE, ONLINE_PAYMENT, SATISFACTION, DIGITISATION' }) key!: IndexGroupKey;
  @Field() name!: string;
  @Field() nameEn!: string;
  @Field(() => Float) maxScore!: number;
  @Field(() => Float, { nullable: true, description: 'Sum of the scored parts; null if none could be scored' }) score!: number | null;
  @Field(() => Float, { description: 'The points the scored parts were worth' }) scoredMaxScore!: number;
  @Field(() => [QualityIndexPart]) parts!: QualityIndexPart[];
}

@ObjectType({ simpleResolvers: true, description: 'Service-quality index of Decision 766/QĐ-TTg (100 points), scored from the parts this system can measure' })
export class QualityIndex {
  @Field(() => Float) maxScore!: number;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => Float, { description: 'The points the scored parts were worth: score is out of this' }) scoredMaxScore!: number;
  @Field(() => [QualityIndexGroup]) groups!: QualityIndexGroup[];
}

@ObjectType({ simpleResolvers: true, description: 'Indicators of a unit (with everything beneath it) over a period of local days' })
export class Indicators extends IndicatorFigures {
  @Field(() => AdministrativeUnitRef, { nullable: true, description: 'Null when an administrator asked for the whole system' }) unit!: AdministrativeUnitRef | null;
  @Field(() => String, { nullable: true, description: "The unit's name as of the day asked (`unit` resolves to the unit of that code in force today)" })
  unitName!: string | null;
  @Field(() => DateScalar) from!: string;
  @Field(() => DateScalar) to!: string;
  @Field(() => [MonthIndicators], { description: 'Trend: every month the period touches' }) byMonth!: MonthIndicators[];
  @Field(() => [UnitIndicators], { description: "The unit's own row, then its children ranked" }) byUnit!: UnitIndicators[];
  @Field(() => [SettlingLevelIndicators]) bySettlingLevel!: SettlingLevelIndicators[];
  @Field(() => [FieldIndicators], { description: 'By lĩnh vực, largest first' }) byField!: FieldIndicators[];
  @Field(() => [ProcedureIndicators], { description: 'Largest first' }) byProcedure!: ProcedureIndicators[];
  @Field(() => QualityIndex) qualityIndex!: QualityIndex;
}

@ObjectType({ simpleResolvers: true, description: 'In-person dossiers of a procedure that could have been done fully online, at one unit' })
export class OutreachOpportunity {
  @Field(() => Int) rank!: number;
  @Field(() => AdministrativeUnitRef) unit!: AdministrativeUnitRef;
  @Field() unitCode!: string;
  @Field() unitName!: string;
  @Field(() => ProcedureRef) procedure!: ProcedureRef;
  @Field() procedureCode!: string;
  @Field() procedureName!: string;
  @Field() field!: string;
  @Field(() => Int, { description: 'Received at the counter or by post although the procedure is full-process online' }) inPersonDossiers!: number;
  @Field(() => Int) onlineDossiers!: number;
  @Field(() => Float, { nullable: true }) onlineShare!: number | null;
}
