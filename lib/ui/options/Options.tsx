import { useEffect, useState } from 'preact/hooks';
import { type AuditEntry, auditEvictedItem, auditItem } from '../../background/audit/log';
import {
  type EffectiveSettings,
  loadSettings,
  saveSettings,
  watchEffectiveSettings,
} from '../../background/settings/store';
import { setLanguage, t } from '../../core/i18n';
import type { Settings } from '../../core/settings/schema';
import { AgentSection } from './AgentSection';
import { GuardSection } from './GuardSection';
import { HostsSection } from './HostsSection';
import { InactivitySection } from './InactivitySection';
import { MappingSection } from './MappingSection';
import { PausesSection } from './PausesSection';
import { PlaybooksSection } from './PlaybooksSection';
import { ReportSection } from './ReportSection';
import { ScopeSection } from './ScopeSection';
import { TeamSection } from './TeamSection';

/**
 * The options page as its two readers see it: what each agent sets for themselves, then what a lead or
 * IT sets for the team (where the organization's policy shows which values it locks).
 */
export function Options() {
  const [effective, setEffective] = useState<EffectiveSettings>();
  const [audit, setAudit] = useState<{ entries: AuditEntry[]; evicted: number }>({ entries: [], evicted: 0 });
  const [status, setStatus] = useState('');
  useEffect(() => {
    const reload = async () => {
      const next = await loadSettings();
      setLanguage(next.settings.language);
      document.documentElement.lang = next.settings.language;
      document.title = t('options.optionsTitle');
      setEffective(next);
      setAudit({ entries: await auditItem.getValue(), evicted: await auditEvictedItem.getValue() });
    };
    void reload();
    // A policy pushed or lifted while the page is open shows at once, locks included.
    const unwatch = watchEffectiveSettings(() => void reload());
    const unwatchAudit = auditItem.watch(() => void reload());
    return () => {
      unwatch();
      unwatchAudit();
    };
  }, []);
  if (!effective) return null;
  const { settings } = effective;
  const locked = (key: keyof Settings) => effective.locked.includes(key);
  const save = async (patch: Partial<Settings>) => {
    const free = Object.fromEntries(Object.entries(patch).filter(([k]) => !locked(k as keyof Settings)));
    await saveSettings(free);
    setStatus(t('options.saved'));
    setTimeout(() => setStatus(''), 1500);
  };
  return (
    <main>
      <h1>{t('options.optionsTitle')}</h1>
      <p role="status" class="status">
        {status}
      </p>
      {effective.problems.length > 0 && (
        <div role="alert" class="warning">
          <p>{t('options.policyProblems')}</p>
          <ul>
            {effective.problems.map((p) => {
              const said = t(p.key, p.args);
              return <li key={said}>{said}</li>;
            })}
          </ul>
        </div>
      )}
      <section aria-labelledby="part-agent" class="part">
        <h2 id="part-agent">{t('options.partAgent')}</h2>
        <p class="help">{t('options.partAgentHelp')}</p>
        <AgentSection settings={settings} locked={locked} save={save} />
        <PausesSection settings={settings} locked={locked('pauses')} save={save} />
        <InactivitySection settings={settings} locked={locked('inactivity')} save={save} />
      </section>
      <section aria-labelledby="part-lead" class="part">
        <h2 id="part-lead">{t('options.partLead')}</h2>
        <p class="help">
          {t(effective.locked.length ? 'options.partLeadHelpLocked' : 'options.partLeadHelp', [
            t('options.lockedByPolicy'),
          ])}
        </p>
        <GuardSection settings={settings} locked={locked} save={save} />
        <ScopeSection settings={settings} locked={locked} save={save} />
        <HostsSection settings={settings} locked={locked('customHosts')} save={save} />
        <MappingSection settings={settings} locked={locked('fieldMapping')} save={save} />
        <PlaybooksSection settings={settings} locked={locked('playbooks')} save={save} />
        <ReportSection entries={audit.entries} evicted={audit.evicted} />
        <TeamSection />
      </section>
    </main>
  );
}
