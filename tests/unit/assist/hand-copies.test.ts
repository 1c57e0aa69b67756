import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { configForPages } from '../../../lib/background/settings/page-config';
import { resetPolicyMemory } from '../../../lib/background/settings/store';
import { type Draft, draftSchema } from '../../../lib/core/drafts/draft';
import { text } from '../../../lib/core/i18n/text';
import { DEFAULT_PLAYBOOKS } from '../../../lib/core/procedures/defaults';
import { CHANNELS, DATUM_KEYS, INTERLOCUTORS, OUTCOMES } from '../../../lib/core/procedures/vocabulary';
import type { Check, Evaluation, RenderedScript } from '../../../lib/core/rules/types';
import { looksLikeConfig } from '../../../lib/page/assist/boot';
import { type PanelView, sameView } from '../../../lib/page/assist/view';
import { looksLikeDraft } from '../../../lib/page/drafts/page-store';

/*
 * The content script keeps hand-written copies where the real thing would cost size (zod schemas) or
 * time (a deep comparison on every keystroke). Each is held here to its source, so the two cannot drift.
 */

const check = (id: string, ok = false): Check => ({
  id,
  ok,
  severity: 'block',
  label: text('datum.cpf'),
  message: text('value.missing'),
});
const script = (id: string): RenderedScript => ({
  id,
  title: 'Saudação',
  text: 'Bom dia',
  step: false,
  ticked: false,
});

function panelView(): PanelView {
  return {
    channel: 'callback',
    outcome: 'resolved',
    channelInferred: false,
    outOfScope: false,
    typed: { data: { cpf: '1' } },
    playbook: DEFAULT_PLAYBOOKS.callback,
    evaluation: {
      writes: [],
      checks: [check('a'), check('b', true)],
      blocking: [check('a')],
      scripts: [script('greeting')],
      transcriptCut: 0,
      tellSysaidNumber: false,
    },
    notices: [],
    alert: undefined,
    filling: false,
    ticketNumber: undefined,
    savedAt: undefined,
    inactivityStartedAt: undefined,
    resumeOffer: undefined,
  };
}

type Change<T> = (value: T) => T;
/** Every part of the view: a change the panel shows, or why the comparison may skip it. */
const VIEW_PARTS: { [K in keyof PanelView]-?: Change<PanelView> } = {
  channel: (v) => ({ ...v, channel: 'chat' }),
  outcome: (v) => ({ ...v, outcome: 'forwarded' }),
  channelInferred: (v) => ({ ...v, channelInferred: true }),
  outOfScope: (v) => ({ ...v, outOfScope: true }),
  typed: (v) => ({ ...v, typed: { ...v.typed } }),
  playbook: (v) => ({ ...v, playbook: DEFAULT_PLAYBOOKS.chat }),
  evaluation: (v) => ({ ...v, evaluation: { ...v.evaluation, transcriptCut: 3 } }),
  notices: (v) => ({ ...v, notices: [...v.notices] }),
  alert: (v) => ({ ...v, alert: { seq: 1, items: [] } }),
  filling: (v) => ({ ...v, filling: true }),
  ticketNumber: (v) => ({ ...v, ticketNumber: '42' }),
  savedAt: (v) => ({ ...v, savedAt: 1 }),
  inactivityStartedAt: (v) => ({ ...v, inactivityStartedAt: 1 }),
  resumeOffer: (v) => ({ ...v, resumeOffer: { at: 1, notSaved: false } }),
};
const withEvaluation =
  (change: Change<Evaluation>): Change<PanelView> =>
  (v) => ({
    ...v,
    evaluation: change(v.evaluation),
  });
const SKIPPED = 'not shown by the panel (derived from what is compared, or only written into SysAid)';
/** The evaluation's parts the panel shows; the others say why a change to them alone needs no render. */
const EVALUATION_PARTS: { [K in keyof Evaluation]-?: Change<Evaluation> | string } = {
  writes: SKIPPED,
  blocking: SKIPPED,
  transcriptWritten: SKIPPED,
  checks: (e) => ({ ...e, checks: e.checks.map((c, i) => (i === 0 ? { ...c, ok: true } : c)) }),
  scripts: (e) => ({ ...e, scripts: e.scripts.map((s) => ({ ...s, text: `${s.text}!` })) }),
  transcriptCut: (e) => ({ ...e, transcriptCut: 9 }),
  tellSysaidNumber: (e) => ({ ...e, tellSysaidNumber: true }),
};
const FIXED_BY_ID = 'fixed by the id within one playbook (a new playbook is a change of its own)';
const CHECK_PARTS: { [K in keyof Check]-?: Change<Check> | string } = {
  id: (c) => ({ ...c, id: `${c.id}2` }),
  ok: (c) => ({ ...c, ok: !c.ok }),
  message: (c) => ({ ...c, message: text('value.fullName') }),
  severity: FIXED_BY_ID,
  label: FIXED_BY_ID,
  field: FIXED_BY_ID,
  datum: FIXED_BY_ID,
  source: FIXED_BY_ID,
  wrong: 'follows the message (a wrong value has its own)',
  formFault: 'follows the message (a form fault has its own)',
};
const SCRIPT_PARTS: { [K in keyof RenderedScript]-?: Change<RenderedScript> | string } = {
  id: (s) => ({ ...s, id: `${s.id}2` }),
  text: (s) => ({ ...s, text: `${s.text}.` }),
  ticked: (s) => ({ ...s, ticked: !s.ticked }),
  role: FIXED_BY_ID,
  title: FIXED_BY_ID,
  step: FIXED_BY_ID,
  adapted: FIXED_BY_ID,
};

const changes = <T>(parts: Record<string, Change<T> | string>) =>
  Object.entries(parts).flatMap(([part, change]) =>
    typeof change === 'string' ? [] : [[part, change] as const],
  );

describe('sameView, the panel re-render test, against PanelView', () => {
  const cases = [
    ...changes<PanelView>(VIEW_PARTS),
    ...changes<Evaluation>(EVALUATION_PARTS).map(([p, c]) => [`evaluation.${p}`, withEvaluation(c)] as const),
    ...changes<Check>(CHECK_PARTS).map(
      ([p, c]) =>
        [
          `check.${p}`,
          withEvaluation((e) => ({ ...e, checks: e.checks.map((k, i) => (i === 1 ? c(k) : k)) })),
        ] as const,
    ),
    ...changes<RenderedScript>(SCRIPT_PARTS).map(
      ([p, c]) => [`script.${p}`, withEvaluation((e) => ({ ...e, scripts: e.scripts.map(c) }))] as const,
    ),
  ];

  it.each(cases)('a change to %s alone re-renders the panel', (_part, change) => {
    const view = panelView();
    expect(sameView(view, change(view))).toBe(false);
  });

  it('the same view rebuilt (new objects, same content) does not', () => {
    const view = panelView();
    const again = { ...view, evaluation: structuredClone(view.evaluation) };
    expect(sameView(view, again)).toBe(true);
  });
});

describe('looksLikeDraft, the page-side draft check, against draftSchema', () => {
  const validDraft: fc.Arbitrary<Draft> = fc.record(
    {
      channel: fc.constantFrom(...CHANNELS),
      outcome: fc.constantFrom(...OUTCOMES),
      typed: fc.record(
        {
          data: fc.dictionary(fc.constantFrom(...DATUM_KEYS), fc.string()),
          interlocutor: fc.constantFrom(...INTERLOCUTORS),
          ticked: fc.array(fc.string()),
        },
        { requiredKeys: ['data'] },
      ),
      previousTranscript: fc.string(),
      inactivityStartedAt: fc.integer(),
      savedAt: fc.integer(),
      leftAt: fc.integer(),
      updatedAt: fc.integer(),
    },
    { requiredKeys: ['typed', 'updatedAt'] },
  );
  /** What a stored value could hold instead (an older or foreign writer, a broken store). */
  const notAValue = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.string(),
    fc.boolean(),
    fc.array(fc.integer()),
  );
  // The parts the schema requires, read from the schema itself: a new required part shows up here.
  const required = (shape: Record<string, { safeParse(v: unknown): { success: boolean } }>) =>
    Object.keys(shape).filter((key) => !shape[key]?.safeParse(undefined).success);
  const paths = [
    ...required(draftSchema.shape).map((key) => [key]),
    ...required(draftSchema.shape.typed.shape).map((key) => ['typed', key]),
  ];

  it('accepts every draft the schema accepts', () => {
    fc.assert(
      fc.property(validDraft, (draft) => {
        expect(draftSchema.safeParse(draft).success).toBe(true);
        expect(looksLikeDraft(draft)).toBe(true);
      }),
    );
  });

  it('refuses a draft whose required part is missing or not of its kind, as the schema does', () => {
    expect(paths).toEqual([['typed'], ['updatedAt'], ['typed', 'data']]);
    fc.assert(
      fc.property(validDraft, fc.constantFrom(...paths), notAValue, (draft, path, value) => {
        const broken = structuredClone(draft) as Record<string, unknown>;
        const [first, second] = path as [string, string?];
        if (second) broken[first] = { ...(broken[first] as object), [second]: value };
        else broken[first] = value;
        expect(draftSchema.safeParse(broken).success).toBe(false);
        expect(looksLikeDraft(broken)).toBe(false);
      }),
    );
  });
});

describe('looksLikeConfig, the page-side config check, against what the background publishes', () => {
  it('accepts the config the background writes and refuses it with any part missing', async () => {
    resetPolicyMemory();
    await fakeBrowser.storage.local.set({ policyCache: {} });
    const config = await configForPages();
    expect(looksLikeConfig(structuredClone(config))).toBe(true);
    const keys = Object.keys(config);
    fc.assert(
      fc.property(fc.subarray(keys, { minLength: 1 }), (missing) => {
        const partial = Object.fromEntries(Object.entries(config).filter(([key]) => !missing.includes(key)));
        expect(looksLikeConfig(partial)).toBe(false);
      }),
    );
  });
});
