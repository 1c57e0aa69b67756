/** The lead tools' text (self-test, mapping, form report): bundled only in the script injected on demand. */
export const leadPtBR = {
  'lead.selfTestPicking': 'Clique no campo do SysAid que deve ser usado (Esc cancela).',
  'lead.selfTestViaMapping': 'encontrado pelo mapeamento',
  'lead.selfTestViaLabel': 'encontrado pelo nome do campo',
  'lead.selfTestViaName': 'encontrado pelo nome interno do SysAid',
  'lead.selfTestFallback': 'sem campo próprio: vai para a descrição',
  'lead.selfTestMissing': 'NÃO encontrado: mapeie o campo',
  'lead.reportBuild': 'Gerar relatório do formulário',
  'lead.reportTitle': 'Relatório do formulário',
  'lead.reportHint':
    'Só a estrutura da página (campos, rótulos, listas, botões): nenhum valor digitado. Envie ao suporte da extensão.',
  'lead.reportFailed':
    'Não foi possível gerar o relatório nesta página (a extensão precisa de acesso a este endereço do SysAid).',
  'lead.reportDownload': 'Baixar',
  'lead.selfTestMap': 'Mapear',
  'lead.selfTestSaves':
    'Botões que parecem salvar, mas que a conferência não reconhece (avise o suporte da extensão):',
} as const;
