import type { SettingKey } from '../../core/settings/schema';
import { LockNote, lockedControl } from './Locked';

/** One setting chosen among a few: a radio group named by its legend, locked as a whole by the policy. */
export function Choices<T extends string>(props: {
  setting: SettingKey;
  legend: string;
  help?: string;
  options: ReadonlyArray<readonly [T, string]>;
  value: T;
  locked: boolean;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset class="choices" {...lockedControl(props.locked, props.setting)}>
      <legend>{props.legend}</legend>
      {props.locked && <LockNote for={props.setting} />}
      {props.help && <p class="help">{props.help}</p>}
      {props.options.map(([value, label]) => (
        <label key={value} class="radio">
          <input
            type="radio"
            name={props.setting}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}
