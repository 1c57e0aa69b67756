import type { MessageKey } from '../../core/i18n';
import { t } from '../../core/i18n';

export interface ReadState {
  bytes: number;
  total: number;
  tickets: number;
}

const megabytes = (bytes: number) =>
  (bytes / 1024 / 1024).toLocaleString('pt-BR', { maximumFractionDigits: bytes < 10 * 1024 * 1024 ? 1 : 0 });

/** How far the worker has read the export (by bytes), with Cancel: the audit and the list's export. */
export function ReadProgress(props: {
  id: string;
  state: ReadState;
  text: MessageKey;
  onCancel: () => void;
}) {
  const { state, id } = props;
  return (
    <div class="section" aria-live="polite">
      <p id={id}>
        {state.bytes === 0
          ? t('team.reading')
          : t(props.text, [
              megabytes(state.bytes),
              megabytes(state.total),
              state.tickets.toLocaleString('pt-BR'),
            ])}
      </p>
      <progress
        aria-labelledby={id}
        max={state.total || 1}
        value={state.bytes === 0 ? undefined : state.bytes}
      />{' '}
      <button type="button" onClick={props.onCancel}>
        {t('team.cancel')}
      </button>
    </div>
  );
}
