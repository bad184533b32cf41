import { AppError, type GraphClient, type Logger } from '@motcua/platform';
import type { ShareCounts } from '../domain/outreach-impact';

export interface IndicatorRequest {
  key: string;
  unitCode: string;
  from: string;
  to: string;
  /** The day whose map names the unit; null: today. */
  asOf?: string | null;
}

/**
 * Aliases per request: the gateway weighs `indicators` at 300 points of its 3000 per operation (and allows 20 root
 * fields), so nine (2,718 points with their two figures) fit in one.
 */
const BATCH = 9;

/**
 * Reads the dossiers subgraph's `indicators` through the gateway, on the caller's behalf (only officials may read
 * them), many periods in one request with aliases. Outreach never reads the dossiers schema itself.
 * Answers null when the figures cannot be had, so that the outreach records still show.
 */
export class IndicatorsClient {
  constructor(
    private readonly graph: GraphClient,
    private readonly log: Logger,
  ) {}

  async counts(token: string, requests: readonly IndicatorRequest[]): Promise<Map<string, ShareCounts> | null> {
    const result = new Map<string, ShareCounts>();
    try {
      for (let start = 0; start < requests.length; start += BATCH) {
        const batch = requests.slice(start, start + BATCH);
        const declarations = batch.map((_, i) => `$u${i}: String, $f${i}: Date!, $t${i}: Date!, $a${i}: Date`).join(', ');
        const fields = batch.map((_, i) => `q${i}: indicators(unitCode: $u${i}, from: $f${i}, to: $t${i}, asOf: $a${i}) { totalDossiers onlineDossiers }`).join('\n');
        const variables = Object.fromEntries(
          batch.flatMap((r, i) => [
            [`u${i}`, r.unitCode],
            [`f${i}`, r.from],
            [`t${i}`, r.to],
            [`a${i}`, r.asOf ?? null],
          ]),
        );
        const query = `query OutreachIndicators(${declarations}) {\n${fields}\n}`;
        // One retry: a connection closed under a long read is worth a second try before the figures are given up.
        const data = await this.graph.request<Record<string, ShareCounts>>(query, variables, token).catch((err: unknown) => {
          if (err instanceof AppError && (err.code === 'UNAVAILABLE' || err.code === 'INTERNAL')) return this.graph.request<Record<string, ShareCounts>>(query, variables, token);
          throw err;
        });
        batch.forEach((r, i) => {
          const row = data[`q${i}`];
          if (row) result.set(r.key, { totalDossiers: Number(row.totalDossiers), onlineDossiers: Number(row.onlineDossiers) });
        });
      }
      return result;
    } catch (err) {
      this.log.warn({ err }, 'indicators unavailable; outreach figures shown without dossier counts');
      return null;
    }
  }
}
