import { DEFAULT_PLAYBOOKS } from '../../lib/core/procedures/defaults';

/**
 * Finds Portuguese in text meant to be English. Words only Portuguese has, and its accents; what stays
 * Portuguese by design (lib/core/i18n/index.ts) is taken out first: quoted words (SysAid's captions, the
 * procedure's phrases, the stamp) and SysAid's column captions a sentence names without quotes.
 */
const PORTUGUESE =
  /[ãõçáéíóúâêôà]|\b(o|os|de|da|das|dos|em|um|uma|ao|aos|que|ou|por|mais|seu|sua|este|esta|isso|aqui|quando|onde|como|até|nos|nas|não|nao|você|campo|escolha|informe|chamado|chamados|conversa|painel|procedimento|procedimentos|salvar|salvo|deve|ainda|sem|com|para|pelo|pela|foi|são|etapas|desfecho|canal|categoria|descrição|conferência|roteiro|cole|aguarde|exceção|justificativa|dados|tentativas|motivo|nome|mãe|plano|registro|pesquisa|líder|opções|arquivo|linha|coluna|colunas|equipe|atendente|pausa|relatório|formulário|nenhum|nenhuma)\b/i;

/** Every string a playbook holds: its words stay as the lead wrote them. */
function playbookWords(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) playbookWords(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) playbookWords(v, out);
  return out;
}
export const PLAYBOOK_WORDS = playbookWords(DEFAULT_PLAYBOOKS)
  // Not the ids (field: 'group'): only what an agent reads.
  .filter((w) => w.length > 2 && !/^[a-z][A-Za-z0-9.]*$/.test(w))
  .sort((a, b) => b.length - a.length);

/** SysAid's captions named without quotes (the team audit's help lists the export's columns). */
const SYSAID_CAPTIONS = [
  'Ligação Ativa / Callback',
  'Consulta beneficiário (CPF)',
  'Grupo solucionador',
  'Data de solicitação',
];

/** The first Portuguese word left once the words that stay Portuguese by design are taken out. */
export function portugueseIn(text: string, alsoAllowed: readonly string[] = []): string | undefined {
  // Addresses (*.sysaidit.com) are not words.
  let rest = text.replace(/"[^"]*"/g, '""').replace(/[\w*-]+(\.[\w-]+)+/g, '');
  for (const words of [...SYSAID_CAPTIONS, ...alsoAllowed].sort((a, b) => b.length - a.length))
    rest = rest.split(words).join('');
  return rest.match(PORTUGUESE)?.[0];
}
