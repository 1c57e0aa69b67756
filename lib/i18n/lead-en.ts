import type { LeadKey } from './lead-pt-BR';

export const leadEn: Record<LeadKey, string> = {
  selfTestPicking: 'Click the SysAid field to use (Esc cancels).',
  selfTestViaMapping: 'found by the mapping',
  selfTestViaLabel: 'found by its caption',
  selfTestViaName: "found by SysAid's internal name",
  selfTestFallback: 'no field of its own: goes to the description',
  selfTestMissing: 'NOT found: map the field',
  selfTestSaves:
    'Buttons that look like a save but the check does not recognise (tell the extension support):',
  reportBuild: 'Build the form report',
  reportTitle: 'Form report',
  reportHint:
    "The page's structure only (fields, labels, lists, buttons): no typed value. Send it to the extension's support.",
  reportFailed:
    'Could not build the report on this page (the extension needs access to this SysAid address).',
  reportDownload: 'Download',
  selfTestMap: 'Map',
};
