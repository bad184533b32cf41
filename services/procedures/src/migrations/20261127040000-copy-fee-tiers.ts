import { Migration } from '@mikro-orm/migrations';

/**
 * The copy-certification fee of Circular 226/2016/TT-BTC is 2,000 đ for each of the first two pages of each copy
 * and 1,000 đ for each page from the third. Catalogues seeded before fee rules could say so priced every page at
 * both rates; this states the tiers on the same rules. The law did not change, so no new procedure version.
 */
export class CopyFeeTiersMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      update procedures.procedure_version v
         set fees = (
           select jsonb_agg(
                    case
                      when rule->>'basis' = 'PER_PAGE' and (rule->>'amountVnd')::int = 2000 then rule || '{"toPage": 2, "perCopy": true}'
                      when rule->>'basis' = 'PER_PAGE' and (rule->>'amountVnd')::int = 1000 then rule || '{"fromPage": 3, "perCopy": true}'
                      else rule
                    end
                    order by position)
             from jsonb_array_elements(v.fees) with ordinality as rules(rule, position))
       where v.procedure_code = '2.000815' and not v.fees @> '[{"perCopy": true}]';
    `);
  }
}
