/**
 * One playbook outcome compiled for the team audit: the checks `evaluate()` would run in judge-only
 * mode (lib/core/rules/evaluate.ts), resolved once — which requirements apply, which labels the block
 * manages, the survey's steps — then asked row after row. Each check first answers whether it passes
 * (the same predicate its builder uses); only a failing check is built, with the engine's own
 * builder, so the messages are the engine's. A passing check is the same object for every row.
 */
import type { OutcomeRules, Playbook } from '../procedures/schema';
import { categoryCheck, categoryPasses } from '../rules/checks/category';
import { chatHeaderPasses, chatProtocolCheck, transcriptPresentCheck } from '../rules/checks/chat';
import { outcomeCheck } from '../rules/checks/choices';
import { fixedCheck, fixedPasses } from '../rules/checks/fixed';
import { groupCheck, groupPasses } from '../rules/checks/group';
import { fieldMissing } from '../rules/checks/made';
import { requirementCheck, requirementPasses } from '../rules/checks/requirement';
import { stepsCheck } from '../rules/checks/steps';
import type { ManagedLabels } from '../rules/description';
import type { PlaybooksInForce } from '../rules/infer';
import { managedLabelsOf } from '../rules/managed';
import { reservedBy } from '../rules/reserved';
import type { FormSnapshot } from '../rules/snapshot';
import type { Check } from '../rules/types';
import type { ScannedDescription } from './description-scan';
import type { TicketVerdict } from './judge';

/** What a row offers the checks: its fields, its description (stamp lines out) read once, its day. */
export interface RowContext {
  snapshot: FormSnapshot;
  /** The description without stamp lines (what the checks read). */
  text: string;
  /** Read on first use: an outcome with no description checks never reads it. */
  scan(): ScannedDescription;
  now: Date;
}

type Entry = TicketVerdict['checks'][number];
export interface Judged {
  checks: readonly Entry[];
  failed: readonly Check[];
}
type Step = { passes: (row: RowContext) => boolean; build: (row: RowContext) => Check; pass?: Entry };

/** The checks of one outcome (or of a ticket whose outcome the playbook does not know), in checklist order. */
export class OutcomePlan {
  private readonly steps: Step[] = [];
  private clean: Judged | undefined;
  private readonly failing: { checks: Entry[]; failed: Check[] } = { checks: [], failed: [] };
  /** The labels the description's block may hold, resolved once. */
  readonly managed: ManagedLabels;

  constructor(playbook: Playbook, rules: OutcomeRules | undefined, inForce?: PlaybooksInForce) {
    this.managed = managedLabelsOf(playbook, inForce);
    for (const f of playbook.fixed) this.fixed(f);
    if (!rules) {
      const missing = outcomeCheck();
      this.steps.push({ passes: () => false, build: () => missing });
      return;
    }
    this.add(
      (row) => categoryPasses(row.snapshot, rules),
      (row) => categoryCheck(row.snapshot, rules),
    );
    for (const f of rules.fixed) this.fixed(f);
    const group = rules.destinationGroup;
    if (group)
      this.add(
        (row) => groupPasses(row.snapshot, group),
        (row) => groupCheck(row.snapshot, group),
      );
    // What other outcomes fix in a requirement's field (ATIVO), resolved once like the rest.
    const reserved = reservedBy(playbook, rules);
    // Nothing typed: every requirement meant for a beneficiary applies (evaluate's `active`).
    for (const req of rules.required.filter(
      (r) => !r.interlocutors || r.interlocutors.includes('beneficiary'),
    ))
      this.add(
        (row) => requirementPasses(req, row.snapshot, row.scan().labelled, row.text, row.now, reserved),
        (row) => requirementCheck(req, row.snapshot, row.scan().labelled, row.text, row.now, reserved),
      );
    if (rules.chatDescription) {
      // No description field: nowhere to put the protocol or the conversation.
      const orMissing = (row: RowContext, c: Check) =>
        row.snapshot.fields.description || c.ok ? c : fieldMissing(c, 'description');
      this.add(
        (row) => chatHeaderPasses(row.scan().header),
        (row) => orMissing(row, chatProtocolCheck(row.scan().header, undefined, rules)),
      );
      this.add(
        (row) => row.scan().hasBody,
        (row) => orMissing(row, transcriptPresentCheck(row.scan().hasBody, rules)),
      );
    }
    const steps = playbook.scripts.filter((s) => s.step && rules.scripts.includes(s.id));
    if (steps.length) {
      // Nothing is ticked in an export: the reminder stands, as a warning.
      const reminder = stepsCheck(steps, undefined);
      this.steps.push({ passes: () => reminder.ok, build: () => reminder });
    }
  }

  /**
   * The checks of one row and the failing blocking ones, as `evaluate()` returns them, valid until the
   * next row. Most tickets pass every check: they share one frozen list (the tally counts such a list
   * once per kind of ticket).
   */
  judge(row: RowContext): Judged {
    const steps = this.steps;
    let at = 0;
    while (at < steps.length && (steps[at] as Step).passes(row)) at++;
    if (at === steps.length) {
      this.clean ??= { checks: Object.freeze(steps.map((s) => s.pass ?? this.passOf(s, row))), failed: [] };
      return this.clean;
    }
    // A ticket that fails some check: its lists are refilled in place, read before the next row.
    const { checks, failed } = this.failing;
    let failures = 0;
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i] as Step;
      if (i < at || (i > at && step.passes(row))) {
        checks[i] = step.pass ?? this.passOf(step, row);
        continue;
      }
      const check = step.build(row);
      checks[i] = check;
      if (!check.ok && check.severity === 'block') failed[failures++] = check;
    }
    failed.length = failures;
    return this.failing;
  }

  private fixed(f: Playbook['fixed'][number]): void {
    this.add(
      (row) => fixedPasses(row.snapshot.fields[f.field], f.value),
      (row) => fixedCheck(row.snapshot, f.field, f.value, f.source),
    );
  }

  private add(passes: Step['passes'], build: Step['build']): void {
    this.steps.push({ passes, build });
  }

  /** The first pass builds the check once; its id, label and severity never depend on the row. */
  private passOf(step: Step, row: RowContext): Entry {
    const check = step.build(row);
    if (!check.ok) throw new Error(`audit plan: "${check.id}" passes by its predicate but not by its check`);
    step.pass = { id: check.id, label: check.label, ok: true, severity: check.severity };
    return step.pass;
  }
}
