/** Why an export cannot be audited, and what was left out of a report: the team page, its worker and the CLI. */
export const teamFilePtBR = {
  'teamFile.empty': 'O arquivo está vazio.',
  'teamFile.binary':
    'Este arquivo não é um texto CSV (tem conteúdo binário). Exporte a lista do SysAid em CSV ou XLSX.',
  'teamFile.corrupted':
    'A codificação do arquivo está corrompida (não é UTF-8 nem Windows-1252 válido). Exporte de novo do SysAid, sem abrir e salvar no Excel.',
  'teamFile.doubleEncoded':
    'Os acentos do arquivo estão corrompidos (ex.: "Ã§" no lugar de "ç"): ele foi convertido duas vezes. Exporte de novo do SysAid, sem abrir e salvar no Excel.',
  'teamFile.xlsxUnreadable': 'Não foi possível ler a planilha XLSX ($1). Exporte de novo do SysAid em CSV.',
  'teamFile.sheetEmpty': 'A planilha está vazia.',
  'teamFile.notAnExport':
    'Este arquivo não parece uma exportação de chamados do SysAid: nenhuma das colunas esperadas (ID ou #, Categoria, Status, Descrição…) foi encontrada nas primeiras 15 linhas.',
  'teamFile.noColumns':
    'Este arquivo não parece uma exportação de chamados do SysAid: não há colunas separadas por ";" ou ",".',
  'teamFile.openQuote':
    'A linha $1 do arquivo abre aspas que nunca fecham: o resto do arquivo não pode ser lido. Exporte de novo do SysAid.',
  'teamFile.malformedRows':
    '$1 linha(s) com número de colunas diferente do cabeçalho ficaram de fora (ex.: linha $2). Os números abaixo não as incluem.',
  'teamFile.unreadableDates':
    '$1 chamado(s) com data de abertura ilegível ($2): foram auditados, mas ficam fora do mapa por dia.',
  'teamFile.unreadableDate': 'linha $1: "$2"',
  'teamFile.noAgent': '(sem usuário)',
} as const;
