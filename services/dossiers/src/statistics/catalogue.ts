import { GraphCatalogue } from './catalogue.client';

/** The process-wide catalogue reader (its cache is shared by every request). */
export const catalogue = new GraphCatalogue();
