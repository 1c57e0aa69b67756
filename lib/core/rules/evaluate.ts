import { text } from '../i18n/text';
import type { Playbook } from '../procedures/schema';
import { FIELD_LABELS, type Outcome, type Typed } from '../procedures/vocabulary';
import { categoryCheck } from './checks/category';
import { chatProtocolCheck, transcriptCheck } from './checks/chat';
import { channelCheck, outcomeCheck } from './checks/choices';
import { fixedCheck } from './checks/fixed';
import { groupCheck } from './checks/group';
import { fieldMissing, formFault, made, notFound } from './checks/made';
import { requirementCheck } from './checks/requirement';
import { stepsCheck } from './checks/steps';
import { composeDescription, fitTranscript, parseDescription, transcriptRoom } from './description';
import type { PlaybooksInForce } from './infer';
import { chatHeader, managedLabelsOf } from './managed';
import { reservedBy } from './reserved';
import { renderScripts } from './scripts';
import type { FormSnapshot } from './snapshot';
import { splitStamp, withStamp } from './stamp';
import type { Check, Evaluation } from './types';
import { storedForm } from './validators';
import { fixedWrites, pendingWrites, retiredLines } from './writes';

export interface EvaluateInput {
  /** The chosen channel's playbook; absent while no channel is chosen. */
  playbook?: Playbook;
  outcome?: Outcome;
  snapshot: FormSnapshot;
  typed: Typed;
  now: Date;
  agentName?: string;
  /** The conversation as written into the description last time (see Evaluation.transcriptWritten). */
  previousTranscript?: string;
  /** What SysAid's description can hold (a setting; SysAid's real limit is unknown). */
  descriptionMaxChars?: number;
  /** Only the checks (the team audit of an export): no scripts to render, nothing to write. */
  judgeOnly?: boolean;
  /** While no channel is chosen: the label of the channel the ticket shows by itself (lib/core/rules/infer.ts). */
  shownChannel?: string;
  /** Every playbook in force: the description's block keeps the lines any of them writes. */
  playbooks?: PlaybooksInForce;
}

export const DEFAULT_DESCRIPTION_MAX_CHARS = 60_000;

/**
 * The heart of the extension: given the procedure, the outcome, the ticket and what the agent
 * typed, says what to write, what is missing and what to say. Pure: same input, same output.
 * Just past 200 lines on purpose: the engine's one pass reads top to bottom, its checks live in ./checks.
 */
export function evaluate(input: EvaluateInput): Evaluation {
  const { playbook, snapshot, typed, now } = input;
  const empty: Evaluation = {
    writes: [],
    checks: [],
    blocking: [],
    scripts: [],
    transcriptCut: 0,
    tellSysaidNumber: false,
  };
  if (!playbook) {
    // PROCEDURES.md, "Every ticket": no channel, no save (the session decides whether this ticket is in scope).
    return withBlocking({ ...empty, checks: [channelCheck(input.shownChannel)] });
  }

  const rules = playbook.outcomes.find((o) => o.id === input.outcome);
  const writes = input.judgeOnly ? [] : fixedWrites(playbook, rules);
  const checks: Check[] = playbook.fixed.map((f) => fixedCheck(snapshot, f.field, f.value, f.source));
  const scriptCtx = {
    now,
    agentName: input.agentName,
    beneficiaryName: typed.data.fullName?.trim() || typed.data.providerEmployee?.trim(),
    ticketNumber: snapshot.ticketNumber,
    ticked: typed.ticked,
  };

  if (!rules) {
    checks.push(outcomeCheck());
    const ids = playbook.scripts.filter((s) => s.role !== 'inactivity').map((s) => s.id);
    return withBlocking(
      {
        ...empty,
        writes: input.judgeOnly ? [] : pendingWrites(snapshot, writes),
        checks,
        scripts: input.judgeOnly ? [] : renderScripts(playbook, ids, scriptCtx),
      },
      snapshot,
    );
  }

  checks.push(categoryCheck(snapshot, rules));
  for (const f of rules.fixed) checks.push(fixedCheck(snapshot, f.field, f.value, f.source));
  if (rules.destinationGroup) checks.push(groupCheck(snapshot, rules.destinationGroup));

  const active = rules.required.filter(
    (r) => !r.interlocutors || r.interlocutors.includes(typed.interlocutor ?? 'beneficiary'),
  );
  const managed = managedLabelsOf(playbook, input.playbooks);
  const description = snapshot.fields.description;
  // The compliance stamp is ours, not the agent's: the checks never read it, a rewrite keeps it last.
  const { text: descriptionText, stampLine } = splitStamp(description?.value ?? '');
  const parsed = parseDescription(descriptionText, managed);

  // Data typed in the panel goes to the form's own field, or to a labelled line.
  const lines: Array<{ label: string; value: string }> = [];
  for (const req of active) {
    const typedValue = typed.data[req.datum]?.trim();
    if (!typedValue) continue;
    const value = storedForm(req, typedValue);
    if (req.field && snapshot.fields[req.field]) {
      writes.push({ field: req.field, value, fixed: false, reason: req.source });
    } else if (req.descriptionLabel) {
      lines.push({ label: req.descriptionLabel, value });
    }
  }
  const reserved = reservedBy(playbook, rules);
  for (const req of active)
    checks.push(requirementCheck(req, snapshot, parsed.labelled, descriptionText, now, reserved));

  let transcriptWritten: string | undefined;
  let transcriptCut = 0;
  const header = rules.chatDescription ? chatHeader(typed.data.chatProtocol, rules) : undefined;
  const block = {
    header,
    lines,
    retired: input.judgeOnly ? [] : retiredLines(playbook, active, typed),
    previousTranscript: input.previousTranscript,
  };
  if (rules.chatDescription) {
    const chat = [
      chatProtocolCheck(parsed.header, typed.data.chatProtocol, rules),
      transcriptCheck(parsed.body, rules),
    ];
    // No description field: nowhere to put the protocol or the conversation, whatever the agent does.
    for (const c of chat) checks.push(description || c.ok ? c : fieldMissing(c, 'description'));
    const transcript = typed.data.transcript;
    if (transcript !== undefined && !input.judgeOnly) {
      const max = (input.descriptionMaxChars ?? DEFAULT_DESCRIPTION_MAX_CHARS) - stampRoom(stampLine);
      const fitted = fitTranscript(transcript, transcriptRoom(descriptionText, block, managed, max));
      transcriptWritten = fitted.text;
      transcriptCut = fitted.cut;
    }
  }

  if (description && !input.judgeOnly) {
    const composed = composeDescription(
      descriptionText,
      { ...block, transcript: transcriptWritten },
      managed,
    );
    const next = stampLine ? withStamp(composed, stampLine) : composed;
    if (next !== description.value) {
      writes.push({ field: 'description', value: next, fixed: false, reason: 'Descrição' });
    }
  } else if (!description && (lines.length || header)) {
    checks.push(
      fieldMissing(
        made(
          'description',
          'block',
          text('label.description'),
          'description',
          false,
          false,
          notFound('description'),
        ),
        'description',
      ),
    );
  }

  const steps = playbook.scripts.filter((s) => s.step && rules.scripts.includes(s.id));
  if (steps.length) checks.push(stepsCheck(steps, typed.ticked));

  return withBlocking(
    {
      writes: input.judgeOnly ? [] : pendingWrites(snapshot, writes),
      checks,
      blocking: [],
      scripts: input.judgeOnly ? [] : renderScripts(playbook, rules.scripts, scriptCtx),
      transcriptWritten,
      transcriptCut,
      tellSysaidNumber: rules.tellSysaidNumber,
    },
    snapshot,
  );
}

/** The stamp line and the blank line before it. */
const stampRoom = (line: string | undefined) => (line ? line.length + 2 : 0);

/** `e` is always a fresh object here: set in place rather than spread (an audit makes 100 000 of these). */
function withBlocking(e: Evaluation, snapshot?: FormSnapshot): Evaluation {
  if (snapshot) e.checks = e.checks.map((c) => disagreement(c, snapshot) ?? c);
  e.blocking = e.checks.filter((c) => !c.ok && c.severity === 'block');
  return e;
}

/**
 * A list whose widget shows another option than SysAid would post: whatever its check said, the agent
 * cannot trust what they see, and it is the form's fault.
 */
function disagreement(check: Check, snapshot: FormSnapshot): Check | undefined {
  const state = check.field ? snapshot.fields[check.field] : undefined;
  if (!check.field || state?.shown === undefined) return undefined;
  const message = text('check.widgetDisagrees', FIELD_LABELS[check.field], state.shown, state.value || '—');
  return formFault(
    { ...check, ok: false, message },
    { kind: 'disagrees', field: check.field, option: state.shown },
  );
}
