import { type MessageKey, substitute } from './index';
import { ptBR } from './pt-BR';

/** A sentence in Portuguese whatever the language chosen: for what is kept as a record (see ./index.ts). */
export const inPortuguese = (key: MessageKey, substitutions: readonly string[] = []): string =>
  substitute(ptBR[key], substitutions);
