import { useRef } from 'preact/hooks';
import { t } from '../../core/i18n';

/**
 * The lead tools' place in the panel. Opening it the first time asks for their script (injected by the
 * background into this frame); later openings show them again with fresh rows.
 */
export function LeadTools(props: { open: (container: HTMLElement) => void }) {
  const container = useRef<HTMLDivElement>(null);
  return (
    <details
      class="self-test"
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open && container.current) props.open(container.current);
      }}
    >
      <summary>{t('panel.selfTestTitle')}</summary>
      <div ref={container} />
    </details>
  );
}
