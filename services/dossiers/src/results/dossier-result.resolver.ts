import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@motcua/platform';
import { DocumentRole, DossierDocument } from '../entities/dossier-document.entity';
import { Dossier, type DossierView } from '../entities/dossier.entity';
import { canSeePersonalData } from '../services/dossier-access';

@ObjectType('DossierResult', { description: 'The electronic result of a dossier, and whether the issuing body signed it' })
export class DossierResult {
  @Field(() => ID, { description: 'The stored file (GET /files/<id>)' })
  fileId!: string;

  @Field()
  name!: string;

  @Field({ description: 'Signed with the issuing body’s certificate (PDF signature over the whole file)' })
  signed!: boolean;

  @Field(() => String, { nullable: true })
  signerName!: string | null;

  @Field(() => Date, { nullable: true })
  signedAt!: Date | null;
}

@Resolver(() => Dossier)
export class DossierResultResolver {
  @FieldResolver(() => DossierResult, { nullable: true, description: 'The electronic result, for its applicant and the officers of its units' })
  async result(@Root() dossier: DossierView, @Ctx() ctx: RequestContext): Promise<DossierResult | null> {
    if (!canSeePersonalData(ctx.caller, dossier)) return null;
    const [document] = await ctx.em.find(DossierDocument, { dossier: dossier.id, role: DocumentRole.RESULT }, { orderBy: { addedAt: 'asc' }, limit: 1 });
    if (!document) return null;
    return { fileId: document.file.id, name: document.name, signed: !!document.signedAt, signerName: document.signerName ?? null, signedAt: document.signedAt ?? null };
  }
}
