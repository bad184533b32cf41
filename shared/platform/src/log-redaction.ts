import pino from 'pino';

/**
 * Personal data must not reach the logs (Decree 356/2025). A failed database write carries its SQL with the
 * values (ID number, phone, address) in the error's message, stack and parameters; these are scrubbed here,
 * for every error a process logs under `err`.
 */
const SQL = /\b(insert\s+into|update\s+\S+\s+set|delete\s+from|select\s.+\sfrom|values\s*\()/i;
const QUOTED = /'(?:[^']|'')*'/g;
/** Runs of digits as long as a phone (9–11) or an ID number (12): whatever text they appear in. */
const LONG_NUMBER = /(?<!\d)\+?\d{9,12}(?!\d)/g;
const DROPPED_KEYS = new Set(['params', 'parameters', 'bindings', 'values', 'sql', 'query']);
const MAX_DEPTH = 6;

export function redactText(text: string): string {
  const withoutLiterals = SQL.test(text) ? text.replace(QUOTED, "'[redacted]'") : text;
  return withoutLiterals.replace(LONG_NUMBER, '[redacted]');
}

function scrub(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = DROPPED_KEYS.has(key) ? '[redacted]' : scrub(v, depth + 1);
  }
  return out;
}

/** pino's error serializer, then every string scrubbed and SQL parameters dropped (nested causes included). */
export function redactedErrorSerializer(err: unknown): unknown {
  const serialized = err instanceof Error ? pino.stdSerializers.err(err) : err;
  return scrub(serialized, 0);
}
