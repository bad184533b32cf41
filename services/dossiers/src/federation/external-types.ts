import { Directive, Field, Int, ObjectType } from 'type-graphql';

/**
 * The procedures subgraph's Procedure, referenced by key; its fields come from there, but for `name` under a
 * dossier's `procedure` (`@provides`, ProcedureNameResolver): the commonest read, a dossier or an inbox page
 * with its procedures' names, then needs no second subgraph.
 */
@ObjectType('Procedure')
@Directive('@key(fields: "code", resolvable: false)')
export class ProcedureRef {
  @Field() code!: string;

  @Field()
  @Directive('@external')
  name?: string;
}

/** The exact version of the procedure's rules a dossier is pinned to. */
@ObjectType('ProcedureVersion')
@Directive('@key(fields: "procedureCode version", resolvable: false)')
export class ProcedureVersionRef {
  @Field() procedureCode!: string;
  @Field(() => Int) version!: number;
}

@ObjectType('AdministrativeUnit')
@Directive('@key(fields: "code", resolvable: false)')
export class AdministrativeUnitRef {
  @Field() code!: string;
}

@ObjectType('Agency')
@Directive('@key(fields: "code", resolvable: false)')
export class AgencyRef {
  @Field() code!: string;
}
