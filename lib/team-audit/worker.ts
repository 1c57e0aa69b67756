/// <reference lib="webworker" />

import { type Language, setLanguage } from '../i18n';
import { en } from '../i18n/english';
import { ptBR } from '../i18n/portuguese';
import type { Playbook } from '../procedures/schema';
import type { Channel } from '../procedures/vocabulary';
import type { ColumnMap } from './columns';
import { type AuditResult, auditTable } from './run';
import { readTable } from './table';

/** The audit off the page's thread: the page stays responsive and can cancel (terminate) at any time. */
export interface AuditRequest {
  bytes: ArrayBuffer;
  map: ColumnMap;
  playbooks: Record<Channel, Playbook>;
  /** The page's language: check labels and messages in the report are written in it. */
  language: Language;
}
export type AuditProgress =
  | { type: 'progress'; stage: 'reading' | 'judging'; done: number; total: number }
  | { type: 'done'; result: AuditResult };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: AuditProgress) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<AuditRequest>) => {
  const { bytes, map, playbooks, language } = event.data;
  setLanguage(language, language === 'en' ? en : ptBR);
  post({ type: 'progress', stage: 'reading', done: 0, total: 0 });
  const table = await readTable(new Uint8Array(bytes));
  if (!table.ok) {
    post({ type: 'done', result: { ok: false, problem: table.problem } });
    return;
  }
  const result = auditTable(table.table, {
    map,
    playbooks,
    onProgress: (done, total) => post({ type: 'progress', stage: 'judging', done, total }),
  });
  post({ type: 'done', result });
};
