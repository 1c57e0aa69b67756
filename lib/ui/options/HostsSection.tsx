import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { originToMatch } from '../../background/hosts-registration';
import { t } from '../../core/i18n';
import type { Settings } from '../../core/settings/schema';
import { Section } from './Section';

export function HostsSection(props: {
  settings: Settings;
  locked: boolean;
  save: (p: Partial<Settings>) => void;
}) {
  const [host, setHost] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = async (e: Event) => {
    e.preventDefault();
    let origin: string;
    try {
      const url = new URL(host.trim());
      if (!/^https?:$/.test(url.protocol)) throw new Error('protocol');
      origin = url.origin;
    } catch {
      setProblem(t('options.hostInvalid'));
      return;
    }
    // Asked at run time, in the click, so the manifest carries no broad host access.
    const granted = await browser.permissions.request({ origins: [originToMatch(origin)] });
    if (!granted) {
      setProblem(t('options.hostDenied'));
      return;
    }
    setProblem(null);
    setHost('');
    props.save({ customHosts: [...new Set([...props.settings.customHosts, origin])] });
  };
  return (
    <Section id="hosts" title={t('options.sectionHosts')} help={t('options.hostsHelp')} locked={props.locked}>
      <ul class="list">
        {props.settings.customHosts.map((h) => (
          <li key={h}>
            {h}{' '}
            <button
              type="button"
              onClick={() => props.save({ customHosts: props.settings.customHosts.filter((x) => x !== h) })}
            >
              {t('options.pauseRemove')}
            </button>
          </li>
        ))}
      </ul>
      <form class="row" onSubmit={add}>
        <input
          type="url"
          aria-label={t('options.sectionHosts')}
          placeholder="https://sysaid.exemplo.org.br"
          value={host}
          onInput={(e) => setHost(e.currentTarget.value)}
        />
        <button type="submit">{t('options.hostAdd')}</button>
      </form>
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
    </Section>
  );
}
