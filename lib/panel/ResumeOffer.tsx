import type { PanelView } from '../assist/view';
import { i18n } from '../i18n';

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
    ? i18n.t('recoverText', [time, named])
    : offer.firstName
      ? i18n.t('resumeTextNamed', [time, offer.firstName])
      : i18n.t('resumeText', [time]);
  return (
    <section class="resume-offer" aria-labelledby="resume-offer-title">
      <h2 id="resume-offer-title">{i18n.t(offer.notSaved ? 'recoverTitle' : 'resumeTitle')}</h2>
      <p>{text}</p>
      <button type="button" onClick={props.onResume}>
        {i18n.t(offer.notSaved ? 'recoverContinue' : 'resumeContinue')}
      </button>
      <button type="button" class="link" onClick={props.onDiscard}>
        {i18n.t('resumeDiscard')}
      </button>
    </section>
  );
}
