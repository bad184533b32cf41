import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type DocumentNode } from 'graphql';
import { AppError } from './errors';

/** NUL and other C0 controls but tab, line feed and carriage return: no text a person types holds them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/** Where in the variables a control character hides, as a path ('input.applicant.fullName'), or null. */
export function controlCharacterPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return CONTROL.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = controlCharacterPath(value[i], `${path}[${i}]`);
      if (hit !== null) return hit;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const hit = controlCharacterPath(inner, path ? `${path}.${key}` : key);
      if (hit !== null) return hit;
    }
  }
  return null;
}

/** Per parsed document: Apollo Server hands the same document object to every request of the same text. */
const literalsChecked = new WeakMap<DocumentNode, string | null>();

function literalWithControl(document: DocumentNode): string | null {
  const known = literalsChecked.get(document);
  if (known !== undefined) return known;
  let found: string | null = null;
  visit(document, {
    [Kind.ARGUMENT](node) {
      if (found === null && node.value.kind === Kind.STRING && CONTROL.test(node.value.value)) found = node.name.value;
    },
  });
  literalsChecked.set(document, found);
  return found;
}

/**
 * Refuses text with control characters (NUL first of all, which PostgreSQL cannot store) as VALIDATION_FAILED
 * naming the field, before any resolver runs; without it a NUL reached the database and came back INTERNAL.
 */
export function inputHygienePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const field = controlCharacterPath(request.variables ?? {}) ?? literalWithControl(document);
          if (field === null) return;
          throw new AppError('VALIDATION_FAILED', {
            message: { vi: 'Dữ liệu nhập chứa ký tự điều khiển không hợp lệ.', en: 'The input holds a control character that is not allowed.' },
            details: { fields: [{ field }] },
            httpStatus: 400,
          });
        },
      };
    },
  };
}
