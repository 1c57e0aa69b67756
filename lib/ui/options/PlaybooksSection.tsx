import { useState } from 'preact/hooks';
import { t } from '../../core/i18n';
import {
  exportPlaybooks,
  type ImportProblem,
  importPlaybooks,
  resolvePlaybooks,
} from '../../core/procedures/io';
import { CHANNELS } from '../../core/procedures/vocabulary';
import type { Settings } from '../../core/settings/schema';
import { download } from '../panel/download';
import { Section } from './Section';

export function PlaybooksSection(props: {
  settings: Settings;
  locked: boolean;
  save: (p: Partial<Settings>) => void;
}) {
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [done, setDone] = useState(false);
  const load = async (file: File | undefined) => {
    if (!file) return;
    const result = importPlaybooks(await file.text());
    setDone(result.ok);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems([]);
    props.save({ playbooks: { ...props.settings.playbooks, ...result.playbooks } });
  };
  return (
    <Section
      id="playbooks"
      title={t('options.sectionPlaybooks')}
      help={t('options.playbooksHelp')}
      locked={props.locked}
    >
      <div class="row">
        <button
          type="button"
          onClick={() =>
            download(
              'procedimentos-assefaz.json',
              exportPlaybooks(resolvePlaybooks(props.settings.playbooks)),
              'application/json',
            )
          }
        >
          {t('options.playbooksExport')}
        </button>
        <label class="button">
          {t('options.playbooksImport')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => void load(e.currentTarget.files?.[0])}
          />
        </label>
        <button type="button" onClick={() => props.save({ playbooks: {} })}>
          {t('options.playbooksReset')}
        </button>
      </div>
      {props.locked && <PolicyPlaybooks playbooks={props.settings.playbooks} />}
      {done && <p role="status">{t('options.playbooksImported')}</p>}
      {problems.length > 0 && (
        <div role="alert" class="problem">
          <p>{t('options.playbooksRejected')}</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.path}-${p.message}`}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Section>
  );
}

/** Which procedures the organization's policy put in force: never a lock over nothing without saying so. */
function PolicyPlaybooks(props: { playbooks: Settings['playbooks'] }) {
  const pushed = CHANNELS.flatMap((c) => {
    const playbook = props.playbooks[c];
    return playbook ? [`${playbook.label} (v${playbook.version})`] : [];
  });
  return (
    <p class={pushed.length ? 'help' : 'warning'}>
      {pushed.length
        ? t('settings.playbooksFromPolicy', [pushed.join(', ')])
        : t('settings.playbooksNoneFromPolicy')}
    </p>
  );
}
