import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import { LIST_MAX, type NonCompliantEntry } from '../../core/team-audit/report';
import { downloadBlob } from '../panel/download';
import type { ListResult, Running } from './audit/client';
import { ReadProgress, type ReadState } from './ReadProgress';

/** Starts the export of every non-compliant ticket (the worker reads the file again). */
export type ExportList = (onProgress: (state: ReadState) => void) => Running<ListResult>;

type Export = { kind: 'idle' } | ({ kind: 'running' } & ReadState) | { kind: 'failed'; problem: string };

/**
 * The non-compliant tickets: the first LIST_MAX on screen, all of them in the CSV download, however
 * many the file holds (the download is prepared when asked, never kept in memory).
 */
export function NonCompliantList(props: {
  list: NonCompliantEntry[];
  total: number;
  exportList: ExportList;
}) {
  const [state, setState] = useState<Export>({ kind: 'idle' });
  const running = useRef<Running<ListResult> | undefined>(undefined);
  useEffect(() => () => running.current?.cancel(), []);

  const start = async () => {
    setState({ kind: 'running', bytes: 0, total: 0, tickets: 0 });
    const run = props.exportList((p) => setState({ kind: 'running', ...p }));
    running.current = run;
    const result = await run.result;
    running.current = undefined;
    if (result.ok) downloadBlob(`nao-conformes-${new Date().toISOString().slice(0, 10)}.csv`, result.csv);
    setState(result.ok || result.cancelled ? { kind: 'idle' } : { kind: 'failed', problem: result.problem });
  };

  if (props.list.length === 0) return <p>{t('team.none')}</p>;
  return (
    <>
      <p class="help">
        {t('team.listShown', [String(props.list.length), String(props.total)])}{' '}
        <button type="button" onClick={() => void start()} disabled={state.kind === 'running'}>
          {t('team.exportList')}
        </button>
      </p>
      {state.kind === 'running' && (
        <ReadProgress
          id="list-progress-label"
          state={state}
          text="team.exporting"
          onCancel={() => running.current?.cancel()}
        />
      )}
      {state.kind === 'failed' && (
        <p role="alert" class="warning">
          {state.problem}
        </p>
      )}
      <div class="scroll">
        <table class="list">
          <thead>
            <tr>
              <th scope="col">{t('team.ticket')}</th>
              <th scope="col">{t('team.agent')}</th>
              <th scope="col">{t('team.day')}</th>
              <th scope="col">{t('team.what')}</th>
            </tr>
          </thead>
          <tbody>
            {props.list.slice(0, LIST_MAX).map((r, i) => (
              <tr key={`${r.id}-${i}`}>
                <td>{r.id}</td>
                <td>{r.agent}</td>
                <td>{r.day ?? '—'}</td>
                <td>{r.failed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
