/** `npm run audit`: what the command line says (IT's nightly job reads it in the log). */
export const cliPtBR = {
  'cli.usage':
    'Uso: npm run audit -- <exportação.csv|xlsx> [--map <colunas.json>] [--playbooks <procedimentos.json>] [--json] [--csv <não-conformes.csv>] [--lang en]',
  'cli.error': 'Erro: $1',
  'cli.warning': 'Atenção: $1',
  'cli.csvMissing': 'informe o arquivo da lista após --csv.',
  'cli.unknownOption': 'opção desconhecida: $1',
  'cli.twoFiles': 'mais de um arquivo informado.',
  'cli.noFile': 'informe o arquivo exportado do SysAid.',
  'cli.mapUnreadable': 'não foi possível ler o mapa de colunas "$1".',
  'cli.mapInvalid':
    'o mapa de colunas deve ser um objeto JSON {"<coluna do arquivo>": "<campo>"}, com campos entre: $1.',
  'cli.playbooksUnreadable': 'não foi possível ler os procedimentos "$1".',
  'cli.playbooksInvalid': 'procedimentos inválidos: $1',
  'cli.cannotOpen': 'não foi possível abrir "$1".',
  'cli.cannotCreate': 'não foi possível criar "$1".',
  'cli.cannotWrite': 'não foi possível gravar "$1".',
  'cli.cannotRead': 'não foi possível ler "$1" até o fim.',
  'cli.unknownColumns':
    'Colunas do arquivo não reconhecidas: $1. Indique-as com --map \'{"<coluna>": "<campo>"}\'.',
  'cli.listWritten': 'Lista dos não conformes ($1 chamados): $2',
  'cli.title': 'Auditoria de conformidade — $1',
  'cli.tickets': 'Chamados: $1 (no escopo: $2; fora do escopo, canal não identificado: $3)',
  'cli.compliant': 'Conformes: $1 ($2) · Não conformes: $3',
  'cli.stamped': 'Com carimbo da extensão: $1 (carimbo contradiz os dados: $2)',
  'cli.byAgent': 'Por atendente (conformes / no escopo):',
  'cli.agentLine': '$1: $2/$3 ($4), $5 chamados',
  'cli.byCheck': 'Falhas por conferência:',
  'cli.checkLine': '$1 ($2): $3 de $4 ($5)',
  'cli.noFailures': 'nenhuma',
} as const;
