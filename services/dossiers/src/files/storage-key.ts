/** Stored bytes are keyed by their SHA-256, which is also what makes a repeated upload free. */
export function assertStorageKey(key: string): void {
  if (!/^[0-9a-f]{64}$/.test(key)) throw new Error('storage keys are SHA-256 hex digests');
}
