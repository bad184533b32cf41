/** What choosing a version needs: its number and its window of local days ('YYYY-MM-DD', both ends inclusive). */
export interface VersionWindow {
  version: number;
  validFrom: string;
  validTo: string | null;
}

/** Whether the version holds on `day`. */
function holdsOn(v: VersionWindow, day: string): boolean {
  return v.validFrom <= day && (v.validTo === null || day <= v.validTo);
}

/**
 * The version valid on `day`; in a gap between windows (or after the last one ended), the latest that had begun;
 * before the first, the first. A catalogue always answers, so a procedure never loses its rules to a date.
 */
export function versionInForce<T extends VersionWindow>(versions: readonly T[], day: string): T | null {
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  const valid = sorted.find((v) => holdsOn(v, day));
  if (valid) return valid;
  const begun = sorted.filter((v) => v.validFrom <= day);
  return begun[begun.length - 1] ?? sorted[0] ?? null;
}

/** Pairs of versions whose windows overlap (none in a sound catalogue). */
export function overlappingVersions(versions: readonly VersionWindow[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [i, a] of versions.entries()) {
    for (const b of versions.slice(i + 1)) {
      const aEnd = a.validTo ?? '9999-12-31';
      const bEnd = b.validTo ?? '9999-12-31';
      if (a.validFrom <= bEnd && b.validFrom <= aEnd) out.push([a.version, b.version]);
    }
  }
  return out;
}
