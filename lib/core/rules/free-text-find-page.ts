import { normalizeCaption } from '../caption/caption';

/**
 * `./free-text-find` as the ticket page's content script gets it (wxt.config.ts aliases it there): the
 * patterns read the whole fold of the one description a page judges, without the audit's shortcuts (the
 * same answers, held by tests/unit/rules/free-text.test.ts).
 */
export function foldedFinder(text: string): (pattern: RegExp) => RegExpExecArray | null {
  let plain: string | undefined;
  return (pattern) => {
    plain ??= normalizeCaption(text);
    return pattern.exec(plain);
  };
}
