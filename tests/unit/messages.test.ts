import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mappingChanges } from '../../lib/background/audit/mapping-log';
import { handleMessage } from '../../lib/background/handle-message';
import { loadSettings } from '../../lib/background/settings/store';

const own = { id: fakeBrowser.runtime.id, tab: { id: 3 }, url: 'https://h/SREdit.jsp?id=9' };
const draft = { typed: { data: { fullName: 'Maria' } }, updatedAt: 1 };
const KEY = 'draft:h/SREdit.jsp:9';

describe('background messages', () => {
  it('keeps drafts for a page that cannot reach storage.session itself', async () => {
    expect(await handleMessage({ type: 'draft:put', key: KEY, draft }, own)).toBe(true);
    expect(await handleMessage({ type: 'draft:get', key: KEY }, own)).toEqual(draft);
    await handleMessage({ type: 'draft:remove', keys: [KEY] }, own);
    expect(await handleMessage({ type: 'draft:get', key: KEY }, own)).toBeNull();
  });

  it("serves a draft only to a page of the SysAid host it belongs to (never SysAid's docs or community)", async () => {
    await handleMessage({ type: 'draft:put', key: KEY, draft }, own);
    const elsewhere = { ...own, url: 'https://community.sysaid.com/t/123' };
    expect(await handleMessage({ type: 'draft:get', key: KEY }, elsewhere)).toBeNull();
    expect(
      await handleMessage({ type: 'draft:put', key: KEY, draft: { ...draft, updatedAt: 2 } }, elsewhere),
    ).toBe(false);
    await handleMessage({ type: 'draft:remove', keys: [KEY] }, elsewhere);
    expect(await handleMessage({ type: 'draft:get', key: KEY }, own)).toEqual(draft);
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

  it('answers config:get with the validated settings and every playbook', async () => {
    const config = (await handleMessage({ type: 'config:get' }, own)) as {
      settings: { language: string };
      playbooks: Record<string, unknown>;
    };
    expect(config.settings.language).toBe('pt-BR');
    expect(Object.keys(config.playbooks)).toEqual(['callback', 'chat', 'survey', 'other']);
  });

  it('a field picked on the page becomes the mapping; a lock by policy refuses it', async () => {
    const run = vi.fn(async () => [{ frameId: 0, result: '#tr_labelId_CustomColumn80sr' }]);
    fakeBrowser.scripting.executeScript = run as never;
    expect(await handleMessage({ type: 'mapping:pick', field: 'motherName' }, own)).toBe(true);
    expect(run).toHaveBeenCalledWith({ target: { tabId: 3, frameIds: [0] }, files: ['/field-picker.js'] });
    expect((await loadSettings()).settings.fieldMapping).toEqual({
      motherName: '#tr_labelId_CustomColumn80sr',
    });
  });
});

describe('field-mapping changes in the log', () => {
  it('names each field whose selector changed, added or removed, and nothing else', () => {
    expect(
      mappingChanges({ plan: '#a', status: '#s' }, { plan: '#b', status: '#s', motherName: '#m' }),
    ).toEqual(['plan → #b', 'motherName → #m']);
    expect(mappingChanges({ plan: '#a' }, {})).toEqual(['plan → —']);
    expect(mappingChanges(undefined, undefined)).toEqual([]);
  });
});
