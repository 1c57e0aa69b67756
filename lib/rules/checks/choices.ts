import { text } from '../../i18n/text';
import type { Check } from '../types';
import { made } from './made';

/** No channel, no save (PROCEDURES.md, "Every ticket"); a ticket marked as a callback says which. */
export const channelCheck = (claimsCallback: boolean): Check =>
  made(
    'channel',
    'block',
    text('label.channel'),
    undefined,
    false,
    false,
    text(claimsCallback ? 'check.channelCallbackMarked' : 'check.channelMissing'),
  );

export const outcomeCheck = (): Check =>
  made('outcome', 'block', text('label.outcome'), undefined, false, false, text('check.outcomeMissing'));
