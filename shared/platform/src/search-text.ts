import type { SqlStatement } from './orm';

/**
 * Folds Vietnamese text for search that forgives missing diacritics and case:
 * "Đăng ký khai sinh" and "dang ky khai sinh" fold to the same string.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, ' ')
    .trim();
}

/**
 * The pieces of a search, folded; every piece must match (AND), in any order. Pieces are what the user typed
 * between spaces: one joined by punctuation stays one piece, so "261127-0042" (a code's tail) folds to
 * "261127 0042" and matches only where those digits stand together, not in any phone number.
 */
export function searchWords(query: string | null | undefined): string[] {
  if (!query) return [];
  return query.split(/\s+/).map(foldForSearch).filter(Boolean).slice(0, 8);
}

/**
 * SQL that a folded text column contains every piece of a search: one `column like ?` per piece, with its
 * pattern (none for an empty search). Folding keeps only letters, digits and dots, so a `%` or `_` typed by a
 * user never acts as a wildcard.
 */
export function everyWordLike(column: string, query: string | null | undefined): SqlStatement[] {
  return searchWords(query).map((word) => ({ sql: `${column} like ?`, params: [`%${word}%`] }));
}
