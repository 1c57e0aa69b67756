import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FIELD_LABELS } from '../../../lib/procedures/vocabulary';
import { configForPages } from '../../../lib/settings/page-config';
import { resetPolicyMemory } from '../../../lib/settings/store';
import { FIELD_CAPTIONS, FIELD_NAMES } from '../../../lib/sysaid/selectors';

describe("the ticket page's field tables", () => {
  it('are, once the config is read, the ones the extension keeps (labels, captions, SysAid names)', async () => {
    resetPolicyMemory();
    await fakeBrowser.storage.local.set({ policyCache: {} });
    // As a page gets it: through storage (JSON), not the background's own objects.
    const config = JSON.parse(JSON.stringify(await configForPages()));
    // The modules as the content script is built with them (wxt.config.ts aliases).
    vi.resetModules();
    vi.doMock(
      '../../../lib/procedures/field-labels',
      () => import('../../../lib/procedures/field-labels-page'),
    );
    const page = await import('../../../lib/sysaid/field-captions-page');
    const labels = await import('../../../lib/procedures/field-labels-page');
    expect(labels.FIELD_LABELS).toEqual({});
    page.useFieldTables(config.fields);
    expect(labels.FIELD_LABELS).toEqual(FIELD_LABELS);
    expect(page.FIELD_CAPTIONS).toEqual(FIELD_CAPTIONS);
    expect(page.FIELD_NAMES).toEqual(FIELD_NAMES);
    vi.doUnmock('../../../lib/procedures/field-labels');
  });
});
