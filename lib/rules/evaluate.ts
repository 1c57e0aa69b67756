import type { OutcomeRules, Playbook, Requirement } from '../procedures/schema';
import {
  CATEGORY_FIELDS,
  DATUM_LABELS,
  type FieldKey,
  type Outcome,
  type Typed,
} from '../procedures/vocabulary';
import { categoryCheck } from './checks/category';
import { chatProtocolCheck, transcriptCheck } from './checks/chat';
import { fixedCheck } from './checks/fixed';
import { groupCheck } from './checks/group';
import { made, notFound } from './checks/made';
import { requirementCheck } from './checks/requirement';
import { composeDescription, fitTranscript, parseDescription } from './description';
import { chatHeader, managedLabelsOf } from './managed';
import { renderScripts } from './scripts';
import type { FormSnapshot } from './snapshot';
import { splitStamp, withStamp } from './stamp';
import { sameCaption } from './text';
import type { Check, Evaluation, FieldWrite } from './types';
import { storedForm } from './validators';

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
}

export const DEFAULT_DESCRIPTION_MAX_CHARS = 60_000;

/**
 * The heart of the extension: given the procedure, the outcome, the ticket and what the agent
 * typed, says what to write, what is missing and what to say. Pure: same input, same output.
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
    const claimsCallback = sameCaption(snapshot.fields.callback?.value, 'Sim');
    return withBlocking({
      ...empty,
      checks: [
        made(
          'channel',
          'block',
          'Canal',
          undefined,
          false,
          false,
          claimsCallback
            ? 'O chamado está marcado como Ligação Ativa / Callback: escolha o canal e o desfecho no painel.'
            : 'Escolha o canal do atendimento no painel.',
        ),
      ],
    });
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
    checks.push(
      made(
        'outcome',
        'block',
        'Desfecho',
        undefined,
        false,
        false,
        'Escolha o desfecho do atendimento no painel.',
      ),
    );
    const ids = playbook.scripts.filter((s) => s.id !== 'inactivity').map((s) => s.id);
    return withBlocking({
      ...empty,
      writes: input.judgeOnly ? [] : pendingWrites(snapshot, writes),
      checks,
      scripts: input.judgeOnly ? [] : renderScripts(playbook, ids, scriptCtx),
    });
  }

  checks.push(categoryCheck(snapshot, rules));
  for (const f of rules.fixed) checks.push(fixedCheck(snapshot, f.field, f.value, f.source));
  if (rules.destinationGroup) checks.push(groupCheck(snapshot, rules.destinationGroup));

  const active = rules.required.filter(
    (r) => !r.interlocutors || r.interlocutors.includes(typed.interlocutor ?? 'beneficiary'),
  );
  const managed = managedLabelsOf(playbook);
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
      writes.push({ field: req.field, value, fixed: false, reason: DATUM_LABELS[req.datum] });
    } else if (req.descriptionLabel) {
      lines.push({ label: req.descriptionLabel, value });
    }
  }
  for (const req of active)
    checks.push(requirementCheck(req, snapshot, parsed.labelled, descriptionText, now));

  let transcriptWritten: string | undefined;
  let transcriptCut = 0;
  let header: string | undefined;
  if (rules.chatDescription) {
    header = chatHeader(typed.data.chatProtocol);
    checks.push(chatProtocolCheck(parsed.header, typed.data.chatProtocol));
    checks.push(transcriptCheck(parsed.body));
    const transcript = typed.data.transcript;
    if (transcript !== undefined) {
      const max = input.descriptionMaxChars ?? DEFAULT_DESCRIPTION_MAX_CHARS;
      const blockSize =
        (header?.length ?? 0) + lines.reduce((n, l) => n + l.label.length + l.value.length + 3, 0);
      const otherText = parsed.body.replace(input.previousTranscript ?? '\u0000', '').length;
      const fitted = fitTranscript(transcript, Math.max(0, max - blockSize - otherText - 4));
      transcriptWritten = fitted.text;
      transcriptCut = fitted.cut;
    }
  }

  if (description && !input.judgeOnly) {
    const retired = retiredLines(playbook, active, typed);
    const composed = composeDescription(
      descriptionText,
      { header, lines, retired, transcript: transcriptWritten, previousTranscript: input.previousTranscript },
      managed,
    );
    const next = stampLine ? withStamp(composed, stampLine) : composed;
    if (next !== description.value) {
      writes.push({ field: 'description', value: next, fixed: false, reason: 'Descrição' });
    }
  } else if (!description && (lines.length || header)) {
    checks.push(
      made('description', 'block', 'Descrição', 'description', false, false, notFound('description')),
    );
  }

  const steps = playbook.scripts.filter((s) => s.step && rules.scripts.includes(s.id));
  if (steps.length) {
    const missing = steps.filter((s) => !typed.ticked?.includes(s.id));
    checks.push(
      made(
        'surveySteps',
        'warn',
        'Etapas da pesquisa',
        undefined,
        missing.length === 0,
        false,
        missing.length
          ? `Etapas ainda não marcadas: ${missing.map((s) => s.title).join('; ')}.`
          : 'Todas as etapas foram marcadas.',
      ),
    );
  }

  return withBlocking({
    writes: input.judgeOnly ? [] : pendingWrites(snapshot, writes),
    checks,
    blocking: [],
    scripts: input.judgeOnly ? [] : renderScripts(playbook, rules.scripts, scriptCtx),
    transcriptWritten,
    transcriptCut,
    tellSysaidNumber: rules.tellSysaidNumber,
  });
}

/** What the procedure fixes for this playbook and outcome, written whatever the agent typed. */
function fixedWrites(playbook: Playbook, rules: OutcomeRules | undefined): FieldWrite[] {
  const writes: FieldWrite[] = [];
  for (const f of [...playbook.fixed, ...(rules?.fixed ?? [])])
    writes.push({ field: f.field, value: f.value, fixed: true, reason: f.source });
  rules?.categoryPath?.forEach((value, level) => {
    const field = CATEGORY_FIELDS[level];
    if (field) writes.push({ field, value, fixed: true, reason: rules.categorySource });
  });
  return writes;
}

/** `e` is always a fresh object here: set in place rather than spread (an audit makes 100 000 of these). */
function withBlocking(e: Evaluation): Evaluation {
  e.blocking = e.checks.filter((c) => !c.ok && c.severity === 'block');
  return e;
}

/**
 * Only what would change the form: one write per field (a fixed value wins over typed data), none
 * for a field the form does not have (its check reports it) or that already holds the value.
 */
function pendingWrites(snapshot: FormSnapshot, writes: FieldWrite[]): FieldWrite[] {
  const byField = new Map<FieldKey, FieldWrite>();
  for (const w of writes) {
    if (byField.get(w.field)?.fixed && !w.fixed) continue;
    byField.set(w.field, w);
  }
  return [...byField.values()].filter((w) => {
    const current = snapshot.fields[w.field];
    if (!current) return false;
    return w.fixed ? !sameCaption(current.value, w.value) : current.value !== w.value;
  });
}

/** Lines another outcome's data would have put in the block; removed if they still hold exactly that. */
function retiredLines(playbook: Playbook, active: Requirement[], typed: Typed) {
  const activeLabels = new Set(active.map((r) => r.descriptionLabel));
  const retired: Array<{ label: string; value: string }> = [];
  for (const outcome of playbook.outcomes) {
    for (const req of outcome.required) {
      const value = typed.data[req.datum]?.trim();
      if (!req.descriptionLabel || activeLabels.has(req.descriptionLabel) || !value) continue;
      retired.push({ label: req.descriptionLabel, value: storedForm(req, value) });
    }
  }
  return retired;
}
