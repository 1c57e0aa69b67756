import { registerCatalog, setLanguage } from './index';
import { ptBR } from './pt-BR';

// Bundles that show every namespace (options, team, background, worker, CLI) register pt-BR, and start
// in it, by importing this module.
registerCatalog('pt-BR', ptBR);
setLanguage('pt-BR');

export { ptBR };
