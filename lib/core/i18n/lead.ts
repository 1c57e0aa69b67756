import { leadEn } from './en/lead';
import { registerCatalog } from './index';
import { leadPtBR } from './pt-BR/lead';

// The lead tools' script (injected on demand) registers its own namespace; the panel's comes with the hook.
registerCatalog('pt-BR', leadPtBR);
registerCatalog('en', leadEn);
