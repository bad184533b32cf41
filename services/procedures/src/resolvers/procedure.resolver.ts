import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@motcua/platform';
import { Procedure, SettlingLevel } from '../entities/procedure.entity';
import { ProcedureVersion } from '../entities/procedure-version.entity';
import { ProcedureCatalogueService } from '../services/procedure-catalogue.service';
import { ProcedureConnection, ProcedureSearchArgs } from './procedure-connection.types';
import { FeeRule, FormField, ProcedureStep, RequiredDocument } from './procedure-details.types';
import { feesOf, formFieldsOf, requiredDocumentsOf, stepsOf } from './version-mapping';

@Resolver(() => Procedure)
export class ProcedureResolver {
  @Query(() => ProcedureConnection, {
    description: 'Search the catalogue in everyday words: with or without diacritics, common synonyms and spellings, one-letter typos; most relevant first',
  })
  procedures(@Args() args: ProcedureSearchArgs, @Ctx() ctx: RequestContext): Promise<ProcedureConnection> {
    return new ProcedureCatalogueService(ctx.em).search(args);
  }

  @Query(() => Procedure, { nullable: true })
  procedure(@Arg('code') code: string, @Ctx() ctx: RequestContext): Promise<Procedure | null> {
    return new ProcedureCatalogueService(ctx.em).byCode(code);
  }

  @Query(() => [String], { description: 'Fields (lĩnh vực) of the catalogue, for filters' })
  procedureFields(@Ctx() ctx: RequestContext): Promise<string[]> {
    return new ProcedureCatalogueService(ctx.em).fields();
  }

  @FieldResolver(() => [String], {
    description: 'Words of the name, as written, that the search of this request matched (synonyms and typos included), for highlighting; empty outside a search',
  })
  matchedWords(@Root() p: Procedure, @Ctx() ctx: RequestContext): string[] {
    return new ProcedureCatalogueService(ctx.em).matchedWords(p);
  }

  @FieldResolver(() => ProcedureVersion, { description: 'The rules in force now' })
  current(@Root() p: Procedure, @Ctx() ctx: RequestContext): Promise<ProcedureVersion> {
    return new ProcedureCatalogueService(ctx.em).currentVersion(p);
  }

  @FieldResolver(() => ProcedureVersion, { description: 'The rules of a given version (dossiers are pinned to one)' })
  version(@Root() p: Procedure, @Arg('version', () => Int) version: number, @Ctx() ctx: RequestContext): Promise<ProcedureVersion> {
    return new ProcedureCatalogueService(ctx.em).version(p.code, version);
  }

  @FieldResolver(() => [ProcedureVersion], { description: 'Every version, oldest first; windows never overlap' })
  versions(@Root() p: Procedure, @Ctx() ctx: RequestContext): Promise<ProcedureVersion[]> {
    return new ProcedureCatalogueService(ctx.em).versions(p.code);
  }

  @FieldResolver(() => SettlingLevel, { description: 'Level that settles it under the current version' })
  async settlingLevel(@Root() p: Procedure, @Ctx() ctx: RequestContext): Promise<SettlingLevel> {
    return (await this.current(p, ctx)).settlingLevel;
  }

  @FieldResolver(() => String, { description: 'Body that settles it under the current version' })
  async settlingBody(@Root() p: Procedure, @Ctx() ctx: RequestContext): Promise<string> {
    return (await this.current(p, ctx)).settlingBody;
  }

  @FieldResolver(() => String)
  async settlingBodyEn(@Root() p: Procedure, @Ctx() ctx: RequestContext): Promise<string> {
    return (await this.current(p, ctx)).settlingBodyEn;
  }

  @FieldResolver(() => Boolean, { description: 'Received regardless of administrative boundary within the province (current version; Decree 118/2025/NĐ-CP)' })
  async acrossBoundary(@Root() p: Procedure, @Ctx() ctx: RequestContext): Promise<boolean> {
    return (await this.current(p, ctx)).acrossBoundary;
  }

  @FieldResolver(() => Int, { description: 'Legal processing time in working days (current version)' })
  async processingDays(@Root() p: Procedure, @Ctx() ctx: RequestContext): Promise<number> {
    return (await this.current(p, ctx)).processingDays;
  }

  @FieldResolver(() => [FeeRule])
  async fees(@Root() p: Procedure, @Ctx() ctx: RequestContext): Promise<FeeRule[]> {
    return feesOf(await this.current(p, ctx));
  }

  @FieldResolver(() => [RequiredDocument])
  async requiredDocuments(@Root() p: Procedure, @Ctx() ctx: RequestContext): Promise<RequiredDocument[]> {
    return requiredDocumentsOf(await this.current(p, ctx));
  }

  @FieldResolver(() => [FormField])
  async formFields(@Root() p: Procedure, @Ctx() ctx: RequestContext): Promise<FormField[]> {
    return formFieldsOf(await this.current(p, ctx));
  }

  @FieldResolver(() => [ProcedureStep])
  async steps(@Root() p: Procedure, @Ctx() ctx: RequestContext): Promise<ProcedureStep[]> {
    return stepsOf(await this.current(p, ctx));
  }
}

@Resolver(() => ProcedureVersion)
export class ProcedureVersionResolver {
  @FieldResolver(() => [FeeRule])
  fees(@Root() v: ProcedureVersion): FeeRule[] {
    return feesOf(v);
  }

  @FieldResolver(() => [RequiredDocument])
  requiredDocuments(@Root() v: ProcedureVersion): RequiredDocument[] {
    return requiredDocumentsOf(v);
  }

  @FieldResolver(() => [FormField])
  formFields(@Root() v: ProcedureVersion): FormField[] {
    return formFieldsOf(v);
  }

  @FieldResolver(() => [ProcedureStep])
  steps(@Root() v: ProcedureVersion): ProcedureStep[] {
    return stepsOf(v);
  }
}
