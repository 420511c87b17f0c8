// Form fields with their label and their error: the one place a field error (a problem's JSON
// Pointer) is shown on its field, announced and linked for assistive technologies.
import { html, nothing } from 'lit';

/**
 * A labelled input. `errors` maps JSON Pointers (/email) to messages; the field's own is shown
 * under it and the input points to it with aria-describedby.
 */
export function field({ name, label, type = 'text', value = '', required = false, errors = {}, attrs = {} }) {
  const error = errors[`/${name}`];
  return html`
    <div class="mb-3">
      <label class="form-label" for=${name}>${label}${required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
      <input id=${name} name=${name} type=${type} class="form-control ${error ? 'is-invalid' : ''}"
          .value=${value ?? ''} ?required=${required} aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${name}-error` : nothing}
          maxlength=${attrs.maxlength ?? nothing} max=${attrs.max ?? nothing}>
      ${error ? html`<div id="${name}-error" class="invalid-feedback d-block" role="alert">${error}</div>` : nothing}
    </div>`;
}

/** A labelled select of values, each shown with its label. */
export function choice({ name, label, options, value = '', required = false, errors = {} }) {
  const error = errors[`/${name}`];
  return html`
    <div class="mb-3">
      <label class="form-label" for=${name}>${label}${required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
      <select id=${name} name=${name} class="form-select ${error ? 'is-invalid' : ''}" ?required=${required}
          aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${name}-error` : nothing}>
        <option value=""></option>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>
      ${error ? html`<div id="${name}-error" class="invalid-feedback d-block" role="alert">${error}</div>` : nothing}
    </div>`;
}
