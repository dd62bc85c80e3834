/** A labelled group of checkboxes editing a list of chosen values. */
export interface CheckboxOption {
  value: string;
  label: string;
}

interface Props {
  legend: string;
  options: CheckboxOption[];
  value: string[];
  onChange: (next: string[]) => void;
  empty?: string;
}

export function CheckboxGroup({ legend, options, value, onChange, empty }: Props) {
  const chosen = new Set(value);
  const toggle = (v: string, on: boolean) => onChange(options.map((o) => o.value).filter((o) => (o === v ? on : chosen.has(o))));
  return (
    <fieldset className="checkbox-group">
      <legend>{legend}</legend>
      {options.length === 0 && empty && <p className="muted">{empty}</p>}
      {options.map((o) => (
        <label key={o.value} className="inline">
          <input type="checkbox" checked={chosen.has(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} /> {o.label}
        </label>
      ))}
    </fieldset>
  );
}
