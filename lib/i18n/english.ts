import { en } from './en';
import { registerCatalog } from './index';

// Pages that bundle the English catalog register it by importing this module.
registerCatalog('en', en);

export { en };
