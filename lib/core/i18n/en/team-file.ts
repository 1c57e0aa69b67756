import type { teamFilePtBR } from '../pt-BR/team-file';

/** Why an export cannot be audited, and what was left out of a report, in English. */
export const teamFileEn: Record<keyof typeof teamFilePtBR, string> = {
  'teamFile.empty': 'The file is empty.',
  'teamFile.binary':
    'This file is not CSV text (it has binary content). Export the SysAid list as CSV or XLSX.',
  'teamFile.corrupted':
    "The file's encoding is corrupted (neither valid UTF-8 nor Windows-1252). Export it again from SysAid, without opening and saving it in Excel.",
  'teamFile.doubleEncoded':
    'The file\'s accents are corrupted (e.g. "Ã§" instead of "ç"): it was converted twice. Export it again from SysAid, without opening and saving it in Excel.',
  'teamFile.xlsxUnreadable': 'The XLSX sheet could not be read ($1). Export it again from SysAid as CSV.',
  'teamFile.sheetEmpty': 'The sheet is empty.',
  'teamFile.notAnExport':
    'This file does not look like a SysAid ticket export: none of the expected columns (ID or #, Category, Status, Description…) was found in the first 15 rows.',
  'teamFile.noColumns':
    'This file does not look like a SysAid ticket export: it has no columns separated by ";" or ",".',
  'teamFile.openQuote':
    'Row $1 of the file opens a quote that never closes: the rest of the file cannot be read. Export it again from SysAid.',
  'teamFile.malformedRows':
    '$1 row(s) with a number of columns other than the header were left out (e.g. row $2). The figures below do not include them.',
  'teamFile.unreadableDates':
    '$1 ticket(s) with an unreadable request date ($2): they were audited, but are left out of the map by day.',
  'teamFile.unreadableDate': 'row $1: "$2"',
  'teamFile.noAgent': '(no user)',
};
