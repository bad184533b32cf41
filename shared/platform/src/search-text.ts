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

/** The words of a search, folded; every word must match (AND), in any order. */
export function searchWords(query: string | null | undefined): string[] {
  if (!query) return [];
  return foldForSearch(query).split(' ').filter(Boolean).slice(0, 8);
}

/**
 * A MikroORM filter that a folded text column contains every word of a search (empty: no filter).
 * Folding keeps only letters, digits and dots, so a `%` or `_` typed by a user never acts as a wildcard.
 */
export function containsEveryWord<Field extends string>(field: Field, query: string | null | undefined): { [K in Field]: { $like: string } }[] {
  return searchWords(query).map((word) => ({ [field]: { $like: `%${word}%` } }) as { [K in Field]: { $like: string } });
}

/** A MikroORM filter that a folded text column contains the whole folded phrase, words in this order. */
export function containsPhrase<Field extends string>(field: Field, phrase: string): { [K in Field]: { $like: string } } {
  return { [field]: { $like: `%${foldForSearch(phrase)}%` } } as { [K in Field]: { $like: string } };
}
