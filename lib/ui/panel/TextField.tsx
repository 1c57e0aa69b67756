import type { Ref } from 'preact';
import { useId, useState } from 'preact/hooks';
import { say } from '../../core/i18n';
import type { Text } from '../../core/i18n/text';
import { caretAfterMask } from './caret';

/**
 * A labelled text box. `mask` shapes the value as typed; `problem` is shown once the agent leaves
 * the box (not while they are still typing), linked to the input for screen readers.
 */
export function TextField(props: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  mask?: (value: string) => string;
  problem?: (value: string) => Text | null;
  placeholder?: string;
  inputMode?: 'numeric' | 'text';
  multiline?: boolean;
  help?: string;
  inputRef?: Ref<HTMLInputElement | HTMLTextAreaElement>;
}) {
  const id = useId();
  const [touched, setTouched] = useState(false);
  const problem = touched && props.value ? props.problem?.(props.value) : null;
  const describedBy = [problem ? `${id}-problem` : '', props.help ? `${id}-help` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value: props.value,
    placeholder: props.placeholder,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy || undefined,
    onBlur: () => setTouched(true),
    onInput: (e: Event) => {
      const input = e.currentTarget as HTMLInputElement;
      const raw = input.value;
      const next = props.mask ? props.mask(raw) : raw;
      if (next !== raw) {
        const caret = caretAfterMask(raw, input.selectionStart ?? raw.length, next);
        input.value = next;
        input.setSelectionRange(caret, caret);
      }
      props.onInput(next);
    },
  };
  return (
    <div class={problem ? 'field invalid' : 'field'}>
      <label for={id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} ref={props.inputRef as Ref<HTMLTextAreaElement>} rows={5} spellcheck={false} />
      ) : (
        <input
          {...common}
          ref={props.inputRef as Ref<HTMLInputElement>}
          type="text"
          inputMode={props.inputMode}
        />
      )}
      {props.help && (
        <div class="help" id={`${id}-help`}>
          {props.help}
        </div>
      )}
      {problem && (
        <div class="problem" id={`${id}-problem`}>
          ⚠ {say(problem)}
        </div>
      )}
    </div>
  );
}
