/** What the catalogue feature offers the rest of the core; its other modules are its own. */
export { createCatalogueHandlers } from './catalogue-handlers';
export { currentCatalogue } from './current-catalogue';
