/**
 * A Vietnamese mobile number in the international form providers want (84 + 9 digits, no plus): "0912 345 678",
 * "+84912345678" and "84912345678" all give "84912345678". Mobile prefixes after the 2018 renumbering start
 * with 3, 5, 7, 8 or 9; anything else (a landline, a foreign number) cannot receive ZNS or brandname SMS.
 */
export function vietnameseMobile(input: string): string | null {
  const digits = input.replace(/[\s.\-()]/g, '');
  const match = /^(?:\+?84|0)([35789]\d{8})$/.exec(digits);
  return match ? `84${match[1]}` : null;
}
