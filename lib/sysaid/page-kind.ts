import { TICKET_PAGES } from './selectors';

/** Whether this address shows a service record: only there do the panel and the save guard act. */
export function isServiceRecordPage(location: Pick<Location, 'pathname'>): boolean {
  return TICKET_PAGES.some((page) => page.test(location.pathname));
}
