/**
 * What the save gate may have to say before a ticket page has its config (and with it the catalog):
 * the only sentences the content script carries itself.
 */
export const guardPtBR = {
  'guard.checking': 'Conferindo o chamado antes de salvar…',
  'guard.saving': 'Salvando… aguarde a resposta do SysAid antes de clicar de novo.',
  'guard.notReady':
    'A extensão do procedimento não ficou pronta a tempo: o chamado NÃO foi salvo. Recarregue a página e salve de novo.',
  'guard.updating':
    'A extensão do procedimento está sendo atualizada: o chamado NÃO foi salvo. Aguarde alguns segundos e salve de novo; não recarregue a página.',
  'guard.gone':
    'A extensão do procedimento foi desativada ou não voltou após a atualização: o chamado não pode ser conferido e NÃO foi salvo. Copie o que precisar e recarregue a página.',
} as const;
