/**
 * The pieces the compiled judge's property test builds exported rows from: what SysAid exports hold
 * (the Assefaz captions, stamps, chat headers, labelled lines, hand-written descriptions) and the near
 * misses that tell a rule's edge (accents, case, spacing, a 19-digit protocol, a stamp mid-line).
 */
import { STAMP_LINE } from '../../fixtures/exports/generate';

export const ROW_VALUES = {
  category1: ['Central de Atendimento', 'central de atendimento ', 'Financeiro', 'Informações', ''],
  category2: ['Ligação Ativa / Callback', 'Ligacao ativa/callback', 'Boletos', 'Rede credenciada', ''],
  category3: ['Contato realizado', 'Sem comunicação', 'SEM COMUNICACAO', 'Segunda via', 'Consulta', ''],
  status: ['Resolvido', 'resolvido ', 'Encaminhado', 'Em andamento', ''],
  group: ['Central de Atendimento', 'Financeiro', 'Autorizações', ' ', ''],
  callback: ['Sim', 'sim', 'Não', ''],
  cpfLookup: ['ATIVO', 'ativo', '529.982.247-25', '123.456.789-00', '111.111.111-11', 'abc', ''],
} as const;

export const LINE_BREAKS = ['\n', '\n', '\n', '\r\n', '\r', '\n\n', '\n\n\n\n', ' \n', '\u2028', ''];

const stamp = (fields: string) => `[Assefaz-Guia] v=1; ${fields}; ext=0.1.0`;

export const DESCRIPTION_PIECES = [
  // The chat header, right and nearly right.
  '12345678901234567890 Atendimento via Chat',
  '  1234 5678 9012 3456 7890  atendimento via chat ',
  '1234567890123456789 Atendimento via Chat',
  // Labelled lines the block manages, valid and not, in the extension's words and the agents'.
  'Nome completo: Maria Souza',
  'Nome completo: Maria',
  'NOME COMPLETO:Maria da Silva',
  'Nome da mãe: Ana Souza',
  'Nome da mae:',
  '  Mãe: Ana Souza',
  'Data de nascimento: 01/02/1980',
  'Data de nascimento: 31/02/1980',
  'DN: 01/02/2090',
  'Plano Assefaz: Assefaz Nacional',
  'Plano:',
  'CPF: 529.982.247-25',
  'Tentativas de contato: 3',
  'Tentativas de contato: 0',
  'Tentativas de contato: três',
  'Motivo: Beneficiário não atendeu',
  'Motivo: não atendeu',
  'Motivo: Número não recebe chamadas',
  'Motivo: outro',
  // Written by hand.
  '3 tentativas, não atendeu',
  'duas ligações, número inexistente',
  'Tentativa de contato 2; caixa postal',
  'Cliente não localizado.',
  // A conversation, colons and all.
  'Beneficiário: Olá, preciso da segunda via',
  'Operador: Bom dia! Vou encaminhar ao Financeiro.',
  'a:b:c',
  'Um rótulo longo demais para ser um rótulo de verdade aqui: valor',
  ':sem rótulo',
  '   ',
  '\t',
  'texto\u2029com separador',
  // Stamps: the extension's, other outcomes and results, indented, mid-line, broken.
  STAMP_LINE,
  stamp('playbook=survey@1; canal=survey; desfecho=resolved; resultado=conforme'),
  stamp('playbook=chat@1; canal=chat; desfecho=forwarded; resultado=excecao; excecao=abc'),
  stamp('playbook=other@1; canal=outro; desfecho=resolved; resultado=conforme'),
  stamp('playbook=callback@1; canal=callback; desfecho=-; resultado=aberto'),
  ` \t${STAMP_LINE}`,
  `nota ${STAMP_LINE}`,
  '[Assefaz-Guia] v=1; quebrado',
];
