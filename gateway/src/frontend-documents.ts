import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { printSchema, Supergraph } from '@apollo/federation-internals';
import { buildSchema, type DocumentNode, type GraphQLSchema, Kind, parse, validate } from 'graphql';
import ts from 'typescript';

/** A GraphQL document written in a front end's source (a `gql` tagged template), with where it stands. */
export interface FrontendDocument {
  file: string;
  line: number;
  text: string;
}

export interface DocumentProblem {
  file: string;
  line: number;
  message: string;
}

/** Reads a source file; `null` when it cannot be read (a package import, not our file). */
type ReadSource = (file: string) => string | null;

const readFromDisk: ReadSource = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

/**
 * The `gql` documents of the given files, their `${…}` parts put in: a constant string or template of the same
 * file, or one imported from a relative path (field lists shared between a query and its mutations).
 */
export function extractDocuments(files: readonly string[], read: ReadSource = readFromDisk): FrontendDocument[] {
  const parsed = new Map<string, ts.SourceFile | null>();
  const sourceOf = (file: string): ts.SourceFile | null => {
    if (!parsed.has(file)) {
      const text = read(file);
      parsed.set(file, text === null ? null : ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS));
    }
    return parsed.get(file) ?? null;
  };

  const constantText = (file: string, name: string, seen: Set<string>): string | null => {
    const key = `${file}#${name}`;
    if (seen.has(key)) return null;
    seen.add(key);
    const source = sourceOf(file);
    if (!source) return null;
    for (const statement of source.statements) {
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name) && declaration.name.text === name && declaration.initializer) return templateText(file, declaration.initializer, seen);
        }
      }
      if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && statement.moduleSpecifier.text.startsWith('.')) {
        const bindings = statement.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings)) {
          const element = bindings.elements.find((e) => e.name.text === name);
          if (element) {
            const target = resolveRelative(file, statement.moduleSpecifier.text, (f) => sourceOf(f) !== null);
            return target ? constantText(target, (element.propertyName ?? element.name).text, seen) : null;
          }
        }
      }
    }
    return null;
  };

  const templateText = (file: string, node: ts.Node, seen: Set<string>): string | null => {
    if (ts.isTaggedTemplateExpression(node)) return templateText(file, node.template, seen);
    if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isStringLiteral(node)) return node.text;
    if (ts.isAsExpression(node) || ts.isParenthesizedExpression(node)) return templateText(file, node.expression, seen);
    if (ts.isTemplateExpression(node)) {
      let text = node.head.text;
      for (const span of node.templateSpans) {
        const part = ts.isIdentifier(span.expression) ? constantText(file, span.expression.text, new Set(seen)) : templateText(file, span.expression, seen);
        if (part === null) return null;
        text += part + span.literal.text;
      }
      return text;
    }
    return null;
  };

  const documents: FrontendDocument[] = [];
  for (const file of files) {
    const source = sourceOf(file);
    if (!source) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'gql') {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        const text = templateText(file, node.template, new Set());
        documents.push({ file, line, text: text ?? '' });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return documents;
}

function resolveRelative(from: string, specifier: string, exists: (file: string) => boolean): string | null {
  const base = resolve(dirname(from), specifier);
  return ['.ts', '.tsx', '/index.ts', ''].map((ext) => base + ext).find(exists) ?? null;
}

/**
 * The schema clients see: the supergraph without its federation machinery (what the gateway serves). Printed
 * and built again, so it belongs to this module's graphql (a test runner may load two copies of the library).
 */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return buildSchema(printSchema(Supergraph.build(supergraphSdl).apiSchema()));
}

/**
 * Each document checked against the API schema as the gateway would check it. A document whose text could not
 * be put together (an interpolation the checker cannot follow) is a problem too: nothing goes unchecked.
 */
export function checkDocuments(documents: readonly FrontendDocument[], schema: GraphQLSchema): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  for (const { file, line, text } of documents) {
    if (!text.trim()) {
      problems.push({ file, line, message: 'the document could not be read: interpolate only constants of this file or of a relative import' });
      continue;
    }
    let document: DocumentNode;
    try {
      document = parse(text);
    } catch (err) {
      problems.push({ file, line, message: (err as Error).message });
      continue;
    }
    // A document of fragments alone is checked where it is used.
    if (!document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION)) continue;
    for (const error of validate(schema, document)) problems.push({ file, line: line + (error.locations?.[0]?.line ?? 1) - 1, message: error.message });
  }
  return problems;
}

/** `npm run check:graphql`: every front-end document against gateway/supergraph.graphql. */
function main(): void {
  const root = resolve(__dirname, '../..');
  const listed = ts.sys.readDirectory(root, ['.ts', '.tsx'], ['**/node_modules', '**/dist', '**/__tests__'], ['frontends/*/src', 'shared/ui/src']);
  const files = listed.filter((f) => !/\.(spec|test)\.tsx?$/.test(f));
  const documents = extractDocuments(files);
  const problems = checkDocuments(documents, apiSchemaOf(readFileSync(resolve(root, 'gateway/supergraph.graphql'), 'utf8')));
  for (const p of problems) console.error(`${relative(root, p.file)}:${p.line}: ${p.message}`);
  console.log(`${documents.length} GraphQL documents in ${files.length} front-end files checked against the supergraph: ${problems.length ? `${problems.length} problems` : 'all valid'}`);
  if (problems.length) process.exitCode = 1;
}

if (require.main === module) main();
