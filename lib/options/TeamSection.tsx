import { optionsI18n } from '../i18n/options';
import { Section } from './Section';

/** The way to the team audit page (its charts library loads only there). */
export function TeamSection() {
  return (
    <Section id="team" title={optionsI18n.t('sectionTeam')} help={optionsI18n.t('teamHelp')}>
      <a href="/team.html" class="button">
        {optionsI18n.t('teamOpen')}
      </a>
    </Section>
  );
}
