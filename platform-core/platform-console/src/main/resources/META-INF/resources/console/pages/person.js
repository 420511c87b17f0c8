// <ponte-person>: a person's record; contacts and notes edited with the version last read. When
// someone else saved first (409), what was typed stays, the record is read again, and the fields
// the other person changed are named, so nothing is lost and nothing is overwritten unseen.
import { LitElement, html, nothing } from 'lit';
import { api } from '../api.js';
import { t, date } from '../i18n.js';
import { field } from '../components/form-field.js';

/** The personal fields the API replaces on update (PUT sends them all back). */
const PERSONAL = [
  'firstName', 'lastName', 'birthDate', 'gender', 'citizenship', 'municipality', 'zone', 'email',
  'phone', 'education', 'italianLevel', 'languages', 'licences', 'professions', 'employmentStatus',
  'didDate', 'difficulties', 'hasCar', 'availability', 'notes',
];
const EDITABLE = ['email', 'phone', 'notes'];

class PontePerson extends LitElement {
  static properties = {
    territory: {},
    role: {},
    personId: {},
    person: { state: true },
    errors: { state: true },
    message: { state: true },
    conflict: { state: true },
  };

  createRenderRoot() {
    return this;
  }

  constructor() {
    super();
    this.errors = {};
    this.edits = {};
  }

  updated(changed) {
    if (changed.has('personId')) this.load();
  }

  async load() {
    try {
      this.person = await api(`t/${this.territory}/candidates/${this.personId}`);
    } catch (e) {
      this.errors = { '': e.status === 404 ? t('error.notFound') : t('error.generic') };
    }
  }

  async save(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    for (const name of EDITABLE) this.edits[name] = form.get(name);
    const body = { version: this.person.version };
    for (const name of PERSONAL) {
      const value = name in this.edits ? this.edits[name] : this.person[name];
      if (value !== null && value !== undefined && value !== '') body[name] = value;
    }
    try {
      this.person = await api(`t/${this.territory}/candidates/${this.personId}`, { method: 'PUT', body });
      this.edits = {};
      this.errors = {};
      this.conflict = null;
      this.message = t('person.saved');
    } catch (e) {
      this.message = null;
      if (e.status === 409) {
        const before = this.person;
        const fresh = await api(`t/${this.territory}/candidates/${this.personId}`);
        this.conflict = PERSONAL.filter((n) => JSON.stringify(before[n]) !== JSON.stringify(fresh[n]));
        // Keep only what this user changed; the rest shows the other person's new values.
        for (const name of EDITABLE) {
          if ((this.edits[name] ?? '') === (before[name] ?? '')) delete this.edits[name];
        }
        this.person = fresh;
      } else {
        this.errors = Object.keys(e.fields ?? {}).length ? e.fields : { '': e.message };
      }
    }
  }

  render() {
    const p = this.person;
    if (!p) {
      return this.errors[''] ? html`<div class="alert alert-danger" role="alert">${this.errors['']}</div>` : html`<p>${t('app.loading')}</p>`;
    }
    const value = (name) => (name in this.edits ? this.edits[name] : p[name]);
    const writer = this.role !== 'VIEWER';
    return html`
      <h1>${p.firstName} ${p.lastName}</h1>
      <p><span class="badge bg-secondary">${t(`status.${p.status}`)}</span>
        ${t('candidates.registeredAt')} ${date(p.registeredAt)}</p>
      ${this.message ? html`<div class="alert alert-success" role="status">${this.message}</div>` : nothing}
      ${this.conflict
        ? html`<div class="alert alert-warning" role="alert">
            ${t('person.conflict')} ${this.conflict.length
              ? html`${t('person.changedFields')} ${this.conflict.map((n) => t(`field.${n}`)).join(', ')}.`
              : nothing}
          </div>`
        : nothing}
      ${this.errors[''] ? html`<div class="alert alert-danger" role="alert">${this.errors['']}</div>` : nothing}
      <h2 class="h4">${t('person.contacts')}</h2>
      ${writer
        ? html`<form novalidate @submit=${(e) => this.save(e)}>
            <div class="row">
              <div class="col-md-6">${field({ name: 'email', label: t('field.email'), type: 'email', value: value('email'), errors: this.errors })}</div>
              <div class="col-md-6">${field({ name: 'phone', label: t('field.phone'), type: 'tel', value: value('phone'), errors: this.errors })}</div>
              <div class="col-12">${field({ name: 'notes', label: t('field.notes'), value: value('notes'), errors: this.errors })}</div>
            </div>
            <button class="btn btn-primary" type="submit">${t('person.save')}</button>
          </form>`
        : html`<dl>
            <dt>${t('field.email')}</dt><dd>${p.email ?? '—'}</dd>
            <dt>${t('field.phone')}</dt><dd>${p.phone ?? '—'}</dd>
          </dl>`}`;
  }
}

customElements.define('ponte-person', PontePerson);
