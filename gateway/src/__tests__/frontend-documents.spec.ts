// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are front-end source text, their ${…} placeholders included.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiSchemaOf, checkDocuments, extractDocuments } from '../frontend-documents';

const schema = apiSchemaOf(readFileSync(resolve(__dirname, '../../supergraph.graphql'), 'utf8'));

/** Front-end files held in memory, as the checker would read them from disk. */
function check(files: Record<string, string>) {
  const documents = extractDocuments(Object.keys(files), (file) => files[file] ?? null);
  return { documents, problems: checkDocuments(documents, schema) };
}

describe('front-end GraphQL documents against the supergraph', () => {
  it('passes a valid query whose field list is imported from another file', () => {
    const { documents, problems } = check({
      '/app/fields.ts': 'export const PROCEDURE_FIELDS = `code name`;',
      '/app/search.query.ts': [
        "import { gql } from 'urql';",
        "import { PROCEDURE_FIELDS } from './fields';",
        'export const SEARCH = gql<unknown>`',
        '  query Search($q: String) { procedures(search: $q, first: 5) { nodes { ${PROCEDURE_FIELDS} } } }',
        '`;',
      ].join('\n'),
    });
    expect(documents).toHaveLength(1);
    expect(documents[0].text).toContain('nodes { code name }');
    expect(problems).toEqual([]);
  });

  it('names the file, line and field of a document the schema does not answer', () => {
    const { problems } = check({
      '/app/broken.tsx': ["import { gql } from 'urql';", '', 'const Q = gql`', '  query {', '    procedures(first: 5) { nodes { code nameInKlingon } }', '  }', '`;'].join('\n'),
    });
    expect(problems).toEqual([{ file: '/app/broken.tsx', line: 5, message: expect.stringContaining('nameInKlingon') }]);
  });

  it('reports a document it cannot put together rather than skip it', () => {
    const { problems } = check({ '/app/dynamic.ts': "import { gql } from 'urql';\nconst Q = gql`query { ${fieldsFor(window)} }`;" });
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/could not be read/);
  });
});
