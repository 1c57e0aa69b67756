import { describe, expect, it } from 'vitest';
import { type DraftArea, evictionOrder, putMakingRoom } from '../../../lib/background/drafts/room';

/** storage.session with Chromium's rule: a write that would pass the quota is refused whole. */
function areaOf(quotaBytes: number, items: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(items));
  const size = () => [...data].reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);
  const area: DraftArea = {
    get: async () => Object.fromEntries(data),
    set: async (next) => {
      const before = new Map(data);
      for (const [k, v] of Object.entries(next)) data.set(k, v);
      if (size() > quotaBytes) {
        data.clear();
        for (const [k, v] of before) data.set(k, v);
        throw new Error('Session storage quota bytes exceeded. Values were not stored.');
      }
    },
    remove: async (keys) => {
      for (const k of keys) data.delete(k);
    },
  };
  return { area, keys: () => [...data.keys()].sort() };
}

const MB = 'x'.repeat(1_000_000);
const draft = (updatedAt: number, saved = false, text = MB) => ({
  typed: { data: { transcript: text } },
  updatedAt,
  ...(saved ? { savedAt: updatedAt } : {}),
});

describe('drafts when the browser memory for them is full', () => {
  it('the oldest saved drafts go first, then the oldest others; the ticket being written always stays', () => {
    const all = {
      'draft:a:1': draft(5, true),
      'draft:a:2': draft(1, true),
      'draft:a:novo#t1': draft(0),
      'draft:a:novo#t2': draft(3),
      'draft:a:3': draft(0),
      'draft:a:novo#unsaved': { ...draft(0), leftAt: 0, sent: { event: {}, at: 0, failed: true } },
      pageConfig: '{}',
    };
    expect(evictionOrder(all, 'draft:a:3')).toEqual([
      'draft:a:2',
      'draft:a:1',
      'draft:a:novo#t1',
      'draft:a:novo#t2',
    ]);
  });

  it('a 1 MB conversation on a full memory is kept: only as many old saved drafts as needed give way', async () => {
    const { area, keys } = areaOf(3_500_000, {
      'draft:a:1': draft(1, true),
      'draft:a:2': draft(2, true),
      'draft:a:novo#other': draft(0),
    });
    await putMakingRoom(area, 'draft:a:novo#me', draft(9));
    expect(keys()).toEqual(['draft:a:2', 'draft:a:novo#me', 'draft:a:novo#other']);
  });

  it('a draft that cannot fit even alone is refused, and nothing else is thrown away for it', async () => {
    const { area, keys } = areaOf(10 * 1024 * 1024, { 'draft:a:1': draft(1, true, 'small') });
    const huge = draft(9, false, 'y'.repeat(11 * 1024 * 1024));
    await expect(putMakingRoom(area, 'draft:a:novo#me', huge)).rejects.toThrow(/quota/);
    expect(keys()).toEqual(['draft:a:1']);
  });
});
