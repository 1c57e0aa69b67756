import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { configForPages } from '../../../lib/background/settings/page-config';
import { resetPolicyMemory } from '../../../lib/background/settings/store';
import { FIELD_LABELS } from '../../../lib/core/procedures/vocabulary';
import { FIELD_CAPTIONS, FIELD_NAMES } from '../../../lib/core/sysaid/selectors';

describe("the ticket page's field tables", () => {
  it('are, once the config is read, the ones the extension keeps (labels, captions, SysAid names)', async () => {
    resetPolicyMemory();
    await fakeBrowser.storage.local.set({ policyCache: {} });
    // As a page gets it: through storage (JSON), not the background's own objects.
    const config = JSON.parse(JSON.stringify(await configForPages()));
    // The modules as the content script is built with them (wxt.config.ts aliases).
    vi.resetModules();
    vi.doMock(
      '../../../lib/core/procedures/field-labels',
      () => import('../../../lib/core/procedures/field-labels-page'),
    );
    const page = await import('../../../lib/page/sysaid/field-captions-page');
    const labels = await import('../../../lib/core/procedures/field-labels-page');
    expect(labels.FIELD_LABELS).toEqual({});
    page.useFieldTables(config.fields);
    expect(labels.FIELD_LABELS).toEqual(FIELD_LABELS);
    expect(page.FIELD_CAPTIONS).toEqual(FIELD_CAPTIONS);
    expect(page.FIELD_NAMES).toEqual(FIELD_NAMES);
    vi.doUnmock('../../../lib/core/procedures/field-labels');
  });
});
