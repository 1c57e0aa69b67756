import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { auditItem } from '../../lib/audit/log';
import { handleMessage } from '../../lib/background/handle-message';

const own = { id: fakeBrowser.runtime.id, tab: { id: 3 } };
const draft = { typed: { data: { fullName: 'Maria' } }, updatedAt: 1 };
const KEY = 'draft:h/SREdit.jsp:9';

describe('background messages', () => {
  it('keeps drafts for a page that cannot reach storage.session itself', async () => {
    expect(await handleMessage({ type: 'draft:put', key: KEY, draft }, own)).toBe(true);
    expect(await handleMessage({ type: 'draft:get', key: KEY }, own)).toEqual(draft);
    await handleMessage({ type: 'draft:remove', keys: [KEY] }, own);
    expect(await handleMessage({ type: 'draft:get', key: KEY }, own)).toBeNull();
  });

  it('ignores another extension or a page', async () => {
    await handleMessage({ type: 'draft:put', key: KEY, draft }, own);
    expect(await handleMessage({ type: 'draft:get', key: KEY }, { id: 'someone-else' })).toBeUndefined();
    expect(await handleMessage({ type: 'draft:get', key: KEY }, {})).toBeUndefined();
  });

  it('ignores shapes it does not know, never stores a malformed draft, nor outside the drafts', async () => {
    expect(await handleMessage({ type: 'eval', code: 'x' }, own)).toBeUndefined();
    expect(await handleMessage({ type: 'draft:put', key: KEY, draft: { typed: 'x' } }, own)).toBeUndefined();
    expect(await handleMessage({ type: 'draft:put', key: 'settings', draft }, own)).toBe(false);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('answers config:get with the validated settings and the three playbooks', async () => {
    const config = (await handleMessage({ type: 'config:get' }, own)) as {
      settings: { language: string };
      playbooks: Record<string, unknown>;
    };
    expect(config.settings.language).toBe('pt-BR');
    expect(Object.keys(config.playbooks)).toEqual(['callback', 'chat', 'survey']);
  });

  it("logs an agent's change of field mapping", async () => {
    expect(
      await handleMessage(
        { type: 'mapping:set', field: 'motherName', selector: '#tr_labelId_CustomColumn80sr' },
        own,
      ),
    ).toBe(true);
    expect(await auditItem.getValue()).toEqual([
      expect.objectContaining({ kind: 'mapping', detail: 'motherName → #tr_labelId_CustomColumn80sr' }),
    ]);
  });
});
