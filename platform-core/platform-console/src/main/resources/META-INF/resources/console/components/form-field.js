// Form fields with their label and their error: the one place a field error (a problem's JSON
// Pointer) is shown on its field, announced and linked for assistive technologies.
import { html, nothing } from 'lit';

const star = (required) => (required ? html` <span aria-hidden="true">*</span>` : nothing);

function feedback(id, error) {
  return error ? html`<div id="${id}-error" class="invalid-feedback d-block" role="alert">${error}</div>` : nothing;
}

/**
 * A labelled input. `errors` maps JSON Pointers (/email) to messages; the field's own is shown
 * under it and the input points to it with aria-describedby. `id` defaults to the name (give one
 * when two forms of a page share a name).
 */
export function field({ name, label, type = 'text', value = '', required = false, errors = {}, attrs = {}, id = name, hint }) {
  const error = errors[`/${name}`];
  const described = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return html`
    <div class="mb-3">
      <label class="form-label" for=${id}>${label}${star(required)}</label>
      <input id=${id} name=${name} type=${type} class="form-control ${error ? 'is-invalid' : ''}"
          .value=${value ?? ''} ?required=${required} aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${described || nothing}
          maxlength=${attrs.maxlength ?? nothing} max=${attrs.max ?? nothing} min=${attrs.min ?? nothing}
          step=${attrs.step ?? nothing} list=${attrs.list ?? nothing}>
      ${hint ? html`<small id="${id}-hint" class="form-text">${hint}</small>` : nothing}
      ${feedback(id, error)}
    </div>`;
}

/** A labelled multi-line text. */
export function area({ name, label, value = '', errors = {}, id = name, maxlength = 4000 }) {
  const error = errors[`/${name}`];
  return html`
    <div class="mb-3">
      <label class="form-label" for=${id}>${label}</label>
      <textarea id=${id} name=${name} rows="3" class="form-control ${error ? 'is-invalid' : ''}"
          maxlength=${maxlength} aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-error` : nothing} .value=${value ?? ''}></textarea>
      ${feedback(id, error)}
    </div>`;
}

/** A labelled select of values, each shown with its label. */
export function choice({ name, label, options, value = '', required = false, errors = {}, id = name, empty = '' }) {
  const error = errors[`/${name}`];
  return html`
    <div class="mb-3">
      <label class="form-label" for=${id}>${label}${star(required)}</label>
      <select id=${id} name=${name} class="form-select ${error ? 'is-invalid' : ''}" ?required=${required}
          aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? `${id}-error` : nothing}>
        <option value="">${empty}</option>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${String(v) === String(value ?? '')}>${text}</option>`)}
      </select>
      ${feedback(id, error)}
    </div>`;
}

/** A group of checkboxes sharing a name (a set of values), with its legend and error. */
export function checks({ name, legend, options, values = [], errors = {}, id = name }) {
  const error = errors[`/${name}`];
  const chosen = new Set(values ?? []);
  return html`
    <fieldset class="mb-3" aria-describedby=${error ? `${id}-error` : nothing}>
      <legend class="form-label fs-6 fw-semibold">${legend}</legend>
      ${options.map(
        ([v, text]) => html`<div class="form-check form-check-inline">
          <input class="form-check-input" type="checkbox" id="${id}-${v}" name=${name} value=${v} ?checked=${chosen.has(v)}>
          <label class="form-check-label" for="${id}-${v}">${text}</label>
        </div>`,
      )}
      ${feedback(id, error)}
    </fieldset>`;
}

/** The message of a whole form (errors that name no field), announced. */
export function formAlert(errors) {
  return errors?.[''] ? html`<div class="alert alert-danger" role="alert">${errors['']}</div>` : nothing;
}

/** Moves focus to the first field in error, after the form has rendered. */
export async function focusFirstError(element) {
  await element.updateComplete;
  element.querySelector('[aria-invalid="true"], .alert-danger')?.focus?.();
}

/** A form's values: single values as strings, `many` names as arrays; empty strings left out. */
export function valuesOf(form, many = []) {
  const data = new FormData(form);
  const values = {};
  for (const key of new Set(data.keys())) {
    if (many.includes(key)) values[key] = data.getAll(key);
    else if (data.get(key) !== '') values[key] = data.get(key);
  }
  for (const key of many) values[key] ??= [];
  return values;
}

/** A zone of the territory: a choice among its zones, or free text when it declares none. */
/**
 * The municipality where a person lives. With the territory's ISTAT municipalities it offers them
 * as suggestions (a datalist) and says that the zone follows; without, free text.
 */
export function municipalityField({ label, value = '', errors = {}, municipalities = [], hint }) {
  if (!municipalities.length) {
    return field({ name: 'municipality', label, value, errors });
  }
  return html`
    ${field({ name: 'municipality', label, value, errors, hint, attrs: { list: 'municipality-list', maxlength: 100 } })}
    <datalist id="municipality-list">
      ${municipalities.map((m) => html`<option value=${m.name}></option>`)}
    </datalist>`;
}

/**
 * A form's change handler: when the municipality changes to one of the territory's, the zone
 * select follows it (the API refuses a zone that contradicts the municipality).
 */
export function zoneFollowsMunicipality(event, municipalities = []) {
  const input = event.target;
  if (input?.name !== 'municipality' || !input.form?.elements.zone) return;
  const wanted = input.value.trim().toLowerCase();
  const place = municipalities.find((m) => m.name.toLowerCase() === wanted || m.code === wanted);
  if (place) input.form.elements.zone.value = place.zone;
}

export function zoneField({ name = 'zone', label, value = '', errors = {}, zones = [], id = name }) {
  return zones.length
    ? choice({ name, label, value, errors, id, options: zones.map((z) => [z, z]) })
    : field({ name, label, value, errors, id });
}
