import { say } from '../../i18n';
import type { Playbook } from '../../procedures/schema';
import type { Channel, FieldKey, Outcome } from '../../procedures/vocabulary';
import type { FormSnapshot } from '../../rules/snapshot';
import { formatStamp, type StampResult, withStamp } from '../../rules/stamp';
import type { LocatedFields } from '../locate';
import { setTextLikeAPerson, WriteError } from '../write';

export interface StampTarget {
  result: StampResult;
  playbook: Playbook;
  channel: Channel;
  outcome?: Outcome;
  exceptionId?: string;
  /** The exception was for a SysAid form that differs from the procedure. */
  formFault?: boolean;
  extensionVersion: string;
  located: LocatedFields;
  snapshot: FormSnapshot;
}

export type StampWrite = { field: FieldKey; value: string } | { refusal: string };

/**
 * The compliance stamp (lib/rules/stamp.ts), written synchronously so the save about to go carries it:
 * into the field a lead mapped for it, else as the description's last line. Never throws: when SysAid
 * refuses the write, says why (the log keeps it with the save).
 */
export function writeStamp(target: StampTarget): StampWrite {
  const line = formatStamp({
    playbookId: target.playbook.id,
    playbookVersion: target.playbook.version,
    channel: target.channel,
    outcome: target.outcome,
    result: target.result,
    exceptionId: target.result === 'excecao' ? target.exceptionId : undefined,
    reason: target.result === 'excecao' && target.formFault ? 'formulario' : undefined,
    extensionVersion: target.extensionVersion,
  });
  const field: FieldKey = target.located.has('complianceStamp') ? 'complianceStamp' : 'description';
  const control = target.located.get(field)?.control;
  if (control?.kind !== 'text') return { refusal: 'sem carimbo: campo de texto não encontrado' };
  const value =
    field === 'description' ? withStamp(target.snapshot.fields.description?.value ?? '', line) : line;
  try {
    setTextLikeAPerson(control.input, value);
    return { field, value };
  } catch (error) {
    return { refusal: `sem carimbo: ${error instanceof WriteError ? say(error.reason) : 'erro'}` };
  }
}
