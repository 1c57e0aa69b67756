/**
 * Identifies the ticket a draft belongs to: host + page + SysAid id. A record not yet saved is
 * "novo"; the background adds the tab, so two new tickets in two tabs keep separate drafts.
 */
export function ticketKey(
  location: Pick<Location, 'host' | 'pathname' | 'search' | 'hash'>,
  ticketNumber?: string,
) {
  const params = new URLSearchParams(location.search || location.hash.replace(/^#\/?[^?]*/, ''));
  const id = ticketNumber ?? params.get('id') ?? '0';
  return `${location.host}${location.pathname}:${id && id !== '0' ? id : 'novo'}`;
}

export const isNewTicketKey = (key: string) => key.endsWith(':novo');
