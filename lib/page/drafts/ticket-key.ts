/**
 * Identifies the ticket a draft belongs to: host + page + SysAid id. A record not yet saved is
 * "novo"; every new ticket has the same address, so its key also carries the tab (see opening.ts).
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

/** The new-ticket key of the same page (where a just-saved new ticket's draft waits). */
export const newTicketKeyOf = (key: string) => `${key.slice(0, key.lastIndexOf(':'))}:novo`;

/** SysAid's template of the form (`templateID` in its address), for the guard's scope. */
export function templateIdOf(location: Pick<Location, 'search' | 'hash'>): string | undefined {
  const params = new URLSearchParams(location.search || location.hash.replace(/^#\/?[^?]*/, ''));
  return params.get('templateID') ?? params.get('templateId') ?? undefined;
}
