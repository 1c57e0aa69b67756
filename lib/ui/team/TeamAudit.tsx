import { useEffect, useRef, useState } from 'preact/hooks';
import { loadSettings } from '../../background/settings/store';
import { setLanguage, t } from '../../core/i18n';
import { resolvePlaybooks } from '../../core/procedures/io';
import type { ColumnKey, ColumnMap } from '../../core/team-audit/columns';
import type { AuditResult } from '../../core/team-audit/run';
import { type AuditInput, type RunningAudit, startAudit, startListExport } from './audit/client';
import { columnMapItem } from './audit/column-memory';
import { ColumnMapping } from './ColumnMapping';
import { ReadProgress } from './ReadProgress';
import { TeamReport } from './TeamReport';

type State =
  | { kind: 'idle' }
  | { kind: 'running'; bytes: number; total: number; tickets: number }
  | { kind: 'failed'; problem: string; missing?: ColumnKey[]; unknown?: string[] }
  | { kind: 'done'; result: Extract<AuditResult, { ok: true }> };

/** "Conformidade da equipe": the audit of a SysAid export, with the rules the guard enforces. */
export function TeamAudit() {
  const [ready, setReady] = useState(false);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [input, setInput] = useState<AuditInput>();
  const running = useRef<RunningAudit | undefined>(undefined);

  useEffect(() => {
    void loadSettings().then(({ settings }) => {
      setLanguage(settings.language);
      document.documentElement.lang = settings.language;
      document.title = t('team.title');
      setReady(true);
    });
    return () => running.current?.cancel();
  }, []);

  const run = async (chosen: File) => {
    running.current?.cancel();
    setState({ kind: 'running', bytes: 0, total: chosen.size, tickets: 0 });
    const { settings } = await loadSettings();
    const next = {
      file: chosen,
      map: await columnMapItem.getValue(),
      playbooks: resolvePlaybooks(settings.playbooks),
    };
    setInput(next);
    const audit = startAudit(next, (p) =>
      setState({ kind: 'running', bytes: p.bytes, total: p.total, tickets: p.tickets }),
    );
    running.current = audit;
    const result = await audit.result;
    if (running.current !== audit) return; // a newer file replaced this one
    running.current = undefined;
    if (result.ok) setState({ kind: 'done', result });
    else if ('cancelled' in result) setState({ kind: 'idle' });
    else
      setState({
        kind: 'failed',
        problem: result.problem,
        missing: 'missing' in result ? result.missing : undefined,
        unknown: 'unknown' in result ? result.unknown : undefined,
      });
  };

  const remember = async (map: ColumnMap) => {
    await columnMapItem.setValue({ ...(await columnMapItem.getValue()), ...map });
    if (input) void run(input.file);
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
        <a href="/options.html">← {t('team.backToOptions')}</a>
      </p>
      <h1>{t('team.title')}</h1>
      <p>{t('team.intro')}</p>
      <p class="help">{t('team.columnsHelp')}</p>
      <p class="help">🔒 {t('team.privacy')}</p>
      <div class="section drop">
        <label>
          {t('team.fileLabel')}
          <input
            type="file"
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              const chosen = e.currentTarget.files?.[0];
              if (chosen) void run(chosen);
            }}
          />
        </label>
        <p class="help">{t('team.drop')}</p>
      </div>
      {state.kind === 'running' && (
        <ReadProgress
          id="audit-progress-label"
          state={state}
          text="team.judging"
          onCancel={() => running.current?.cancel()}
        />
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
      {state.kind === 'done' && input && (
        <TeamReport
          report={state.result.report}
          warnings={state.result.warnings}
          fileName={input.file.name}
          format={state.result.format}
          exportList={(onProgress) => startListExport(input, onProgress)}
        />
      )}
    </main>
  );
}
