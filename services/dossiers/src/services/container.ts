import type { EntityManager } from '@mikro-orm/postgresql';
import { createLogger } from '@motcua/platform';
import { signingCredentialsFromEnv } from '@motcua/pdf';
import { fileStorageFromEnv } from '../files/file-storage';
import { ResultSigner } from '../results/result-signing.service';
import { DossierChanges } from './dossier-changes';
import { IntakeService } from './intake.service';
import { PostalService } from './postal.service';
import { ProcedureRulesClient } from './procedure-rules.client';
import { ProcessingService } from './processing.service';
import { ResultReturnService } from './result-return.service';

/** Process-wide collaborators: the catalogue client (with its cache), the post. */
/** The catalogue as the procedures subgraph publishes it (pinned versions cached for the process). */
export const procedureRules = new ProcedureRulesClient();
const rules = procedureRules;
const postal = new PostalService();
// Read at start: production without the issuing bodies' certificates does not start.
const resultSigner = new ResultSigner(signingCredentialsFromEnv(process.env), fileStorageFromEnv(process.env), rules, createLogger('dossiers'));

export const PUBLIC_PORTAL_URL = process.env.PUBLIC_PORTAL_URL ?? 'http://localhost:8080';

export interface DossierServices {
  intake: IntakeService;
  processing: ProcessingService;
  results: ResultReturnService;
  postal: PostalService;
  rules: ProcedureRulesClient;
}

/** The use cases for one unit of work (a request, or the seed). */
export function dossierServices(em: EntityManager, now?: () => Date): DossierServices {
  const changes = new DossierChanges(em, now);
  return {
    intake: new IntakeService({ em, changes, rules, now }),
    processing: new ProcessingService(changes, rules, postal, resultSigner, now),
    results: new ResultReturnService(changes, now),
    postal,
    rules,
  };
}
