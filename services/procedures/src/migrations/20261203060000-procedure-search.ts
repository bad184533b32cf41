import { Migration } from '@mikro-orm/migrations';

const CONFIG = `'procedures.vietnamese'`;

/**
 * Search in everyday Vietnamese with PostgreSQL's own tools (docs/procedure-search.md): full-text search over a
 * configuration that folds diacritics (unaccent), one-letter typos corrected against the catalogue's own words
 * (fuzzystrmatch's levenshtein, ties broken by pg_trgm similarity), synonyms kept as rows that `ts_rewrite`
 * applies, and `ts_rank` weighting the name above the English name and code, the field, then the result
 * ("description"). The LIKE over `search_text` it replaces matched fragments anywhere and ranked by name.
 */
export class ProcedureSearchMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      -- Trusted extensions: a database owner may create them. In public, where another service may already have them.
      create extension if not exists unaccent schema public;
      create extension if not exists pg_trgm schema public;
      create extension if not exists fuzzystrmatch schema public;

      create text search configuration procedures.vietnamese (copy = pg_catalog.simple);
      alter text search configuration procedures.vietnamese
        alter mapping for asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart
        with public.unaccent, pg_catalog.simple;

      -- A phrase people type and what the catalogue calls it; both are searched, the catalogue's words rank alike.
      create table procedures.search_synonym (
        phrase text primary key,
        means text not null,
        note text null
      );
      insert into procedures.search_synonym (phrase, means, note) values
        ('ki', 'ký', 'ki/ky: both spellings are taught; the catalogue writes ký'),
        ('giấy khai sinh', 'đăng ký khai sinh', 'people name the procedure by the paper it gives'),
        ('giấy khai tử', 'đăng ký khai tử', null),
        ('giấy chứng tử', 'đăng ký khai tử', null),
        ('báo tử', 'khai tử', null),
        ('giấy kết hôn', 'đăng ký kết hôn', null),
        ('độc thân', 'tình trạng hôn nhân', 'the certificate of marital status is asked for as a certificate of being single'),
        ('sổ đỏ', 'giấy chứng nhận quyền sử dụng đất', 'the land-use right certificate, by the colour of its cover'),
        ('sổ hồng', 'giấy chứng nhận quyền sử dụng đất', 'the certificate of land and house, by the colour of its cover'),
        ('làm lại', 'cấp lại', null),
        ('làm giấy phép xây nhà', 'giấy phép xây dựng', null),
        ('xây nhà', 'xây dựng nhà ở', null),
        ('hộ cá thể', 'hộ kinh doanh', null),
        ('công chứng', 'chứng thực', 'the commune certifies (chứng thực); people say notarise');

      -- Words of the catalogue, for correcting a one-letter typo to a word that exists.
      create table procedures.search_word (word text primary key);

      alter table procedures.procedure add column search_vector tsvector null;
      create index procedure_search_vector_index on procedures.procedure using gin (search_vector);
      drop index if exists procedures.procedure_search_text_index;
      alter table procedures.procedure drop column search_text;

      -- Name (A) before English name and code (B), field (C) and what the procedure gives, its result (D).
      create function procedures.refresh_procedure_search() returns trigger language plpgsql as $$
      begin
        if pg_trigger_depth() > 1 then return null; end if;
        update procedures.procedure p set search_vector =
          setweight(to_tsvector(${CONFIG}, p.name), 'A') ||
          setweight(to_tsvector(${CONFIG}, p.name_en || ' ' || p.code), 'B') ||
          setweight(to_tsvector(${CONFIG}, p.field || ' ' || p.field_en), 'C') ||
          setweight(to_tsvector(${CONFIG}, coalesce(v.result_type || ' ' || v.result_type_en, '')), 'D')
        from procedures.procedure p2
        left join lateral (
          select result_type, result_type_en from procedures.procedure_version
          where procedure_code = p2.code and valid_from <= (now() at time zone 'Asia/Ho_Chi_Minh')::date
          order by valid_from desc limit 1
        ) v on true
        where p.code = p2.code;
        delete from procedures.search_word;
        insert into procedures.search_word (word)
          select word from ts_stat('select search_vector from procedures.procedure where search_vector is not null');
        return null;
      end $$;
      create trigger procedure_search after insert or update or delete on procedures.procedure
        for each statement execute function procedures.refresh_procedure_search();
      create trigger procedure_version_search after insert or update or delete on procedures.procedure_version
        for each statement execute function procedures.refresh_procedure_search();
      update procedures.procedure set code = code;

      -- The words typed, folded; an unknown word becomes the catalogue's word one letter away, else a prefix.
      create function procedures.search_terms(input text) returns table (word text, whole boolean, last boolean)
      language sql stable as $$
        with typed as (
          select t.lexeme as word, max(p) as position
          from unnest(to_tsvector(${CONFIG}, input)) t, unnest(t.positions) p group by t.lexeme
        ), known as (
          select typed.word, typed.position = max(typed.position) over () as last,
            exists (select 1 from procedures.search_word s where s.word = typed.word)
            or exists (select 1 from procedures.search_synonym s
                       where to_tsvector(${CONFIG}, s.phrase) @@ to_tsquery('simple', quote_literal(typed.word))) as known
          from typed
        ), corrected as (
          select known.*, (
            select s.word from procedures.search_word s
            where not known.known and length(known.word) >= 3 and public.levenshtein(known.word, s.word) = 1
            order by public.similarity(known.word, s.word) desc, s.word limit 1
          ) as correction
          from known
        )
        select coalesce(correction, word), known or correction is not null, last from corrected
      $$;

      -- Every word must match (synonyms rewritten in); with last_word_fragment the last word may be a beginning,
      -- as while typing ("khai s").
      create function procedures.search_query(input text, last_word_fragment boolean) returns tsquery
      language sql stable as $$
        with rewritten as (
          select ts_rewrite(q.query, 'select plainto_tsquery(${CONFIG.replaceAll("'", "''")}, phrase),'
            || ' plainto_tsquery(${CONFIG.replaceAll("'", "''")}, phrase) || plainto_tsquery(${CONFIG.replaceAll("'", "''")}, means)'
            || ' from procedures.search_synonym') as query
          from (
            select string_agg(quote_literal(word) || case when whole then '' else ':*' end, ' & ')::tsquery
            from procedures.search_terms(input)
            union all
            select string_agg(quote_literal(word) || case when whole and not last then '' else ':*' end, ' & ')::tsquery
            from procedures.search_terms(input) where last_word_fragment
          ) q(query)
        )
        select string_agg('(' || query::text || ')', ' | ')::tsquery from rewritten
      $$;
    `);
  }
}
