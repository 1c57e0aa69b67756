import { normalizeCaption, phraseScan } from '../../caption/caption';
import { type Text, text } from '../../i18n/text';
import type { Requirement } from '../../procedures/schema';
import { FIELD_LABELS, type FieldKey } from '../../procedures/vocabulary';
import { statedInText } from '../free-text';
import type { ReservedLookup } from '../reserved';
import type { FormSnapshot } from '../snapshot';
import type { Check } from '../types';
import { choiceTexts, isChoice, valueProblem } from '../validators';
import { fieldMissing, made, notFound } from './made';

/** The description's labelled lines, normalized label → value (a Map, or the audit's reused list). */
export interface LabelLookup {
  get(label: string): string | undefined;
}

/** Where a ticket holds a requirement's datum, or why it cannot. */
type Place = 'form' | 'description' | 'noPlace' | 'noDescription';

function placeOf(req: Requirement, snapshot: FormSnapshot): Place {
  if (req.field && snapshot.fields[req.field]) return 'form';
  if (!req.descriptionLabel) return 'noPlace';
  return snapshot.fields.description ? 'description' : 'noDescription';
}

/** The value the ticket gives the datum at its place. */
function valueAt(
  req: Requirement,
  place: 'form' | 'description',
  snapshot: FormSnapshot,
  labelled: LabelLookup,
  descriptionText: string,
): string | undefined {
  if (place === 'form') return req.field && snapshot.fields[req.field]?.value;
  return req.descriptionLabel && writtenInDescription(req, req.descriptionLabel, labelled, descriptionText);
}

/**
 * One datum the procedure requires (CPF, names, attempts…): in the form's own field when it has one,
 * else a labelled description line, else (a ticket written by hand) stated anywhere in the text.
 */
export function requirementCheck(
  req: Requirement,
  snapshot: FormSnapshot,
  labelled: LabelLookup,
  descriptionText: string,
  now: Date,
  /** What other outcomes fix in the requirement's field (lib/core/rules/reserved.ts). */
  reserved?: ReservedLookup,
): Check {
  const label = text(`datum.${req.datum}`);
  const check = (field: FieldKey, ok: boolean, wrong: boolean, message: Text) =>
    made(req.id, req.severity, label, field, ok, wrong, message, req.source, req.datum);
  const place = placeOf(req, snapshot);
  if (place === 'noPlace' || place === 'noDescription') {
    const field = place === 'noPlace' ? (req.field ?? 'description') : 'description';
    return fieldMissing(check(field, false, false, notFound(field)), field);
  }
  const value = valueAt(req, place, snapshot, labelled, descriptionText);
  const problem = valueProblem(req, value, now, reserved);
  const wrong = Boolean(problem) && (value ?? '').trim() !== '';
  if (place === 'form' && req.field)
    return check(req.field, !problem, wrong, problem ?? text('check.inField', FIELD_LABELS[req.field]));
  return check(
    'description',
    !problem,
    wrong,
    problem ?? text('check.inDescription', req.descriptionLabel ?? ''),
  );
}

/**
 * Whether `requirementCheck` passes, from the same place and value (the team audit asks this first, per
 * ticket, and builds the check only when it fails).
 */
export function requirementPasses(
  req: Requirement,
  snapshot: FormSnapshot,
  labelled: LabelLookup,
  descriptionText: string,
  now: Date,
  reserved?: ReservedLookup,
): boolean {
  const place = placeOf(req, snapshot);
  if (place === 'noPlace' || place === 'noDescription') return false;
  return !valueProblem(req, valueAt(req, place, snapshot, labelled, descriptionText), now, reserved);
}

/** Its labelled line (in the agent's words, maybe), else what a hand-written description states. */
function writtenInDescription(
  req: Requirement,
  label: string,
  labelled: LabelLookup,
  descriptionText: string,
): string | undefined {
  const line = labelled.get(normalizeCaption(label));
  return (line && inOurWords(req, line)) || handWritten(req, descriptionText);
}

/** A reason on its own line but in the agent's words ("Motivo: Não atendeu") is the procedure's reason. */
function inOurWords(req: Requirement, value: string): string {
  if (req.validator !== 'choice') return value;
  if (isChoice(choiceTexts(req), value)) return value;
  const stated = statedInText(req.datum, value) ?? choiceNamedIn(req, value);
  return (stated && req.choices?.[stated]) ?? value;
}

/** A ticket written by hand ("3 tentativas, não atendeu") states the datum as well as our lines do. */
function handWritten(req: Requirement, text: string): string | undefined {
  if (req.validator !== 'choice') return statedInText(req.datum, text);
  const stated = statedInText(req.datum, text) ?? choiceNamedIn(req, text);
  return stated === undefined ? undefined : (req.choices?.[stated] ?? stated);
}

/**
 * The choice whose text, as the playbook in force words it, the agent wrote anywhere ("linha fora de
 * serviço" for a lead's own reason): the agents' usual phrasings (lib/core/rules/free-text.ts) come first.
 */
function choiceNamedIn(req: Requirement, text: string): string | undefined {
  const choices = Object.entries(req.choices ?? {});
  let scan = choiceScans.get(req);
  if (!scan) {
    scan = phraseScan(choices.map(([, words]) => [normalizeCaption(words)]));
    choiceScans.set(req, scan);
  }
  // A chat-sized text that cannot hold any choice's words is not folded.
  const may = scan(text);
  if (!may) return undefined;
  const plain = normalizeCaption(text);
  for (let i = 0; i < choices.length; i++) {
    const [key, words] = choices[i] as [string, string];
    if (may & (1 << i) && plain.includes(normalizeCaption(words))) return key;
  }
  return undefined;
}
const choiceScans = new WeakMap<Requirement, (text: string) => number>();
