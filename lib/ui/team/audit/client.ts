import { currentLanguage } from '../../../core/i18n';
import type { Playbook } from '../../../core/procedures/schema';
import type { Channel } from '../../../core/procedures/vocabulary';
import type { ColumnMap } from '../../../core/team-audit/columns';
import type { AuditResult } from '../../../core/team-audit/run';
import type { AuditProgress, AuditRequest } from './worker';

type Progress = Extract<AuditProgress, { type: 'progress' }>;
type Failed = { ok: false; problem: string; cancelled?: true };
export type ListResult = { ok: true; csv: Blob; rows: number } | Failed;

export interface Running<T> {
  result: Promise<T | Failed>;
  cancel: () => void;
}
export type RunningAudit = Running<AuditResult>;

/** What an audit was run with: the list's export re-reads the same file with the same columns and rules. */
export interface AuditInput {
  file: File;
  map: ColumnMap;
  playbooks: Record<Channel, Playbook>;
}

/** Starts the audit of a dropped file in a Web Worker; the file's content never leaves this page. */
export function startAudit(input: AuditInput, onProgress: (progress: Progress) => void): RunningAudit {
  return inWorker<AuditResult>(input, 'report', onProgress);
}

/** Every non-compliant ticket of the file as a CSV Blob, judged again in a Web Worker. */
export function startListExport(
  input: AuditInput,
  onProgress: (progress: Progress) => void,
): Running<ListResult> {
  return inWorker<ListResult>(input, 'list', onProgress);
}

function inWorker<T>(
  input: AuditInput,
  want: AuditRequest['want'],
  onProgress: (p: Progress) => void,
): Running<T> {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  let settle: (value: T | Failed) => void = () => undefined;
  const result = new Promise<T | Failed>((resolve) => {
    settle = resolve;
  });
  const finish = (value: T | Failed) => {
    worker.terminate();
    settle(value);
  };
  worker.onmessage = (event: MessageEvent<AuditProgress>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress(message);
    else if (message.type === 'done') finish(message.result as T | Failed);
    else finish({ ok: true, csv: message.csv, rows: message.rows } as T);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ ok: false, problem: `A auditoria falhou (${event.message || 'erro no processamento'}).` });
  };
  // A File crosses to the worker as a handle: its content is read there, in chunks, never copied.
  worker.postMessage({ ...input, language: currentLanguage(), want } satisfies AuditRequest);
  return {
    result,
    cancel: () => finish({ ok: false, cancelled: true, problem: 'Auditoria cancelada.' }),
  };
}
