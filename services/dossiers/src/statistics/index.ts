/** The statistics module as the subgraph wires it: the dashboard's queries, its CSV export, its demo history. */
export { IndicatorsResolver } from './indicators.resolver';
export { mountIndicatorsCsvRoute } from './indicators-csv.routes';
export { seedStatisticsHistory } from './statistics-seed';
export { catalogue } from './catalogue';
