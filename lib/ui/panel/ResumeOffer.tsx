import { t } from '../../core/i18n';
import type { PanelView } from '../../page/assist/view';

const TIME = new Intl.DateTimeFormat('pt-BR', {
  timeZone: 'America/Sao_Paulo',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * After F5 on a new ticket (agents reload to clear the form for the next caller), or after a save SysAid
 * never took (an expired session), the call is offered, never put back by itself: the next caller must never
 * see the last one's data unasked.
 */
export function ResumeOffer(props: { view: PanelView; onResume: () => void; onDiscard: () => void }) {
  const offer = props.view.resumeOffer;
  if (!offer) return null;
  const time = TIME.format(offer.at);
  const named = offer.firstName ?? '—';
  const text = offer.notSaved
    ? t('panel.recoverText', [time, named])
    : offer.firstName
      ? t('panel.resumeTextNamed', [time, offer.firstName])
      : t('panel.resumeText', [time]);
  return (
    <section class="resume-offer" aria-labelledby="resume-offer-title">
      <h2 id="resume-offer-title">{t(offer.notSaved ? 'panel.recoverTitle' : 'panel.resumeTitle')}</h2>
      <p>{text}</p>
      <button type="button" onClick={props.onResume}>
        {t(offer.notSaved ? 'panel.recoverContinue' : 'panel.resumeContinue')}
      </button>
      <button type="button" class="link" onClick={props.onDiscard}>
        {t('panel.resumeDiscard')}
      </button>
    </section>
  );
}
