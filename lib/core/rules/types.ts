import type { Text } from '../i18n/text';
import type { ScriptRole } from '../procedures/schema';
import type { DatumKey, FieldKey } from '../procedures/vocabulary';

/** A value the extension writes into SysAid. */
export interface FieldWrite {
  field: FieldKey;
  value: string;
  /** The procedure fixes it: it wins over what the agent typed in SysAid (and the panel says so). */
  fixed: boolean;
  /** The SOP line it comes from, or what the agent typed. */
  reason: string;
}

export type Severity = 'block' | 'warn';

/**
 * Why a check fails when the fault is the SysAid form's, not the agent's (PROCEDURES.md, "On a real
 * floor"): the field is not on the form, the list has no such option, the form would not take the value,
 * or the list's widget shows another value than the one SysAid would post.
 */
export interface FormFault {
  kind: 'missingField' | 'missingOption' | 'notTaken' | 'disagrees';
  field: FieldKey;
  /** The option the procedure needs (missingOption, notTaken) or the one the widget shows (disagrees). */
  option?: string;
}

/** One item of the live checklist; a failing `block` check stops the save. */
export interface Check {
  id: string;
  ok: boolean;
  severity: Severity;
  /** What it is about, as the agent would name it: "CPF", "Categoria". */
  label: Text;
  /** Why it fails, or what was found when it passes. */
  message: Text;
  field?: FieldKey;
  datum?: DatumKey;
  source?: string;
  /** Fails on a value that is there but wrong (not merely missing): never saved early. */
  wrong?: boolean;
  /** Set when it fails because of the SysAid form, not the ticket's data: never the agent's fault. */
  formFault?: FormFault;
}

export interface RenderedScript {
  id: string;
  /** What the shortcuts and the chat timer use it for (the playbook says). */
  role?: ScriptRole;
  title: string;
  text: string;
  step: boolean;
  ticked: boolean;
  /** Set when the text is not the SOP's own words, and why. */
  adapted?: string;
}

export interface Evaluation {
  writes: FieldWrite[];
  checks: Check[];
  /** The failing blocking checks, in checklist order. */
  blocking: Check[];
  scripts: RenderedScript[];
  /** The conversation as it went into the description (trimmed if SysAid could not hold it). */
  transcriptWritten?: string;
  /** Characters of the conversation cut to fit the description limit. */
  transcriptCut: number;
  /** The agent must tell the requester the SysAid number once saved. */
  tellSysaidNumber: boolean;
}
