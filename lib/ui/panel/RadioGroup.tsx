import { useId } from 'preact/hooks';

interface RadioOption<T extends string> {
  value: T;
  label: string;
}

/** A native radio group with an accessible name: reachable as role "radiogroup" by its legend. */
export function RadioGroup<T extends string>(props: {
  name: string;
  legend: string;
  options: RadioOption<T>[];
  value?: T;
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div class="group" role="radiogroup" aria-labelledby={`${id}-legend`}>
      <div class="legend" id={`${id}-legend`}>
        {props.legend}
      </div>
      <div class="options">
        {props.options.map((o) => (
          <label key={o.value} class={o.value === props.value ? 'option selected' : 'option'}>
            <input
              type="radio"
              name={`${id}-${props.name}`}
              value={o.value}
              checked={o.value === props.value}
              onChange={() => props.onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
