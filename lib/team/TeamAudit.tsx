import { useEffect, useRef, useState } from 'preact/hooks';
import { setLanguage } from '../i18n';
import { teamI18n } from '../i18n/team';
import { resolvePlaybooks } from '../procedures/io';
import { loadSettings } from '../settings/store';
import { type RunningAudit, startAudit } from '../team-audit/client';
import { columnMapItem } from '../team-audit/column-memory';
import type { ColumnKey, ColumnMap } from '../team-audit/columns';
import type { AuditResult } from '../team-audit/run';
import { ColumnMapping } from './ColumnMapping';
import { TeamReport } from './TeamReport';

type State =
  | { kind: 'idle' }
  | { kind: 'running'; bytes: number; total: number; tickets: number }
  | { kind: 'failed'; problem: string; missing?: ColumnKey[]; unknown?: string[] }
  | { kind: 'done'; result: Extract<AuditResult, { ok: true }> };

const megabytes = (bytes: number) =>
  (bytes / 1024 / 1024).toLocaleString('pt-BR', { maximumFractionDigits: bytes < 10 * 1024 * 1024 ? 1 : 0 });

/** "Conformidade da equipe": the audit of a SysAid export, with the rules the guard enforces. */
export function TeamAudit() {
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [file, setFile] = useState<File>();
  const running = useRef<RunningAudit | undefined>(undefined);
  const t = teamI18n.t;

  useEffect(() => {
    void loadSettings().then(({ settings }) => {
      setLanguage(settings.language);
      document.documentElement.lang = settings.language;
      document.title = teamI18n.t('title');
      setReady(true);
    });
    return () => running.current?.cancel();
  }, []);

  const run = async (chosen: File) => {
    running.current?.cancel();
    setFile(chosen);
    setState({ kind: 'running', bytes: 0, total: chosen.size, tickets: 0 });
    const { settings } = await loadSettings();
    const audit = startAudit(
      chosen,
      await columnMapItem.getValue(),
      resolvePlaybooks(settings.playbooks),
      (p) => setState({ kind: 'running', bytes: p.bytes, total: p.total, tickets: p.tickets }),
    );
    running.current = audit;
    const result = await audit.result;
    if (running.current !== audit) return; // a newer file replaced this one
    running.current = undefined;
    if (result.ok) setState({ kind: 'done', result });
    else if ('cancelled' in result) setState({ kind: 'idle' });
    else
      setState({ kind: 'failed', problem: result.problem, missing: result.missing, unknown: result.unknown });
  };

  const remember = async (map: ColumnMap) => {
    await columnMapItem.setValue({ ...(await columnMapItem.getValue()), ...map });
    if (file) void run(file);
  };

  if (!ready) return null;
  return (
    <main
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const dropped = e.dataTransfer?.files[0];
        if (dropped) void run(dropped);
      }}
    >
      <p>
        <a href="/options.html">← {t('backToOptions')}</a>
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p class="help">{t('columnsHelp')}</p>
      <p class="help">🔒 {t('privacy')}</p>
      <div class="section drop">
        <label>
          {t('fileLabel')}
          <input
            type="file"
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              const chosen = e.currentTarget.files?.[0];
              if (chosen) void run(chosen);
            }}
          />
        </label>
        <p class="help">{t('drop')}</p>
      </div>
      {state.kind === 'running' && (
        <div class="section" aria-live="polite">
          <p id="audit-progress-label">
            {state.bytes === 0
              ? t('reading')
              : t('judging', [
                  megabytes(state.bytes),
                  megabytes(state.total),
                  state.tickets.toLocaleString('pt-BR'),
                ])}
          </p>
          <progress
            aria-labelledby="audit-progress-label"
            max={state.total || 1}
            value={state.bytes === 0 ? undefined : state.bytes}
          />{' '}
          <button type="button" onClick={() => running.current?.cancel()}>
            {t('cancel')}
          </button>
        </div>
      )}
      {state.kind === 'failed' && (
        <>
          <div role="alert" class="warning">
            <p>{state.problem}</p>
          </div>
          {state.missing?.length && state.unknown?.length ? (
            <ColumnMapping
              missing={state.missing}
              unknown={state.unknown}
              onApply={(map) => void remember(map)}
            />
          ) : null}
        </>
      )}
      {state.kind === 'done' && (
        <TeamReport
          report={state.result.report}
          warnings={state.result.warnings}
          fileName={file?.name ?? ''}
          format={state.result.format}
        />
      )}
    </main>
  );
}
