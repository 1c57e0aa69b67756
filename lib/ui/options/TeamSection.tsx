import { t } from '../../core/i18n';
import { Section } from './Section';

/** The way to the team audit page (its charts library loads only there). */
export function TeamSection() {
  return (
    <Section id="team" title={t('options.sectionTeam')} help={t('options.teamHelp')}>
      <a href="/team.html" class="button">
        {t('options.teamOpen')}
      </a>
    </Section>
  );
}
