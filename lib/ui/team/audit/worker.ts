/// <reference lib="webworker" />

import { type Language, setLanguage } from '../../../core/i18n';
import { en } from '../../../core/i18n/english';
import { ptBR } from '../../../core/i18n/portuguese';
import type { Playbook } from '../../../core/procedures/schema';
import type { Channel } from '../../../core/procedures/vocabulary';
import type { ColumnMap } from '../../../core/team-audit/columns';
import { NonCompliantCsv } from '../../../core/team-audit/list-csv';
import { type AuditResult, auditChunks, type StreamOptions } from '../../../core/team-audit/run';

/** The audit off the page's thread: the page stays responsive and can cancel (terminate) at any time. */
export interface AuditRequest {
  /** The dropped file itself: read here, chunk by chunk, never copied whole into memory. */
  file: File;
  map: ColumnMap;
  playbooks: Record<Channel, Playbook>;
  /** The page's language: check labels and messages in the report are written in it. */
  language: Language;
  /**
   * "list": the file is read and judged again, and every non-compliant ticket comes back as a CSV Blob
   * (the report keeps only the first ones; a year's export may hold a million).
   */
  want: 'report' | 'list';
}
export type AuditProgress =
  | { type: 'progress'; bytes: number; total: number; tickets: number }
  | { type: 'done'; result: AuditResult }
  | { type: 'list'; csv: Blob; rows: number };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: AuditProgress) => scope.postMessage(message);
/** A message per chunk would flood the page on a 1 GB file: a few per second are enough. */
const PROGRESS_MS = 150;
/** The list goes into the Blob in parts of about this many characters (Chromium keeps big Blobs on disk). */
const LIST_PART = 4 << 20;

scope.onmessage = async (event: MessageEvent<AuditRequest>) => {
  const { file, map, playbooks, language, want } = event.data;
  setLanguage(language, language === 'en' ? en : ptBR);
  post({ type: 'progress', bytes: 0, total: file.size, tickets: 0 });
  let last = 0;
  const options: StreamOptions = {
    map,
    playbooks,
    onProgress: (bytes, tickets) => {
      const now = performance.now();
      if (now - last < PROGRESS_MS) return;
      last = now;
      post({ type: 'progress', bytes, total: file.size, tickets });
    },
  };
  if (want === 'report') {
    post({ type: 'done', result: await auditChunks(chunksOf(file.stream()), options) });
    return;
  }
  const csv = new NonCompliantCsv();
  const parts: Blob[] = [];
  const result = await auditChunks(chunksOf(file.stream()), {
    ...options,
    onNonCompliant: csv.add,
    afterChunk: async () => {
      if (csv.pending >= LIST_PART) parts.push(new Blob([csv.take()]));
    },
  });
  if (!result.ok) {
    post({ type: 'done', result });
    return;
  }
  parts.push(new Blob([csv.take()]));
  post({ type: 'list', csv: new Blob(parts, { type: 'text/csv;charset=utf-8' }), rows: csv.rows });
};

/** ReadableStream's own async iteration is missing from older browsers: read it by hand. */
async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) yield next.value;
  } finally {
    reader.releaseLock();
  }
}
