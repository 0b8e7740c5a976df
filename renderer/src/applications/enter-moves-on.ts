import type { KeyboardEvent } from 'react';
import type { ApplicationField } from '../../../shared/domain/application';

/**
 * Enter moves the cursor to the next field still to fill, as 1C and the other desk programs the
 * centres use do, and finishes once nothing is left: a walk-in is taken down without hunting for
 * fields with Tab. Tab still walks every field, the optional ones too.
 */
export function nextFieldToFill(form: HTMLFormElement, toFill: ReadonlySet<ApplicationField>, from: Element | null): HTMLInputElement | undefined {
  const empty = [...form.querySelectorAll<HTMLInputElement>('input[data-path]')].filter(
    (input) => input !== from && !input.disabled && input.value.trim() === '' && toFill.has(input.dataset.path as ApplicationField),
  );
  // The next one below the cursor; else one passed over above it.
  const below = empty.find((input) => from !== null && (from.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
  return below ?? empty[0];
}

type Handlers = { toFill(): ReadonlySet<ApplicationField>; finish(): void };

/**
 * The form's Enter: in a choice list whose option Enter just took (the list handled the key), the
 * cursor moves on once the choice has rendered; in a text field it moves on, or finishes when
 * every field to fill has a value. A text area and the buttons keep their own Enter.
 */
export function enterMovesOn(event: KeyboardEvent<HTMLFormElement>, { toFill, finish }: Handlers) {
  const target = event.target;
  if (event.key !== 'Enter' || event.nativeEvent.isComposing || !(target instanceof HTMLInputElement) || !target.dataset.path) return;
  const form = event.currentTarget;
  const chosen = event.defaultPrevented;
  event.preventDefault();
  // A choice (region, service) changes what is shown and prefilled; look after React has rendered it.
  setTimeout(() => {
    const next = nextFieldToFill(form, toFill(), target);
    if (next) next.focus();
    else if (!chosen) finish();
  }, 0);
}
