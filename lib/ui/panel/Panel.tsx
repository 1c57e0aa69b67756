import type { Ref } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { say, t } from '../../core/i18n';
import type { Playbook } from '../../core/procedures/schema';
import { CHANNELS, type Channel, type DatumKey } from '../../core/procedures/vocabulary';
import type { Settings } from '../../core/settings/schema';
import type { TicketSession } from '../../page/assist/session';
import type { PanelView } from '../../page/assist/view';
import { AfterSave } from './AfterSave';
import { Checklist } from './Checklist';
import { DataForm } from './DataForm';
import { Inactivity } from './Inactivity';
import { LeadTools } from './LeadTools';
import { RadioGroup } from './RadioGroup';
import { ResumeOffer } from './ResumeOffer';
import { SaveAlert } from './SaveAlert';
import { Scripts } from './Scripts';

export interface PanelProps {
  session: Pick<
    TicketSession,
    | 'subscribe'
    | 'setChannel'
    | 'setOutcome'
    | 'setDatum'
    | 'setInterlocutor'
    | 'toggleStep'
    | 'dismissAlert'
    | 'focusField'
    | 'resumeOffered'
    | 'discardOffered'
    | 'override'
  >;
  /** Shows the lead tools (self-test, mapping, form report) in `container`: loaded only when opened. */
  openLeadTools: (container: HTMLElement) => void;
  playbooks: Record<Channel, Playbook>;
  settings: Settings;
  collapsed: boolean;
  /** `remember`: the agent's own choice (a refused save opening the panel is not). */
  onCollapse: (collapsed: boolean, remember?: boolean) => void;
  onInactivity: (start: boolean) => void;
}

/** The agent's side panel: procedure, data, live checklist and scripts for the ticket on screen. */
export function Panel(props: PanelProps) {
  const [view, setView] = useState<PanelView | undefined>();
  const inputs = useRef(new Map<DatumKey, HTMLInputElement | HTMLTextAreaElement>());
  useEffect(() => props.session.subscribe(setView), [props.session]);

  // A refused save moves focus to the first missing item: the panel box, or the SysAid field.
  const alertSeq = view?.alert?.seq;
  // A refused save is always seen: a collapsed panel opens to show why (the agent's choice stays).
  useEffect(() => {
    if (view?.alert && props.collapsed) props.onCollapse(false, false);
  }, [alertSeq]);
  // In the same commit as the alert (not after paint): focus must never move once the agent, or a
  // test, has started typing in the alert itself (that stray focus sent the justification into a field).
  useLayoutEffect(() => {
    const first = view?.alert?.items[0];
    if (!first || props.collapsed) return;
    const input = first.datum ? inputs.current.get(first.datum) : undefined;
    if (input?.isConnected) input.focus();
    else if (first.field) props.session.focusField(first.field);
  }, [alertSeq, props.collapsed]);

  if (props.collapsed) {
    return (
      <div class="panel collapsed">
        <button type="button" class="expand" aria-expanded="false" onClick={() => props.onCollapse(false)}>
          {t('panel.expand')}
          {view?.evaluation.blocking.length ? ` (${view.evaluation.blocking.length})` : ''}
        </button>
      </div>
    );
  }
  if (!view) return null;
  const playbook = view.playbook;
  const rules = playbook?.outcomes.find((o) => o.id === view.outcome);
  const inputRef =
    (key: DatumKey): Ref<HTMLInputElement | HTMLTextAreaElement> =>
    (el) => {
      if (el) inputs.current.set(key, el);
      else inputs.current.delete(key);
    };
  // The chat inactivity rule belongs to a playbook with a script to close on inactivity.
  const hasInactivity = playbook?.scripts.some((s) => s.role === 'inactivity');
  const inactivityScript = view.evaluation.scripts.find((s) => s.role === 'inactivity');

  return (
    <div class="panel" lang="pt-BR">
      <header>
        <h1>{t('panel.title')}</h1>
        <button type="button" aria-expanded="true" onClick={() => props.onCollapse(true)}>
          {t('panel.collapse')}
        </button>
      </header>
      <SaveAlert
        alert={view.alert}
        onClose={() => props.session.dismissAlert()}
        allowOverride={props.settings.allowOverride}
        onOverride={(text) => props.session.override(text)}
      />
      {view.notices.length > 0 && (
        <ul class="notices" aria-live="polite">
          {view.notices.map((n) => (
            <li key={n.id} class={`notice ${n.kind}`}>
              {n.kind === 'error' ? '⚠ ' : n.kind === 'warn' ? '! ' : 'ℹ '}
              {say(n.text)}
            </li>
          ))}
        </ul>
      )}
      {view.filling && <p role="status">{t('panel.fillingNow')}</p>}
      <ResumeOffer
        view={view}
        onResume={() => props.session.resumeOffered()}
        onDiscard={() => props.session.discardOffered()}
      />
      <RadioGroup
        name="channel"
        legend={t('panel.channelGroup')}
        value={view.channel}
        options={CHANNELS.map((c) => ({ value: c, label: props.playbooks[c].label }))}
        onChange={(c) => props.session.setChannel(c)}
      />
      {view.outOfScope && <p class="hint">{t('panel.outOfScope')}</p>}
      {view.channelInferred && <p class="hint">{t('panel.channelInferred')}</p>}
      {!playbook && !view.outOfScope && <p class="hint">{t('panel.noChannel')}</p>}
      {playbook && (
        <RadioGroup
          name="outcome"
          legend={t('panel.outcomeGroup')}
          value={view.outcome}
          options={playbook.outcomes.map((o) => ({ value: o.id, label: o.label }))}
          onChange={(o) => props.session.setOutcome(o)}
        />
      )}
      <AfterSave view={view} />
      {playbook && (
        <DataForm
          playbook={playbook}
          rules={rules}
          typed={view.typed}
          transcriptCut={view.evaluation.transcriptCut}
          onDatum={(k, v) => props.session.setDatum(k, v)}
          onInterlocutor={(i) => props.session.setInterlocutor(i)}
          inputRef={inputRef}
        />
      )}
      <Checklist checks={view.evaluation.checks} />
      <Scripts scripts={view.evaluation.scripts} onTick={(id, t) => props.session.toggleStep(id, t)} />
      <LeadTools open={props.openLeadTools} />
      {hasInactivity && (
        <Inactivity
          timings={props.settings.inactivity}
          startedAt={view.inactivityStartedAt}
          closingScript={inactivityScript}
          onStart={() => props.onInactivity(true)}
          onStop={() => props.onInactivity(false)}
        />
      )}
    </div>
  );
}
