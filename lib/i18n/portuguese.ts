import { registerCatalog, setLanguage } from './index';
import { ptBR } from './pt-BR';

// Pages that bundle the pt-BR catalog register it (and start in it) by importing this module.
registerCatalog('pt-BR', ptBR);
setLanguage('pt-BR');

export { ptBR };
