import type { cliPtBR } from '../pt-BR/cli';

/** `npm run audit` in English (`--lang en`). */
export const cliEn: Record<keyof typeof cliPtBR, string> = {
  'cli.usage':
    'Usage: npm run audit -- <export.csv|xlsx> [--map <columns.json>] [--playbooks <procedures.json>] [--json] [--csv <non-compliant.csv>] [--lang en]',
  'cli.error': 'Error: $1',
  'cli.warning': 'Warning: $1',
  'cli.csvMissing': 'give the list file after --csv.',
  'cli.unknownOption': 'unknown option: $1',
  'cli.twoFiles': 'more than one file given.',
  'cli.noFile': 'give the file exported from SysAid.',
  'cli.mapUnreadable': 'could not read the column map "$1".',
  'cli.mapInvalid':
    'the column map must be a JSON object {"<file column>": "<field>"}, with fields among: $1.',
  'cli.playbooksUnreadable': 'could not read the procedures "$1".',
  'cli.playbooksInvalid': 'invalid procedures: $1',
  'cli.cannotOpen': 'could not open "$1".',
  'cli.cannotCreate': 'could not create "$1".',
  'cli.cannotWrite': 'could not write "$1".',
  'cli.cannotRead': 'could not read "$1" to the end.',
  'cli.unknownColumns': 'File columns not recognised: $1. Name them with --map \'{"<column>": "<field>"}\'.',
  'cli.listWritten': 'Non-compliant list ($1 tickets): $2',
  'cli.title': 'Compliance audit — $1',
  'cli.tickets': 'Tickets: $1 (in scope: $2; out of scope, channel not identified: $3)',
  'cli.compliant': 'Compliant: $1 ($2) · Non-compliant: $3',
  'cli.stamped': 'Stamped by the extension: $1 (stamp contradicts the data: $2)',
  'cli.byAgent': 'By agent (compliant / in scope):',
  'cli.agentLine': '$1: $2/$3 ($4), $5 tickets',
  'cli.byCheck': 'Failures by check:',
  'cli.checkLine': '$1 ($2): $3 of $4 ($5)',
  'cli.noFailures': 'none',
};
