// <ponte-schema-form>: a form generated from a JSON Schema (a plugin's configuration schema):
// objects as fieldsets, enums as choices, numbers with their range, booleans as checkboxes, arrays
// with add and remove, defaults and descriptions shown, the API's errors on their fields by JSON
// Pointer. `value` is the configuration as read; the form edits a copy, read back from `edited`.
import { LitElement, html, nothing } from 'lit';
import { t } from '../i18n.js';
import { lightDom } from './ui.js';

/** "minAge" -> "Min age", "overbookingPercent" -> "Overbooking percent": a key as words. */
export function words(key) {
  const spaced = String(key).replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1).toLowerCase();
}

/** An empty value of a schema's type, for a new array item. */
function emptyOf(schema = {}) {
  if ('default' in schema) return structuredClone(schema.default);
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {})
          .filter(([, s]) => 'default' in s || s.type === 'object')
          .map(([k, s]) => [k, emptyOf(s)]),
      );
    case 'array':
      return [];
    case 'boolean':
      return false;
    case 'integer':
    case 'number':
      return schema.minimum ?? 0;
    default:
      return schema.enum?.[0] ?? '';
  }
}

/** The JSON Pointer of a path, escaped as RFC 6901 says. */
const pointer = (path) => path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** An element id for a path (letters, digits and dashes only). */
const idOf = (path) => `cfg-${path.join('-').replace(/[^A-Za-z0-9-]/g, '_') || 'root'}`;

class PonteSchemaForm extends lightDom(LitElement) {
  static properties = { schema: {}, value: {}, errors: {}, disabled: { type: Boolean } };

  constructor() {
    super();
    this.errors = {};
  }

  willUpdate(changed) {
    // Edits happen on a copy, made once per configuration read: a page re-rendering (after an
    // error, say) hands the same object again, and what was typed stays.
    if (changed.has('value') && this.value !== this.source) {
      this.source = this.value;
      this.model = structuredClone(this.value ?? {});
    }
  }

  /** The configuration as edited. */
  get edited() {
    return this.model;
  }

  /** Sets (or, with undefined, removes) the value at a path. */
  set(path, value) {
    let node = this.model;
    for (const key of path.slice(0, -1)) node = node[key];
    const last = path[path.length - 1];
    if (value === undefined && !Array.isArray(node)) delete node[last];
    else node[last] = value;
    this.requestUpdate();
  }

  at(path) {
    return path.reduce((node, key) => node?.[key], this.model);
  }

  render() {
    return html`<div class="ponte-schema-form">${this.node(this.schema ?? {}, [], true)}</div>`;
  }

  error(path) {
    const e = this.errors?.[pointer(path)];
    return e ? html`<div id="${idOf(path)}-error" class="invalid-feedback d-block" role="alert">${e}</div>` : nothing;
  }

  hint(schema, path) {
    const parts = [];
    if (schema.description) parts.push(schema.description);
    if ('default' in schema && typeof schema.default !== 'object') {
      parts.push(t('schema.default', { value: String(schema.default) }));
    }
    if (schema.minimum !== undefined || schema.maximum !== undefined) {
      parts.push(t('schema.range', { min: schema.minimum ?? '…', max: schema.maximum ?? '…' }));
    }
    return parts.length ? html`<small id="${idOf(path)}-hint" class="form-text d-block">${parts.join(' · ')}</small>` : nothing;
  }

  described(schema, path) {
    const ids = [];
    if (this.errors?.[pointer(path)]) ids.push(`${idOf(path)}-error`);
    if (schema.description || 'default' in schema || schema.minimum !== undefined || schema.maximum !== undefined) {
      ids.push(`${idOf(path)}-hint`);
    }
    return ids.join(' ') || nothing;
  }

  label(schema, path) {
    const key = path[path.length - 1];
    if (schema.title) return schema.title;
    return typeof key === 'number' ? t('schema.item', { n: key + 1 }) : words(key ?? '');
  }

  node(schema, path, root = false) {
    const type = schema.type ?? (schema.properties ? 'object' : undefined);
    if (type === 'object' && schema.properties) return this.object(schema, path, root);
    if (type === 'object') return this.json(schema, path);
    if (type === 'array') return this.array(schema, path);
    if (type === 'boolean') return this.boolean(schema, path);
    if (schema.enum) return this.choice(schema, path);
    if (type === 'integer' || type === 'number') return this.number(schema, path, type);
    return this.text(schema, path);
  }

  object(schema, path, root) {
    const required = new Set(schema.required ?? []);
    const fields = Object.entries(schema.properties).map(([key, s]) =>
      this.node(required.has(key) ? { ...s, required: true } : s, [...path, key]),
    );
    if (root) return html`${this.error(path)}${fields}`;
    return html`<fieldset class="border rounded p-3 mb-3" aria-describedby=${this.described(schema, path)}>
      <legend class="fs-6 fw-semibold w-auto px-1">${this.label(schema, path)}</legend>
      ${this.hint(schema, path)}${this.error(path)}${fields}
    </fieldset>`;
  }

  array(schema, path) {
    const items = schema.items ?? {};
    const list = this.at(path) ?? [];
    if (items.enum) {
      // A set of values: one checkbox each.
      const chosen = new Set(list);
      return html`<fieldset class="mb-3" aria-describedby=${this.described(schema, path)}>
        <legend class="form-label fs-6 fw-semibold">${this.label(schema, path)}</legend>
        ${this.hint(schema, path)}
        ${items.enum.map((v) => {
          const id = `${idOf(path)}-${String(v).replace(/[^A-Za-z0-9-]/g, '_')}`;
          return html`<div class="form-check form-check-inline">
            <input class="form-check-input" type="checkbox" id=${id} .checked=${chosen.has(v)} ?disabled=${this.disabled}
                @change=${(e) => this.set(path, e.target.checked ? [...list, v] : list.filter((x) => x !== v))}>
            <label class="form-check-label" for=${id}>${String(v)}</label>
          </div>`;
        })}
        ${this.error(path)}
      </fieldset>`;
    }
    return html`<fieldset class="border rounded p-3 mb-3" aria-describedby=${this.described(schema, path)}>
      <legend class="fs-6 fw-semibold w-auto px-1">${this.label(schema, path)}</legend>
      ${this.hint(schema, path)}${this.error(path)}
      ${list.map((_, i) => html`<div class="d-flex gap-2 align-items-start" data-item=${pointer([...path, i])}>
        <div class="flex-grow-1">${this.node(items, [...path, i])}</div>
        <button type="button" class="btn btn-outline-danger btn-sm mt-4" ?disabled=${this.disabled}
            aria-label=${t('schema.removeItem', { what: this.label(schema, path), n: i + 1 })}
            @click=${() => this.set(path, list.filter((__, j) => j !== i))}>${t('schema.remove')}</button>
      </div>`)}
      <button type="button" class="btn btn-outline-primary btn-sm" ?disabled=${this.disabled || (schema.maxItems !== undefined && list.length >= schema.maxItems)}
          @click=${() => this.set(path, [...list, emptyOf(items)])}>${t('schema.add', { what: this.label(schema, path) })}</button>
    </fieldset>`;
  }

  boolean(schema, path) {
    const id = idOf(path);
    return html`<div class="form-check mb-3">
      <input class="form-check-input" type="checkbox" id=${id} .checked=${this.at(path) === true} ?disabled=${this.disabled}
          aria-describedby=${this.described(schema, path)} @change=${(e) => this.set(path, e.target.checked)}>
      <label class="form-check-label" for=${id}>${this.label(schema, path)}</label>
      ${this.hint(schema, path)}${this.error(path)}
    </div>`;
  }

  choice(schema, path) {
    const id = idOf(path);
    const value = this.at(path);
    const bad = Boolean(this.errors?.[pointer(path)]);
    return html`<div class="mb-3">
      <label class="form-label" for=${id}>${this.label(schema, path)}</label>
      <select id=${id} class="form-select ${bad ? 'is-invalid' : ''}" ?disabled=${this.disabled}
          aria-invalid=${bad ? 'true' : 'false'} aria-describedby=${this.described(schema, path)}
          @change=${(e) => this.set(path, schema.enum[Number(e.target.value)])}>
        ${value === undefined ? html`<option value=""></option>` : nothing}
        ${schema.enum.map((v, i) => html`<option value=${i} ?selected=${v === value}>${String(v)}</option>`)}
      </select>
      ${this.hint(schema, path)}${this.error(path)}
    </div>`;
  }

  number(schema, path, type) {
    const id = idOf(path);
    const value = this.at(path);
    const bad = Boolean(this.errors?.[pointer(path)]);
    return html`<div class="mb-3">
      <label class="form-label" for=${id}>${this.label(schema, path)}${schema.required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
      <input id=${id} type="number" class="form-control ${bad ? 'is-invalid' : ''}" .value=${value === undefined ? '' : String(value)}
          min=${schema.minimum ?? nothing} max=${schema.maximum ?? nothing} step=${type === 'integer' ? '1' : 'any'}
          ?disabled=${this.disabled} aria-invalid=${bad ? 'true' : 'false'} aria-describedby=${this.described(schema, path)}
          @input=${(e) => this.set(path, e.target.value === '' ? undefined : Number(e.target.value))}>
      ${this.hint(schema, path)}${this.error(path)}
    </div>`;
  }

  text(schema, path) {
    const id = idOf(path);
    const value = this.at(path);
    const bad = Boolean(this.errors?.[pointer(path)]);
    return html`<div class="mb-3">
      <label class="form-label" for=${id}>${this.label(schema, path)}${schema.required ? html` <span aria-hidden="true">*</span>` : nothing}</label>
      <input id=${id} type=${schema.format === 'date' ? 'date' : 'text'} class="form-control ${bad ? 'is-invalid' : ''}"
          .value=${value ?? ''} maxlength=${schema.maxLength ?? nothing} ?disabled=${this.disabled}
          aria-invalid=${bad ? 'true' : 'false'} aria-describedby=${this.described(schema, path)}
          @input=${(e) => this.set(path, e.target.value === '' ? undefined : e.target.value)}>
      ${this.hint(schema, path)}${this.error(path)}
    </div>`;
  }

  /** An object whose keys are free (a table by contract type, say): edited as JSON. */
  json(schema, path) {
    const id = idOf(path);
    const bad = Boolean(this.errors?.[pointer(path)]) || this.invalid?.has(id);
    return html`<div class="mb-3">
      <label class="form-label" for=${id}>${this.label(schema, path)}</label>
      <textarea id=${id} rows="3" class="form-control font-monospace ${bad ? 'is-invalid' : ''}" ?disabled=${this.disabled}
          aria-invalid=${bad ? 'true' : 'false'} aria-describedby=${this.described(schema, path)}
          .value=${JSON.stringify(this.at(path) ?? {}, null, 1)}
          @change=${(e) => this.parse(e.target, path, id)}></textarea>
      ${this.hint(schema, path)}${this.error(path)}
      ${this.invalid?.has(id) ? html`<div class="invalid-feedback d-block" role="alert">${t('schema.invalidJson')}</div>` : nothing}
    </div>`;
  }

  parse(textarea, path, id) {
    this.invalid ??= new Set();
    try {
      this.set(path, JSON.parse(textarea.value));
      this.invalid.delete(id);
    } catch (e) {
      this.invalid.add(id);
      this.requestUpdate();
    }
  }

  /** Whether every free-form (JSON) field parses. */
  get valid() {
    return !this.invalid?.size;
  }
}

customElements.define('ponte-schema-form', PonteSchemaForm);
