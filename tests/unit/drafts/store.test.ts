import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Draft } from '../../../lib/drafts/draft';
import { getDraft, putDraft, restoreStashedDrafts, stashDraftsForUpdate } from '../../../lib/drafts/store';

const draft = (extra: Partial<Draft> = {}): Draft => ({
  channel: 'chat',
  outcome: 'forwarded',
  typed: { data: { fullName: 'Maria Aparecida da Silva' } },
  updatedAt: 1,
  ...extra,
});

describe('drafts', () => {
  it('keep new tickets apart per tab', async () => {
    await putDraft('host/SREdit.jsp:novo', 1, draft());
    expect(await getDraft('host/SREdit.jsp:novo', 1)).toEqual(draft());
    expect(await getDraft('host/SREdit.jsp:novo', 2)).toBeNull();
  });

  it('a new ticket just saved hands its draft to the number SysAid gave it', async () => {
    await putDraft('host/SREdit.jsp:novo', 7, draft({ savedAt: 1000 }));
    expect(await getDraft('host/SREdit.jsp:1001', 7, 2000)).toMatchObject({ channel: 'chat', savedAt: 1000 });
    expect(await getDraft('host/SREdit.jsp:novo', 7)).toBeNull();
    expect(await getDraft('host/SREdit.jsp:1001', 7)).toMatchObject({ channel: 'chat' });
  });

  it('an unsaved draft does not leak into another ticket', async () => {
    await putDraft('host/SREdit.jsp:novo', 7, draft());
    expect(await getDraft('host/SREdit.jsp:1001', 7)).toBeNull();
  });

  it('survive an extension update: stashed, then put back in session storage and removed from disk', async () => {
    await putDraft('host/SREdit.jsp:55', 1, draft());
    await stashDraftsForUpdate();
    await fakeBrowser.storage.session.clear();
    await restoreStashedDrafts();
    expect(await getDraft('host/SREdit.jsp:55', 1)).toEqual(draft());
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
