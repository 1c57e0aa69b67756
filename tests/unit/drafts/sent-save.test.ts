import { beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../../lib/core/drafts/draft';
import type { AuditMessage } from '../../../lib/core/messages/schema';
import { openDraft } from '../../../lib/page/assist/open-draft';
import { rememberSent, sentTicket, settleSentSave } from '../../../lib/page/assist/sent-save';
import { pageDraftStore } from '../../../lib/page/drafts/page-store';

const NEW = 'sysaid.example:443/SREdit.jsp:novo';
const NOW = Date.parse('2026-11-24T13:00:00Z');
const VERDICT: AuditMessage = { kind: 'compliant', channel: 'callback', outcome: 'resolved', checks: [] };
const sentDraft = (): Draft => ({
  channel: 'callback',
  outcome: 'resolved',
  typed: { data: { fullName: 'Maria da Silva' } },
  leftAt: NOW - 1000,
  sent: { event: { ...VERDICT }, at: NOW - 1000 },
  updatedAt: NOW - 1000,
});

describe('a save counts when SysAid took it', () => {
  beforeEach(() => sessionStorage.clear());

  it('the page SysAid answered with shows the save: the verdict is logged then, once', async () => {
    const store = pageDraftStore('tab1');
    await store.put(NEW, sentDraft());
    rememberSent(window, NEW);
    const logged: AuditMessage[] = [];
    const host = { win: window, store, audit: (e: AuditMessage) => logged.push(e) };
    expect(await settleSentSave(host, 'taken', true)).toBe('taken');
    expect(logged).toEqual([VERDICT]);
    expect(sentTicket(window)).toBeUndefined();
    expect((await store.get(NEW))?.sent).toBeUndefined();
    // SysAid holds the ticket: the caller's name is gone from the browser at once; the panel keeps its choices.
    const kept = await store.get(NEW);
    expect(kept).toMatchObject({ channel: 'callback', outcome: 'resolved' });
    expect(kept?.typed.data).toEqual({});
    expect(await settleSentSave(host, 'taken')).toBeUndefined();
    expect(logged).toHaveLength(1);
  });

  it('an early Aplicar, or an answer that is not the numbered ticket, keeps what was typed (the call goes on)', async () => {
    const store = pageDraftStore('tab1');
    for (const [kind, showsTicket] of [
      ['early', true],
      ['compliant', false],
    ] as const) {
      await store.put(NEW, { ...sentDraft(), sent: { event: { ...VERDICT, kind }, at: NOW - 1000 } });
      rememberSent(window, NEW);
      await settleSentSave({ win: window, store, audit: () => undefined }, 'taken', showsTicket);
      const kept = await store.get(NEW);
      expect(kept?.typed.data).toEqual({ fullName: 'Maria da Silva' });
      expect(kept?.sent).toBeUndefined();
    }
  });

  it('SysAid\'s login page answered: "not saved", never compliant, and the next new ticket offers the call back', async () => {
    const store = pageDraftStore('tab1');
    await store.put(NEW, sentDraft());
    rememberSent(window, NEW);
    const logged: AuditMessage[] = [];
    await settleSentSave({ win: window, store, audit: (e) => logged.push(e) }, 'notTaken');
    expect(logged.map((e) => e.kind)).toEqual(['notSaved']);
    // list → Novo would drop a new ticket's draft; this one never reached SysAid, so it comes back.
    expect(await openDraft(store, NEW, 'other', 3_600_000, NOW)).toMatchObject({
      typed: { data: { fullName: 'Maria da Silva' } },
    });
  });
});
