import type { Text } from '../../core/i18n/text';

export type NoticeKind = 'info' | 'warn' | 'error';

/** A message in the panel about what the extension did or could not do. */
export interface Notice {
  /** Same id replaces the earlier notice, so a repeated event does not pile up. */
  id: string;
  kind: NoticeKind;
  text: Text;
}

const MAX_NOTICES = 6;

export function addNotice(list: Notice[], notice: Notice): Notice[] {
  return [...list.filter((n) => n.id !== notice.id), notice].slice(-MAX_NOTICES);
}
