import { type FormEvent, type ReactNode } from "react";
import type { ApiProblem } from "../../graphql/errors";
import { fieldMessage } from "../../graphql/errors";
import { FormError } from "../FormError";
import { RequiredNote } from "../RequiredNote";
import { SubmitButton } from "../SubmitButton";
import { ElementNameField } from "./ElementNameField";
import { elementFieldNames, ElementFieldsEditor, type ElementFieldValues } from "./ElementFieldsEditor";

/** What a kind's form (project, event) takes from its page and hands on to ElementForm. */
export type KindFormProps<V extends ElementFieldValues & { name: string }> = Omit<
  ElementFormProps<V>,
  "kindFields" | "addressShown" | "children"
>;

export interface ElementFormProps<V extends ElementFieldValues & { name: string }> {
  values: V;
  onChange: (changes: Partial<V>) => void;
  onSubmit: () => void;
  busy: boolean;
  problem: ApiProblem | null;
  submitLabel: string;
  /** The kind's own fields, which the form's general error leaves to their controls. */
  kindFields: string[];
  contactsShown?: boolean;
  /** False when the kind's own controls hold the address (an event's place, next to its times). */
  addressShown?: boolean;
  /** The kind's own controls, between the name and the fields every element has. */
  children: ReactNode;
  /** After the submit button, such as a status message. */
  after?: ReactNode;
}

/** A project's or an event's form: name, the kind's own fields, then what every element has. */
export function ElementForm<V extends ElementFieldValues & { name: string }>(props: ElementFormProps<V>) {
  const { values, onChange, problem } = props;

  function submit(event: FormEvent) {
    event.preventDefault();
    props.onSubmit();
  }

  return (
    <form onSubmit={submit} aria-busy={props.busy} className="form">
      <RequiredNote />
      <FormError problem={problem} shownFields={["name", ...props.kindFields, ...elementFieldNames(values)]} />
      <ElementNameField
        value={values.name}
        onChange={(name) => onChange({ name } as Partial<V>)}
        error={fieldMessage(problem, "name")}
      />
      {props.children}
      <ElementFieldsEditor
        values={values}
        onChange={(changes) => onChange(changes as Partial<V>)}
        problem={problem}
        contactsShown={props.contactsShown}
        addressShown={props.addressShown}
      />
      <SubmitButton busy={props.busy}>{props.submitLabel}</SubmitButton>
      {props.after}
    </form>
  );
}
