import { LOGIN_PAGE, TICKET_PAGES } from '../../core/sysaid/selectors';

/** Whether this address shows a service record: only there do the panel and the save guard act. */
export function isServiceRecordPage(location: Pick<Location, 'pathname'>): boolean {
  return TICKET_PAGES.some((page) => page.test(location.pathname));
}

/** SysAid's login page (a session that expired answers every request with it). */
export function looksLikeLoginPage(doc: Document): boolean {
  return doc.querySelector(LOGIN_PAGE) !== null;
}
