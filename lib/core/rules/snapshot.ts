import type { FieldKey } from '../procedures/vocabulary';

/** One SysAid field as the agent sees it. */
export interface FieldState {
  value: string;
  /** Captions of the options a list offers (empty ones left out). */
  options?: string[];
  /** A list whose widget shows another option than its hidden select holds: what the widget shows. */
  shown?: string;
}

/** The SysAid form reduced to plain data: only fields the form really has are present. */
export interface FormSnapshot {
  fields: Partial<Record<FieldKey | string, FieldState>>;
  /** The SysAid number, once the record was saved ("Incident #123"). */
  ticketNumber?: string;
}
