import { en } from './en';
import { registerCatalog } from './index';

// Bundles that show every namespace register the English catalog by importing this module.
registerCatalog('en', en);

export { en };
