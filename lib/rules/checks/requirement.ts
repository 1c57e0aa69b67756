import { normalizeCaption, sameCaption } from '../../caption';
import { type Text, text } from '../../i18n/text';
import type { Requirement } from '../../procedures/schema';
import { FIELD_LABELS, type FieldKey } from '../../procedures/vocabulary';
import { statedInText } from '../free-text';
import type { ReservedLookup } from '../reserved';
import type { FormSnapshot } from '../snapshot';
import type { Check } from '../types';
import { valueProblem } from '../validators';
import { fieldMissing, made, notFound } from './made';

/**
 * One datum the procedure requires (CPF, names, attempts…): in the form's own field when it has one,
 * else a labelled description line, else (a ticket written by hand) stated anywhere in the text.
 */
export function requirementCheck(
  req: Requirement,
  snapshot: FormSnapshot,
  labelled: Map<string, string>,
  descriptionText: string,
  now: Date,
  /** What other outcomes fix in the requirement's field (lib/rules/reserved.ts). */
  reserved?: ReservedLookup,
): Check {
  const label = text(`datum.${req.datum}`);
  const check = (field: FieldKey, ok: boolean, wrong: boolean, message: Text) =>
    made(req.id, req.severity, label, field, ok, wrong, message, req.source, req.datum);
  const inForm = req.field ? snapshot.fields[req.field] : undefined;
  if (req.field && inForm) {
    const problem = valueProblem(req, inForm.value, now, reserved);
    return check(
      req.field,
      !problem,
      Boolean(problem) && inForm.value.trim() !== '',
      problem ?? text('check.inField', FIELD_LABELS[req.field]),
    );
  }
  if (!req.descriptionLabel) {
    const field = req.field ?? 'description';
    return fieldMissing(check(field, false, false, notFound(field)), field);
  }
  if (!snapshot.fields.description)
    return fieldMissing(check('description', false, false, notFound('description')), 'description');
  const line = labelled.get(normalizeCaption(req.descriptionLabel));
  const written = (line && inOurWords(req, line)) || handWritten(req, descriptionText);
  const problem = valueProblem(req, written, now, reserved);
  return check(
    'description',
    !problem,
    Boolean(problem) && (written ?? '').trim() !== '',
    problem ?? text('check.inDescription', req.descriptionLabel),
  );
}

/** A reason on its own line but in the agent's words ("Motivo: Não atendeu") is the procedure's reason. */
function inOurWords(req: Requirement, value: string): string {
  if (req.validator !== 'choice') return value;
  const choices = Object.entries(req.choices ?? {});
  if (choices.some(([, text]) => sameCaption(text, value))) return value;
  const stated = statedInText(req.datum, value);
  return (stated && req.choices?.[stated]) ?? value;
}

/** A ticket written by hand ("3 tentativas, não atendeu") states the datum as well as our lines do. */
function handWritten(req: Requirement, text: string): string | undefined {
  const stated = statedInText(req.datum, text);
  if (stated === undefined || req.validator !== 'choice') return stated;
  return req.choices?.[stated] ?? stated;
}
