// SysAid cloud hosts are built in; a team's own host is added at run time (optional permission).
export const CLOUD_MATCHES = ['https://*.sysaidit.com/*', 'https://*.sysaid.com/*'];

// Only the e2e build (`npm run build:e2e`) injects here: the replica server and `npm start`.
export const E2E_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

/** The built scripts a SysAid page gets, as the manifest, runtime registration and re-injection name them. */
export const PAGE_SCRIPTS = {
  guard: 'content-scripts/sysaid-guard.js',
  firstRead: 'sysaid-first-read.js',
  page: 'content-scripts/sysaid.js',
} as const;
