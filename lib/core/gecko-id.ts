/** Firefox's ID for the extension (manifest, AMO, policies.json): it never changes, like a CRX key. */
export const GECKO_ID = 'sysaid-assist@assefaz.org.br';
