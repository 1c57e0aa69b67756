import { currentLanguage } from '../i18n';
import type { Playbook } from '../procedures/schema';
import type { Channel } from '../procedures/vocabulary';
import type { ColumnMap } from './columns';
import type { AuditResult } from './run';
import type { AuditProgress, AuditRequest } from './worker';

export interface RunningAudit {
  result: Promise<AuditResult | { ok: false; cancelled: true; problem: string }>;
  cancel: () => void;
}

/** Starts the audit of a dropped file in a Web Worker; the file's content never leaves this page. */
export function startAudit(
  file: File,
  map: ColumnMap,
  playbooks: Record<Channel, Playbook>,
  onProgress: (progress: Extract<AuditProgress, { type: 'progress' }>) => void,
): RunningAudit {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  let settle: (value: Awaited<RunningAudit['result']>) => void = () => undefined;
  const result = new Promise<Awaited<RunningAudit['result']>>((resolve) => {
    settle = resolve;
  });
  const finish = (value: Awaited<RunningAudit['result']>) => {
    worker.terminate();
    settle(value);
  };
  worker.onmessage = (event: MessageEvent<AuditProgress>) => {
    if (event.data.type === 'done') finish(event.data.result);
    else onProgress(event.data);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ ok: false, problem: `A auditoria falhou (${event.message || 'erro no processamento'}).` });
  };
  // A File crosses to the worker as a handle: its content is read there, in chunks, never copied.
  worker.postMessage({ file, map, playbooks, language: currentLanguage() } satisfies AuditRequest);
  return {
    result,
    cancel: () => finish({ ok: false, cancelled: true, problem: 'Auditoria cancelada.' }),
  };
}
