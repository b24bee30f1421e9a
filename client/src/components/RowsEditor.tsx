import type { ReactNode } from "react";

/** A row of a list being edited, with a key that stays the same while rows are added and removed. */
export type Keyed<T> = T & { key: number };

let lastKey = 0;

/** Gives each item a key that is unique in the whole page. */
export function withKeys<T extends object>(items: readonly T[]): Keyed<T>[] {
  return items.map((item) => ({ ...item, key: ++lastKey }));
}

/** The rows as the API takes them: without their keys, in the order shown. */
export function withoutKeys<T extends object>(rows: Keyed<T>[]): T[] {
  return rows.map(({ key: _key, ...item }) => item as unknown as T);
}

interface RowsEditorProps<T extends object> {
  legend: string;
  rows: Keyed<T>[];
  onChange: (rows: Keyed<T>[]) => void;
  /** A new, empty row. */
  blank: () => T;
  max: number;
  /** A problem with the list as a whole. */
  error?: string;
  emptyText: string;
  addLabel: string;
  removeLabel: string;
  /** The legend of one row, such as "Link 2". */
  rowLegend: (index: number) => string;
  /** The controls of one row; `change` updates some of its values. */
  children: (row: Keyed<T>, index: number, change: (values: Partial<T>) => void) => ReactNode;
}

/** A list of small groups of fields (links, for instance) that people add and remove. */
export function RowsEditor<T extends object>(props: RowsEditorProps<T>) {
  const { rows, onChange } = props;
  const change = (key: number, values: Partial<T>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...values } : row)));
  return (
    <fieldset className="group">
      <legend>{props.legend}</legend>
      {props.error && <p className="field-error">{props.error}</p>}
      {rows.length === 0 && <p className="muted">{props.emptyText}</p>}
      {rows.map((row, index) => (
        <fieldset key={row.key} className="row-fields">
          <legend>{props.rowLegend(index + 1)}</legend>
          {props.children(row, index, (values) => change(row.key, values))}
          <button
            type="button"
            className="button button-quiet"
            onClick={() => onChange(rows.filter((other) => other.key !== row.key))}
          >
            {props.removeLabel}
          </button>
        </fieldset>
      ))}
      {rows.length < props.max && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange([...rows, ...withKeys([props.blank()])])}
        >
          {props.addLabel}
        </button>
      )}
    </fieldset>
  );
}
