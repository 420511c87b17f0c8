// <ponte-register>: registers a person with the consent they give to the territory's privacy
// notice. A field error lands on its field; what was typed is kept.
import { LitElement, html, nothing } from 'lit';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { field, choice, zoneField, municipalityField, zoneFollowsMunicipality } from '../components/form-field.js';
import { territory } from '../territory.js';
import { ENUMS, options, lightDom } from '../components/ui.js';

const PURPOSES = ['PROGRAMME', 'HEALTH_DATA', 'SHARING_WITH_COMPANIES'];

class PonteRegister extends lightDom(LitElement) {
  static properties = {
    territory: {},
    notice: { state: true },
    errors: { state: true },
    message: { state: true },
    saving: { state: true },
  };

  constructor() {
    super();
    this.values = {};
    this.errors = {};
  }

  updated(changed) {
    if (changed.has('territory')) this.loadNotice();
  }

  async loadNotice() {
    this.notice = await api(`t/${this.territory}/public/privacy-notice`);
  }

  async submit(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    this.values = Object.fromEntries([...form.entries()].filter(([k]) => k !== 'purposes'));
    const purposes = form.getAll('purposes');
    const body = {};
    for (const [k, v] of Object.entries(this.values)) {
      if (v !== '') body[k] = v;
    }
    body.consent = { noticeVersion: this.notice?.version ?? '', purposes };
    this.saving = true;
    try {
      const created = await api(`t/${this.territory}/candidates`, { method: 'POST', body });
      this.errors = {};
      this.values = {};
      event.target.reset();
      this.message = t('register.done', { name: `${created.firstName} ${created.lastName}` });
      this.created = created;
    } catch (e) {
      this.errors = e.fields ?? {};
      this.message = null;
      this.created = null;
      if (Object.keys(this.errors).length === 0) this.errors = { '': e.message || t('error.generic') };
      await this.updateComplete;
      this.querySelector('[aria-invalid="true"]')?.focus();
    } finally {
      this.saving = false;
    }
  }

  render() {
    const e = this.errors;
    const v = this.values;
    return html`
      <h1>${t('register.title')}</h1>
      ${this.message ? html`<div class="alert alert-success" role="status">${this.message}
        ${this.created ? html`<a href="/t/${this.territory}/candidati/${this.created.id}">${t('register.openRecord')}</a>` : nothing}</div>` : nothing}
      ${e[''] ? html`<div class="alert alert-danger" role="alert">${e['']}</div>` : nothing}
      <form novalidate @submit=${(ev) => this.submit(ev)} @change=${(ev) => zoneFollowsMunicipality(ev, territory()?.municipalities)}>
        <div class="row">
          <div class="col-md-6">${field({ name: 'firstName', label: t('register.firstName'), value: v.firstName, required: true, errors: e, attrs: { maxlength: 100 } })}</div>
          <div class="col-md-6">${field({ name: 'lastName', label: t('register.lastName'), value: v.lastName, required: true, errors: e, attrs: { maxlength: 100 } })}</div>
          <div class="col-md-4">${field({ name: 'birthDate', label: t('register.birthDate'), type: 'date', value: v.birthDate, required: true, errors: e })}</div>
          <div class="col-md-4">${choice({ name: 'gender', label: t('register.gender'), required: true, value: v.gender, errors: e, options: ['FEMALE', 'MALE', 'OTHER'].map((g) => [g, t(`gender.${g}`)]) })}</div>
          <div class="col-md-4">${field({ name: 'citizenship', label: t('register.citizenship'), value: v.citizenship ?? 'IT', required: true, errors: e, attrs: { maxlength: 2 } })}</div>
          <div class="col-md-6">${municipalityField({ label: t('field.municipality'), value: v.municipality, errors: e, municipalities: territory()?.municipalities, hint: t('field.municipalityHint') })}</div>
          <div class="col-md-6">${zoneField({ label: t('field.zone'), value: v.zone, errors: e, zones: territory()?.zones })}</div>
          <div class="col-md-6">${choice({ name: 'referral', label: t('field.referral'), value: v.referral, errors: e, options: options('referral', ENUMS.referral) })}</div>
          <div class="col-md-6">${choice({ name: 'referralPartner', label: t('field.referralPartner'), value: v.referralPartner, errors: e, empty: t('person.noPartner'), options: (territory()?.partners ?? []).map((x) => [x, x]) })}</div>
          <div class="col-md-6">${field({ name: 'email', label: t('register.email'), type: 'email', value: v.email, errors: e })}</div>
          <div class="col-md-6">${field({ name: 'phone', label: t('register.phone'), type: 'tel', value: v.phone, errors: e })}</div>
        </div>
        <fieldset class="mb-3">
          <legend class="h5">${t('register.consent', { version: this.notice?.version ?? '' })}</legend>
          ${PURPOSES.map(
            (p) => html`<div class="form-check">
              <input class="form-check-input" type="checkbox" id="purpose-${p}" name="purposes" value=${p}
                  ?checked=${p === 'PROGRAMME'}>
              <label class="form-check-label" for="purpose-${p}">${t(`purpose.${p}`)}</label>
            </div>`,
          )}
          ${e['/consent/purposes'] || e['/difficulties']
            ? html`<div class="invalid-feedback d-block" role="alert">${e['/consent/purposes'] || e['/difficulties']}</div>`
            : nothing}
        </fieldset>
        <button class="btn btn-primary" type="submit" ?disabled=${this.saving}>${t('register.save')}</button>
      </form>`;
  }
}

customElements.define('ponte-register', PonteRegister);
