import { Directive, Field, ObjectType } from 'type-graphql';

@ObjectType('AdministrativeUnit')
@Directive('@key(fields: "code", resolvable: false)')
export class AdministrativeUnitRef {
  @Field() code!: string;
}

@ObjectType('Procedure')
@Directive('@key(fields: "code", resolvable: false)')
export class ProcedureRef {
  @Field() code!: string;
}
