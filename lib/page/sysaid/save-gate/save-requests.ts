import { SAVE_REQUESTS } from '../../../core/sysaid/selectors';

const BODY_FIELD = new RegExp(`(^|&)(${SAVE_REQUESTS.bodyFields.join('|')})=`);

function bodyHoldsTicket(body: unknown): boolean {
  if (typeof body === 'string') return BODY_FIELD.test(body);
  if (body instanceof URLSearchParams || (typeof FormData !== 'undefined' && body instanceof FormData))
    return SAVE_REQUESTS.bodyFields.some((name) => body.has(name));
  return false;
}

/**
 * Whether a request the page makes saves a service record: a POST/PUT to SysAid's record endpoints, or
 * of the ticket form's fields. Only called for POST/PUT (everything else costs one string compare).
 */
export function isSaveRequest(method: string, url: string, base: string, body: unknown): SaveRequest | false {
  if (!SAVE_REQUESTS.methods.includes(method.toUpperCase() as 'POST')) return false;
  let href: string;
  try {
    const parsed = new URL(url, base);
    href = parsed.pathname + parsed.search;
  } catch {
    return false;
  }
  if (SAVE_REQUESTS.notSaves.some((re) => re.test(href))) return false;
  if (SAVE_REQUESTS.api.test(href)) return 'api';
  return SAVE_REQUESTS.endpoints.some((re) => re.test(href)) || bodyHoldsTicket(body) ? 'form' : false;
}

/**
 * `api`: SysAid's service-record API, which only saves. `form`: the ticket form posted to its page, which
 * SysAid also does to reload a section (the category cascade), so what caused it tells the two apart.
 */
export type SaveRequest = 'api' | 'form';
