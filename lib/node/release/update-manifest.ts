/** The self-hosted update manifest Chrome and Edge poll (the "gupdate" format of Chrome's autoupdate docs). */
export function updatesXml(input: { extensionId: string; version: string; crxUrl: string }): string {
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${xmlAttr(input.extensionId)}'>`,
    `    <updatecheck codebase='${xmlAttr(input.crxUrl)}' version='${xmlAttr(input.version)}' />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}

export function crxFileName(version: string): string {
  return `sysaid-assist-${version}.crx`;
}

/** The CRX sits beside updates.xml: its URL is the update URL's folder plus its name. */
export function crxUrlBeside(updateUrl: string, version: string): string {
  return new URL(crxFileName(version), updateUrl).href;
}

export function xmlAttr(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll("'", '&apos;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}
