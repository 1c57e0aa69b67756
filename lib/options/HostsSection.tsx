import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { originToMatch } from '../hosts-registration';
import { optionsI18n } from '../i18n/options';
import type { Settings } from '../settings/schema';
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
      setProblem(optionsI18n.t('hostInvalid'));
      return;
    }
    // Asked at run time, in the click, so the manifest carries no broad host access.
    const granted = await browser.permissions.request({ origins: [originToMatch(origin)] });
    if (!granted) {
      setProblem(optionsI18n.t('hostDenied'));
      return;
    }
    setProblem(null);
    setHost('');
    props.save({ customHosts: [...new Set([...props.settings.customHosts, origin])] });
  };
  return (
    <Section
      id="hosts"
      title={optionsI18n.t('sectionHosts')}
      help={optionsI18n.t('hostsHelp')}
      locked={props.locked}
    >
      <ul class="list">
        {props.settings.customHosts.map((h) => (
          <li key={h}>
            {h}{' '}
            <button
              type="button"
              onClick={() => props.save({ customHosts: props.settings.customHosts.filter((x) => x !== h) })}
            >
              {optionsI18n.t('pauseRemove')}
            </button>
          </li>
        ))}
      </ul>
      <form class="row" onSubmit={add}>
        <input
          type="url"
          aria-label={optionsI18n.t('sectionHosts')}
          placeholder="https://sysaid.exemplo.org.br"
          value={host}
          onInput={(e) => setHost(e.currentTarget.value)}
        />
        <button type="submit">{optionsI18n.t('hostAdd')}</button>
      </form>
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
    </Section>
  );
}
