import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sweepDrafts } from '../../../lib/background/drafts/store';
import { handleMessage } from '../../../lib/background/handle-message';
import type { Draft } from '../../../lib/core/drafts/draft';
import { openDraft } from '../../../lib/page/assist/open-draft';
import { draftKeeper } from '../../../lib/page/drafts/keeper';
import { HANDOFF_MS } from '../../../lib/page/drafts/opening';
import { pageDraftStore } from '../../../lib/page/drafts/page-store';

const HOUR = 3_600_000;
const TTL = 12 * HOUR;
const NOW = 100 * HOUR;
const NEW = 'host/SREdit.jsp:novo';
const NUMBERED = 'host/SREdit.jsp:1001';

const draft = (extra: Partial<Draft> = {}): Draft => ({
  channel: 'chat',
  outcome: 'forwarded',
  typed: { data: { fullName: 'Maria Aparecida da Silva' } },
  updatedAt: NOW - 1000,
  ...extra,
});
const stored = () => fakeBrowser.storage.session.get(null);

describe('which draft a ticket starts from', () => {
  it('list → Novo: a new ticket starts blank and the previous caller’s draft is gone', async () => {
    const store = pageDraftStore('tab1');
    await store.put(NEW, draft());
    expect(await openDraft(store, NEW, 'other', TTL, NOW)).toBeUndefined();
    expect(await stored()).toEqual({});
  });

  it('a reload of the same unsaved new ticket restores it', async () => {
    const store = pageDraftStore('tab1');
    await store.put(NEW, draft());
    expect(await openDraft(store, NEW, 'reload', TTL, NOW)).toMatchObject({ channel: 'chat' });
  });

  it('a new ticket already saved is never restored, even on a reload', async () => {
    const store = pageDraftStore('tab1');
    await store.put(NEW, draft({ leftAt: NOW - 500 }));
    expect(await openDraft(store, NEW, 'reload', TTL, NOW)).toBeUndefined();
  });

  it('new tickets in two tabs keep separate drafts', async () => {
    await pageDraftStore('tab1').put(NEW, draft());
    expect(await openDraft(pageDraftStore('tab2'), NEW, 'reload', TTL, NOW)).toBeUndefined();
    expect(await openDraft(pageDraftStore('tab1'), NEW, 'reload', TTL, NOW)).toBeDefined();
  });

  it('the save that creates the number hands the draft to it, once', async () => {
    const store = pageDraftStore('tab1');
    await store.put(NEW, draft({ leftAt: NOW - 1000, savedAt: NOW - 1000 }));
    const moved = await openDraft(store, NUMBERED, 'other', TTL, NOW);
    expect(moved).toMatchObject({ channel: 'chat', savedAt: NOW - 1000, leftAt: undefined });
    expect(Object.keys(await stored())).toEqual([]); // the new-ticket draft is gone
    expect(await openDraft(store, NEW, 'reload', TTL, NOW)).toBeUndefined();
  });

  it('an unsaved new ticket’s draft does not leak into a numbered ticket', async () => {
    const store = pageDraftStore('tab1');
    await store.put(NEW, draft());
    expect(await openDraft(store, NUMBERED, 'other', TTL, NOW)).toBeUndefined();
  });

  it('a saved-and-closed ticket opened again later starts blank', async () => {
    const store = pageDraftStore('tab1');
    await store.put(NUMBERED, draft({ leftAt: NOW - HANDOFF_MS - 1 }));
    expect(await openDraft(store, NUMBERED, 'other', TTL, NOW)).toBeUndefined();
    expect(await stored()).toEqual({});
  });

  it('drafts older than a shift are forgotten', async () => {
    const store = pageDraftStore('tab1');
    await store.put(NUMBERED, draft({ updatedAt: NOW - TTL - 1 }));
    expect(await openDraft(store, NUMBERED, 'reload', TTL, NOW)).toBeUndefined();
    await store.put('host/SREdit.jsp:7', draft({ updatedAt: NOW - TTL - 1 }));
    await store.put('host/SREdit.jsp:8', draft());
    expect(await sweepDrafts(TTL, NOW)).toBe(1);
    expect(Object.keys(await stored())).toEqual(['draft:host/SREdit.jsp:8']);
  });
});

describe('writing drafts', () => {
  it('typing then moving to another ticket within the pause writes each under its own ticket', async () => {
    const store = pageDraftStore('tab1');
    const keeper = draftKeeper(store, () => {});
    keeper.persist(NUMBERED, draft({ typed: { data: { fullName: 'Primeira Pessoa' } } }));
    keeper.persist('host/SREdit.jsp:1002', draft({ typed: { data: { fullName: 'Segunda Pessoa' } } }));
    await keeper.flush();
    await expect.poll(async () => (await store.get(NUMBERED))?.typed.data.fullName).toBe('Primeira Pessoa');
    expect((await store.get('host/SREdit.jsp:1002'))?.typed.data.fullName).toBe('Segunda Pessoa');
  });

  it('when the browser cannot keep a draft, the keeper says so (and says when it can again)', async () => {
    const problems: boolean[] = [];
    let fail = true;
    const keeper = draftKeeper(
      {
        storageKey: (ticket) => ticket,
        get: async () => null,
        put: async () => {
          if (fail) throw new Error('QUOTA_BYTES quota exceeded');
        },
        remove: async () => {},
      },
      (failed) => problems.push(failed),
    );
    keeper.persist(NUMBERED, draft(), true);
    await keeper.flush();
    await expect.poll(() => problems).toEqual([true]);
    fail = false;
    keeper.persist(NUMBERED, draft(), true);
    await expect.poll(() => problems).toEqual([true, false]);
  });

  it('Cancel drops the ticket’s draft and a pending write does not bring it back', async () => {
    const store = pageDraftStore('tab1');
    const keeper = draftKeeper(store, () => {});
    keeper.persist(NUMBERED, draft(), true);
    await keeper.flush();
    keeper.persist(NUMBERED, draft({ outcome: 'resolved' }));
    await keeper.drop(NUMBERED);
    await keeper.flush();
    expect(await store.get(NUMBERED)).toBeNull();
  });
});

describe('a draft when the browser’s memory for drafts is full', () => {
  it('older calls give way (through the background) and the ticket being written is kept', async () => {
    const store = pageDraftStore('tab1');
    const older = 'host/SREdit.jsp:1000';
    await store.put(older, draft({ savedAt: NOW - HOUR, updatedAt: NOW - HOUR }));
    // A memory that holds one draft: the next write is refused as Chromium refuses it (quota).
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items) => {
      const all = { ...(await stored()), ...items };
      if (Object.keys(all).length > 1) throw new Error('Error: QUOTA_BYTES quota exceeded');
      return set(items);
    });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message) =>
      handleMessage(message as never, { id: fakeBrowser.runtime.id, url: 'https://host/SREdit.jsp?id=1001' }),
    );
    await store.put(NUMBERED, draft());
    expect(Object.keys(await stored())).toEqual([store.storageKey(NUMBERED)]);
    expect(await store.get(NUMBERED)).toMatchObject({
      typed: { data: { fullName: 'Maria Aparecida da Silva' } },
    });
  });
});
