import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../lib/background/handle-message';

const own = { id: fakeBrowser.runtime.id, tab: { id: 3 } };
const draft = { typed: { data: { fullName: 'Maria' } }, updatedAt: 1 };

describe('background messages', () => {
  it('answers its own content scripts', async () => {
    expect(await handleMessage({ type: 'draft:put', ticket: 'h/SREdit.jsp:9', draft }, own)).toBe(true);
    expect(await handleMessage({ type: 'draft:get', ticket: 'h/SREdit.jsp:9' }, own)).toEqual(draft);
  });

  it('ignores another extension or a page', async () => {
    await handleMessage({ type: 'draft:put', ticket: 'h/SREdit.jsp:9', draft }, own);
    expect(
      await handleMessage({ type: 'draft:get', ticket: 'h/SREdit.jsp:9' }, { id: 'someone-else' }),
    ).toBeUndefined();
    expect(await handleMessage({ type: 'draft:get', ticket: 'h/SREdit.jsp:9' }, {})).toBeUndefined();
  });

  it('ignores shapes it does not know, and never stores a malformed draft', async () => {
    expect(await handleMessage({ type: 'eval', code: 'x' }, own)).toBeUndefined();
    expect(
      await handleMessage({ type: 'draft:put', ticket: 'h:1', draft: { typed: 'x' } }, own),
    ).toBeUndefined();
    expect(await handleMessage({ type: 'draft:get', ticket: 'h:1' }, own)).toBeNull();
  });

  it('hands a ticket page its config and draft in one answer', async () => {
    const opening = (await handleMessage({ type: 'ticket:open', ticket: 'h/SREdit.jsp:novo' }, own)) as {
      config: { settings: { language: string }; playbooks: Record<string, unknown> };
      draft: unknown;
    };
    expect(opening.config.settings.language).toBe('pt-BR');
    expect(Object.keys(opening.config.playbooks)).toEqual(['callback', 'chat', 'survey']);
    expect(opening.draft).toBeNull();
  });
});
