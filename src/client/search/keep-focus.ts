/**
 * Redraws a panel of form controls without losing the reader's place (WCAG 2.4.3): if focus
 * was on one of its controls, the control with the same name and value in the new panel gets
 * it back. A value that is gone passes focus to the first control of the same name, then to
 * the panel's first control, never to <body>.
 */
type Control = HTMLInputElement | HTMLSelectElement;

const CONTROLS = 'input, select';

/** What identifies a control across redraws: a select by its name, a checkbox by name and value. */
function controlKey(el: Control): string {
  return el instanceof HTMLSelectElement ? `select:${el.name}` : `${el.type}:${el.name}:${el.value}`;
}

export function replaceKeepingFocus(panel: HTMLElement, nodes: Node[]): void {
  const active = document.activeElement;
  const had = active instanceof HTMLInputElement || active instanceof HTMLSelectElement ? active : null;
  const key = had && panel.contains(had) ? controlKey(had) : null;
  const name = had?.name;
  panel.replaceChildren(...nodes);
  if (key === null) return;
  const controls = [...panel.querySelectorAll<Control>(CONTROLS)];
  const target = controls.find((c) => controlKey(c) === key) ?? controls.find((c) => c.name === name) ?? controls[0];
  target?.focus();
}
