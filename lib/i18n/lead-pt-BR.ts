/** The lead tools' text (self-test, mapping, form report): bundled only in the script injected on demand. */
export const leadPtBR = {
  selfTestPicking: 'Clique no campo do SysAid que deve ser usado (Esc cancela).',
  selfTestViaMapping: 'encontrado pelo mapeamento',
  selfTestViaLabel: 'encontrado pelo nome do campo',
  selfTestViaName: 'encontrado pelo nome interno do SysAid',
  selfTestFallback: 'sem campo próprio: vai para a descrição',
  selfTestMissing: 'NÃO encontrado: mapeie o campo',
  reportBuild: 'Gerar relatório do formulário',
  reportTitle: 'Relatório do formulário',
  reportHint:
    'Só a estrutura da página (campos, rótulos, listas, botões): nenhum valor digitado. Envie ao suporte da extensão.',
  reportFailed:
    'Não foi possível gerar o relatório nesta página (a extensão precisa de acesso a este endereço do SysAid).',
  reportDownload: 'Baixar',
  selfTestMap: 'Mapear',
  selfTestSaves:
    'Botões que parecem salvar, mas que a conferência não reconhece (avise o suporte da extensão):',
} as const;

export type LeadKey = keyof typeof leadPtBR;
