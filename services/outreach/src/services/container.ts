import type { EntityManager } from '@mikro-orm/postgresql';
import { createGraphClient, createLogger, createUnitDirectory } from '@motcua/platform';
import { IndicatorsClient } from './indicators.client';
import { Jurisdiction } from './jurisdiction';
import { OutreachEventsService } from './outreach-events.service';
import { OutreachImpactService } from './outreach-impact.service';
import { SupportService } from './support.service';
import { TargetsService } from './targets.service';
import { TrainingService } from './training.service';
import { UnitPaths } from './unit-paths';
import { VolunteersService } from './volunteers.service';

/** Process-wide: reads through the gateway (the unit tree, cached; the dossiers service's indicators). */
const graph = createGraphClient();
const unitDirectory = createUnitDirectory(graph);
const jurisdiction = new Jurisdiction(unitDirectory);
const indicators = new IndicatorsClient(graph, createLogger('outreach'));

/** The use cases for one unit of work (a request). */
export function outreachServices(em: EntityManager) {
  return {
    training: new TrainingService(em, jurisdiction),
    events: new OutreachEventsService(em, jurisdiction),
    volunteers: new VolunteersService(em, jurisdiction, new UnitPaths(em, unitDirectory)),
    support: new SupportService(em, jurisdiction),
    targets: new TargetsService(em, jurisdiction, indicators),
    impact: new OutreachImpactService(em, jurisdiction, indicators),
  };
}
