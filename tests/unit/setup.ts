import '../../lib/core/i18n/portuguese';
import '../../lib/core/i18n/english';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
