import { chatProtocolProblem } from '../br/chat-protocol';
import type { OutcomeRules, Playbook, Requirement } from '../procedures/schema';
import {
  CATEGORY_FIELDS,
  DATUM_LABELS,
  type DatumKey,
  FIELD_LABELS,
  type FieldKey,
  type Outcome,
  type Typed,
} from '../procedures/vocabulary';
import { composeDescription, fitTranscript, headerProtocol, parseDescription } from './description';
import { statedInText } from './free-text';
import { chatHeader, managedLabelsOf } from './managed';
import { renderScripts } from './scripts';
import type { FormSnapshot } from './snapshot';
import { splitStamp, withStamp } from './stamp';
import { normalizeCaption, sameCaption } from './text';
import type { Check, Evaluation, FieldWrite, Severity } from './types';
import { storedForm, valueProblem } from './validators';

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

const notFound = (field: FieldKey) =>
  `Campo "${FIELD_LABELS[field]}" não encontrado no formulário do SysAid. Peça ao líder para mapeá-lo nas opções da extensão.`;

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
  const writes: FieldWrite[] = playbook.fixed.map((f) => ({
    field: f.field,
    value: f.value,
    fixed: true,
    reason: f.source,
  }));
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

  for (const f of rules.fixed) {
    writes.push({ field: f.field, value: f.value, fixed: true, reason: f.source });
  }
  rules.categoryPath?.forEach((value, level) => {
    const field = CATEGORY_FIELDS[level];
    if (field) writes.push({ field, value, fixed: true, reason: rules.categorySource });
  });
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
    const hasConversation = parsed.body.trim() !== '';
    checks.push(
      made(
        'transcript',
        'block',
        'Conversa',
        'description',
        hasConversation,
        false,
        hasConversation
          ? 'A conversa está na descrição.'
          : 'Cole a conversa completa do chat no campo "Conversa" do painel.',
        'toda a conversa realizada',
        'transcript',
      ),
    );
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

/**
 * Every check has one shape, built in one place: compact in the content script, and one hidden class
 * for the engine (an audit of an export builds hundreds of thousands of them).
 */
function made(
  id: string,
  severity: Severity,
  label: string,
  field: FieldKey | undefined,
  ok: boolean,
  wrong: boolean,
  message: string,
  source?: string,
  datum?: DatumKey,
): Check {
  return { id, severity, label, field, ok, wrong, message, source, datum };
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

function fixedCheck(snapshot: FormSnapshot, field: FieldKey, value: string, source: string): Check {
  const id = `fixed.${field}`;
  const label = `${FIELD_LABELS[field]} = ${value}`;
  const state = snapshot.fields[field];
  if (!state) return made(id, 'block', label, field, false, false, notFound(field), source);
  const ok = sameCaption(state.value, value);
  const message = ok ? 'Conforme o procedimento.' : `Deve ser "${value}" (está "${state.value || 'vazio'}").`;
  return made(id, 'block', label, field, ok, !ok && state.value.trim() !== '', message, source);
}

function categoryCheck(snapshot: FormSnapshot, rules: OutcomeRules): Check {
  const check = (field: FieldKey, ok: boolean, wrong: boolean, message: string) =>
    made('category', 'block', 'Categoria', field, ok, wrong, message, rules.categorySource);
  const levels = CATEGORY_FIELDS.map((f) => snapshot.fields[f]);
  if (!levels[0]) return check('category1', false, false, notFound('category1'));
  if (rules.categoryPath) {
    const path = rules.categoryPath;
    const wrong = path.findIndex((value, i) => !sameCaption(levels[i]?.value, value));
    if (wrong === -1) return check('category1', true, false, path.join(' > '));
    return check(
      CATEGORY_FIELDS[wrong] ?? 'category1',
      false,
      (levels[wrong]?.value.trim() ?? '') !== '',
      `A categorização deve ser ${path.join(' > ')}.`,
    );
  }
  // Chosen per demand: every level the form offers must be filled.
  const missing = levels.findIndex((level, i) => {
    if (!level) return false;
    if (i > 0 && !level.options?.length && !level.value) return false;
    return !level.value.trim();
  });
  if (missing === -1) {
    const path = levels.map((l) => l?.value).filter(Boolean);
    return check('category1', true, false, path.join(' > '));
  }
  const field = CATEGORY_FIELDS[missing] ?? 'category1';
  return check(field, false, false, `Categorize conforme a demanda: escolha "${FIELD_LABELS[field]}".`);
}

function groupCheck(snapshot: FormSnapshot, rule: NonNullable<OutcomeRules['destinationGroup']>): Check {
  const check = (ok: boolean, wrong: boolean, message: string) =>
    made('group', 'block', 'Grupo de destino', 'group', ok, wrong, message, rule.source);
  const state = snapshot.fields.group;
  if (!state) return check(false, false, notFound('group'));
  const value = state.value.trim();
  const forbidden = rule.notAllowed.some((g) => sameCaption(g, value));
  if (forbidden) return check(false, true, `Escolha o grupo do setor que recebe a demanda (não "${value}").`);
  return value
    ? check(true, false, value)
    : check(false, false, 'Escolha o grupo a ser destinada a demanda.');
}

function requirementCheck(
  req: Requirement,
  snapshot: FormSnapshot,
  labelled: Map<string, string>,
  descriptionText: string,
  now: Date,
): Check {
  const label = DATUM_LABELS[req.datum];
  const check = (field: FieldKey, ok: boolean, wrong: boolean, message: string) =>
    made(req.id, req.severity, label, field, ok, wrong, message, req.source, req.datum);
  const inForm = req.field ? snapshot.fields[req.field] : undefined;
  if (req.field && inForm) {
    const problem = valueProblem(req, inForm.value, label, now);
    return check(
      req.field,
      !problem,
      Boolean(problem) && inForm.value.trim() !== '',
      problem ?? `Em "${FIELD_LABELS[req.field]}".`,
    );
  }
  if (!req.descriptionLabel) {
    const field = req.field ?? 'description';
    return check(field, false, false, notFound(field));
  }
  if (!snapshot.fields.description) return check('description', false, false, notFound('description'));
  const written = labelled.get(normalizeCaption(req.descriptionLabel)) || handWritten(req, descriptionText);
  const problem = valueProblem(req, written, label, now);
  return check(
    'description',
    !problem,
    Boolean(problem) && (written ?? '').trim() !== '',
    problem ?? `Na descrição, como "${req.descriptionLabel}: …".`,
  );
}

const CHAT_PROTOCOL_SOURCE =
  'inserir o n.º do protocolo Chat (20 dígitos) seguido da informação Atendimento via Chat';

function chatProtocolCheck(header: string | undefined, typedProtocol: string | undefined): Check {
  const check = (ok: boolean, wrong: boolean, message: string) =>
    made(
      'chatProtocol',
      'block',
      'Protocolo do chat',
      'description',
      ok,
      wrong,
      message,
      CHAT_PROTOCOL_SOURCE,
      'chatProtocol',
    );
  if (headerProtocol(header)?.length === 20) return check(true, false, 'Primeira linha da descrição.');
  const typedHeader = typedProtocol ? chatHeader(typedProtocol) : undefined;
  if (typedProtocol?.trim() && !typedHeader)
    return check(false, true, chatProtocolProblem(typedProtocol) ?? '');
  return check(
    false,
    false,
    'Informe o protocolo do chat (20 dígitos): ele abre a descrição, seguido de "Atendimento via Chat".',
  );
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

/** A ticket written by hand ("3 tentativas, não atendeu") states the datum as well as our lines do. */
function handWritten(req: Requirement, text: string): string | undefined {
  const stated = statedInText(req.datum, text);
  if (stated === undefined || req.validator !== 'choice') return stated;
  return req.choices?.[stated] ?? stated;
}
