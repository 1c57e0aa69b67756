import { describe, expect, it } from 'vitest';
import { type Life, phases } from '../../../../lib/page/assist/phases/sequence';

/*
 * The content script's phases with fake ones: what a page that loses its extension (update, reload,
 * disable) must be left with. `log` is what the fake phases did, in order.
 */

/** A content script's life that a test ends: `invalidate()` is the extension going away. */
function fakeLife() {
  const controller = new AbortController();
  const life: Life & { invalidate(): void } = {
    signal: controller.signal,
    get isInvalid() {
      return controller.signal.aborted;
    },
    invalidate: () => controller.abort(),
  };
  return life;
}

/** A phase that stands up a listener on `target` and takes it down with its teardown. */
function listening(target: EventTarget, log: string[], name: string) {
  const heard = () => log.push(`${name} heard`);
  target.addEventListener('ping', heard);
  return () => {
    target.removeEventListener('ping', heard);
    log.push(`${name} down`);
  };
}

describe('the content script phases', () => {
  it('run in order, each with what the ones before it handed on, and come down in reverse when the extension goes', async () => {
    const life = fakeLife();
    const log: string[] = [];
    const stood = await phases(life)
      .next(() => {
        log.push('guard');
        return { ticket: 'SR-1', teardown: () => log.push('guard down') };
      })
      .next(async ({ ticket }) => {
        log.push(`config for ${ticket}`);
        return { language: 'pt-BR', teardown: () => log.push('config down') };
      })
      .next(({ ticket, language }) => {
        log.push(`panel for ${ticket} in ${language}`);
        return { teardown: () => log.push('panel down') };
      })
      .run();
    expect(stood).toBe(true);
    expect(log).toEqual(['guard', 'config for SR-1', 'panel for SR-1 in pt-BR']);
    life.invalidate();
    expect(log.slice(3)).toEqual(['panel down', 'config down', 'guard down']);
    // Each is taken down once.
    life.invalidate();
    expect(log).toHaveLength(6);
  });

  it('a phase that returns at once runs at once: the gate stands before the page runs anything', () => {
    const log: string[] = [];
    void phases(fakeLife())
      .next(() => {
        log.push('guard');
        return {};
      })
      .next(() => {
        log.push('sync too');
        return {};
      })
      .run();
    expect(log).toEqual(['guard', 'sync too']);
  });

  it('a phase that stops (not a ticket page, no form) ends the sequence; those before it stand until the extension goes', async () => {
    const life = fakeLife();
    const page = new EventTarget();
    const log: string[] = [];
    const stood = await phases(life)
      .next(() => ({ teardown: listening(page, log, 'guard') }))
      .next(async () => undefined)
      .next(() => {
        log.push('never');
        return {};
      })
      .run();
    expect(stood).toBe(false);
    page.dispatchEvent(new Event('ping'));
    expect(log).toEqual(['guard heard']);
    life.invalidate();
    page.dispatchEvent(new Event('ping'));
    expect(log).toEqual(['guard heard', 'guard down']);
  });

  it('a phase that fails ends the sequence, and every listener goes with the extension', async () => {
    const life = fakeLife();
    const page = new EventTarget();
    const log: string[] = [];
    const run = phases(life)
      .next(() => ({ teardown: listening(page, log, 'guard') }))
      .next(() => ({ teardown: listening(page, log, 'session') }))
      .next(async () => {
        throw new Error('the panel broke');
      })
      .next(() => {
        log.push('never');
        return {};
      })
      .run();
    await expect(run).rejects.toThrow('the panel broke');
    life.invalidate();
    page.dispatchEvent(new Event('ping'));
    expect(log).toEqual(['session down', 'guard down']);
  });

  it('a phase that finishes after its page went away is taken down at once, and nothing after it runs', async () => {
    const life = fakeLife();
    const page = new EventTarget();
    const log: string[] = [];
    const stood = await phases(life)
      .next(() => ({ teardown: listening(page, log, 'guard') }))
      .next(async () => {
        // The extension is updated while the config is read.
        life.invalidate();
        return { teardown: listening(page, log, 'config') };
      })
      .next(() => {
        log.push('never');
        return {};
      })
      .run();
    expect(stood).toBe(false);
    page.dispatchEvent(new Event('ping'));
    expect(log).toEqual(['guard down', 'config down']);
  });

  it('a teardown that throws does not keep the ones before it standing', async () => {
    const life = fakeLife();
    const page = new EventTarget();
    const log: string[] = [];
    await phases(life)
      .next(() => ({ teardown: listening(page, log, 'guard') }))
      .next(() => ({
        teardown: () => {
          throw new Error('unmount failed');
        },
      }))
      .run();
    // The error goes where any listener's would (the page's console); the gate below it still comes down.
    const reported: unknown[] = [];
    const report = (event: ErrorEvent) => {
      reported.push(event.error);
      event.preventDefault();
    };
    window.addEventListener('error', report);
    try {
      life.invalidate();
    } catch (error) {
      reported.push(error);
    } finally {
      window.removeEventListener('error', report);
    }
    expect(String(reported)).toContain('unmount failed');
    page.dispatchEvent(new Event('ping'));
    expect(log).toEqual(['guard down']);
  });
});
