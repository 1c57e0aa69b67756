import { text } from '../../i18n/text';
import type { Check } from '../types';
import { made } from './made';

/** No channel, no save (PROCEDURES.md, "Every ticket"); a ticket that shows a channel by itself says which. */
export const channelCheck = (shownChannel: string | undefined): Check =>
  made(
    'channel',
    'block',
    text('label.channel'),
    undefined,
    false,
    false,
    shownChannel ? text('check.channelMarked', shownChannel) : text('check.channelMissing'),
  );

export const outcomeCheck = (): Check =>
  made('outcome', 'block', text('label.outcome'), undefined, false, false, text('check.outcomeMissing'));
