// SysAid cloud hosts are built in; a team's own host is added at run time (optional permission).
export const CLOUD_MATCHES = ['https://*.sysaidit.com/*', 'https://*.sysaid.com/*'];

// Only the e2e build (`npm run build:e2e`) injects here: the replica server and `npm start`.
export const E2E_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

/** `npm run release --host`: a team's own SysAid origins baked into a release build (read by wxt.config.ts). */
export const RELEASE_HOSTS_ENV = 'SYSAID_RELEASE_HOSTS';

/** "https://sysaid.assefaz.org.br, http://127.0.0.1:8765" → match patterns (ports are not part of one). */
export function releaseHostMatches(list: string | undefined): string[] {
  const origins = (list ?? '').split(',').map((origin) => origin.trim());
  return origins.filter(Boolean).map((origin) => {
    const url = new URL(origin);
    return `${url.protocol}//${url.hostname}/*`;
  });
}

/** The built scripts a SysAid page gets, as the manifest, runtime registration and re-injection name them. */
export const PAGE_SCRIPTS = {
  guard: 'content-scripts/sysaid-guard.js',
  firstRead: 'sysaid-first-read.js',
  page: 'content-scripts/sysaid.js',
} as const;
