import { describe, expect, it } from 'vitest';
import { overlappingVersions, versionInForce } from '../version-in-force';

const versions = [
  { version: 2, validFrom: '2025-07-01', validTo: null },
  { version: 1, validFrom: '2022-01-01', validTo: '2025-06-30' },
];

describe('versionInForce', () => {
  it('picks the version whose window holds the day, both ends inclusive', () => {
    expect(versionInForce(versions, '2025-06-30')?.version).toBe(1);
    expect(versionInForce(versions, '2025-07-01')?.version).toBe(2);
    expect(versionInForce(versions, '2026-11-21')?.version).toBe(2);
  });

  it('answers the first before the catalogue begins and the latest begun in a gap', () => {
    expect(versionInForce(versions, '2021-05-01')?.version).toBe(1);
    const gap = [
      { version: 1, validFrom: '2022-01-01', validTo: '2022-12-31' },
      { version: 2, validFrom: '2024-01-01', validTo: null },
    ];
    expect(versionInForce(gap, '2023-06-01')?.version).toBe(1);
    expect(versionInForce([], '2025-01-01')).toBeNull();
  });
});

describe('overlappingVersions', () => {
  it('finds windows that share a day, and none in consecutive ones', () => {
    expect(overlappingVersions(versions)).toEqual([]);
    expect(overlappingVersions([...versions, { version: 3, validFrom: '2025-06-30', validTo: null }])).toEqual([
      [2, 3],
      [1, 3],
    ]);
  });
});
