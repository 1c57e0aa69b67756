import { say } from '../../../core/i18n';
import type { FieldKey } from '../../../core/procedures/vocabulary';
import type { FormSnapshot } from '../../../core/rules/snapshot';
import { withStamp } from '../../../core/rules/stamp';
import type { LocatedFields } from '../locate';
import { setTextLikeAPerson, WriteError } from '../write';

export type StampWrite = { field: FieldKey; value: string } | { refusal: string };

/**
 * The compliance stamp's line (lib/core/rules/stamp.ts), written synchronously so the save about to go carries
 * it: into the field a lead mapped for it, else as the description's last line. Never throws: when SysAid
 * refuses the write, says why (the log keeps it with the save).
 */
export function writeStamp(line: string, located: LocatedFields, snapshot: FormSnapshot): StampWrite {
  const field: FieldKey = located.has('complianceStamp') ? 'complianceStamp' : 'description';
  const control = located.get(field)?.control;
  if (control?.kind !== 'text') return { refusal: 'sem carimbo: campo de texto não encontrado' };
  const value = field === 'description' ? withStamp(snapshot.fields.description?.value ?? '', line) : line;
  try {
    setTextLikeAPerson(control.input, value);
    return { field, value };
  } catch (error) {
    return { refusal: `sem carimbo: ${error instanceof WriteError ? say(error.reason) : 'erro'}` };
  }
}
