import type { leadPtBR } from '../pt-BR/lead';

/** The lead tools' text in English. */
export const leadEn: Record<keyof typeof leadPtBR, string> = {
  'lead.selfTestPicking': 'Click the SysAid field to use (Esc cancels).',
  'lead.selfTestViaMapping': 'found by the mapping',
  'lead.selfTestViaLabel': 'found by its caption',
  'lead.selfTestViaName': "found by SysAid's internal name",
  'lead.selfTestFallback': 'no field of its own: goes to the description',
  'lead.selfTestMissing': 'NOT found: map the field',
  'lead.selfTestSaves':
    'Buttons that look like a save but the check does not recognise (tell the extension support):',
  'lead.reportBuild': 'Build the form report',
  'lead.reportTitle': 'Form report',
  'lead.reportHint':
    "The page's structure only (fields, labels, lists, buttons): no typed value. Send it to the extension's support.",
  'lead.reportFailed':
    'Could not build the report on this page (the extension needs access to this SysAid address).',
  'lead.reportDownload': 'Download',
  'lead.selfTestMap': 'Map',
};
