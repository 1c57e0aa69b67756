import { z } from 'zod';
import { CHANNELS, DATUM_KEYS, INTERLOCUTORS, OUTCOMES } from '../procedures/vocabulary';

/** Everything the agent typed in the panel for one ticket, so a reload loses nothing. */
export const draftSchema = z.object({
  channel: z.enum(CHANNELS).optional(),
  outcome: z.enum(OUTCOMES).optional(),
  typed: z.object({
    data: z.partialRecord(z.enum(DATUM_KEYS), z.string().max(2_000_000)),
    interlocutor: z.enum(INTERLOCUTORS).optional(),
    ticked: z.array(z.string()).optional(),
  }),
  previousTranscript: z.string().max(2_000_000).optional(),
  /** The chat inactivity timer, so a reload does not restart the count. */
  inactivityStartedAt: z.number().optional(),
  /** Set when a compliant save went through (the panel then shows the SysAid number to tell). */
  savedAt: z.number().optional(),
  /** Set when any save left for SysAid: the page that comes back may take this draft over. */
  leftAt: z.number().optional(),
  /**
   * The guard's verdict on a save sent to SysAid, logged once SysAid's answer shows the save
   * (lib/page/assist/sent-save.ts); `failed` when the answer was its login page or an error. The event is
   * checked as an audit message when it is logged.
   */
  sent: z
    .object({ event: z.record(z.string(), z.unknown()), at: z.number(), failed: z.boolean().optional() })
    .optional(),
  updatedAt: z.number(),
});

export type Draft = z.infer<typeof draftSchema>;
