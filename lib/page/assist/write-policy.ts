import { sameCaption } from '../../core/caption/caption';
import { text } from '../../core/i18n/text';
import type { Playbook } from '../../core/procedures/schema';
import { FIELD_LABELS, type FieldKey } from '../../core/procedures/vocabulary';
import type { FormSnapshot } from '../../core/rules/snapshot';
import type { FieldWrite } from '../../core/rules/types';
import type { LocatedFields } from '../sysaid/locate';
import type { Notice } from './notices';

export interface WriteContext {
  located: LocatedFields;
  snapshot: FormSnapshot;
  /** What we last wrote per field, to tell our values from the agent's own edits in SysAid. */
  written: ReadonlyMap<FieldKey, string>;
  focused: Element | null;
  /** In force: it names what SysAid itself puts in a field (its `sysaidDefaults`). */
  playbook?: Playbook;
}

/**
 * Which of the engine's writes to make now. The agent's own edits in SysAid stay unless the procedure
 * fixes that field (then the panel says what it replaced); the field being typed in waits.
 */
export function writesToMake(
  writes: FieldWrite[],
  ctx: WriteContext,
): { keep: FieldWrite[]; notices: Notice[] } {
  const notices: Notice[] = [];
  const keep = writes.filter((w) => {
    const located = ctx.located.get(w.field);
    if (!located) return false;
    // Never type over the field the agent is typing in; it is filled once they leave it.
    if (located.control.kind === 'text' && located.control.input === ctx.focused) return false;
    const current = ctx.snapshot.fields[w.field]?.value ?? '';
    const ours = ctx.written.get(w.field);
    if (w.fixed || w.field === 'description' || !current || current === ours) {
      if (w.fixed && current && current !== ours && !putBySysaid(ctx, w.field, current, ours)) {
        notices.push({
          id: `fixed:${w.field}`,
          kind: 'info',
          text: text('fill.fixed', FIELD_LABELS[w.field], w.value, current),
        });
      }
      return true;
    }
    notices.push({
      id: `manual:${w.field}`,
      kind: 'warn',
      text: text('fill.keptAgentEdit', FIELD_LABELS[w.field]),
    });
    return false;
  });
  return { keep, notices };
}

/**
 * Values SysAid itself puts there (a fresh form's defaults, or the status a category change resets
 * to), so replacing them is not news; an agent's own change is, and the panel says so.
 */
function putBySysaid(ctx: WriteContext, field: FieldKey, value: string, ours: string | undefined): boolean {
  return !!ctx.playbook?.sysaidDefaults.some(
    (d) =>
      d.field === field && sameCaption(d.value, value) && (ours === undefined || d.resetsOnCategoryChange),
  );
}
