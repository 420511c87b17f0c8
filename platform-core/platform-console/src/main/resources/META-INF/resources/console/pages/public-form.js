// <ponte-public-form>: a territory's self-registration form (/t/{tenant}/registrati), without an
// account, usable on a phone. It shows the territory's privacy notice in the chosen language and
// asks consent to it; the answer is the same receipt whether the person was new or not.
import { LitElement, html, nothing } from 'lit';
import { api, errorsOf } from '../api.js';
import { t, current } from '../i18n.js';
import { field, choice, checks, formAlert, focusFirstError, valuesOf, municipalityField } from '../components/form-field.js';
import { ENUMS, options, lightDom } from '../components/ui.js';

class PontePublicForm extends lightDom(LitElement) {
  static properties = { territory: {}, notice: { state: true }, municipalities: { state: true }, errors: { state: true }, receipt: { state: true }, saving: { state: true } };

  constructor() {
    super();
    this.errors = {};
    this.values = {};
  }

  updated(changed) {
    if (changed.has('territory')) this.load();
  }

  async load() {
    try {
      this.notice = await api(`t/${this.territory}/public/privacy-notice`, { anonymous: true });
      this.municipalities = await api(`t/${this.territory}/public/municipalities`, { anonymous: true });
    } catch (e) {
      this.errors = errorsOf(e);
    }
  }

  async submit(event) {
    event.preventDefault();
    this.values = valuesOf(event.target, ['purposes', 'difficulties']);
    const { purposes, ...person } = this.values;
    const body = { ...person, consent: { noticeVersion: this.notice?.version ?? '', purposes } };
    if (!body.difficulties.length) delete body.difficulties;
    this.saving = true;
    try {
      this.receipt = await api(`t/${this.territory}/public/registrations`, { method: 'POST', body, anonymous: true });
      this.errors = {};
      window.scrollTo(0, 0);
    } catch (e) {
      this.errors = e.status === 429 ? { '': t('public.tooMany') } : errorsOf(e);
      focusFirstError(this);
    } finally {
      this.saving = false;
    }
  }

  render() {
    const n = this.notice;
    if (!n) return this.errors[''] ? formAlert(this.errors) : html`<p>${t('app.loading')}</p>`;
    if (this.receipt) {
      return html`<h1>${t('public.thanks')}</h1>
        <div class="alert alert-success" role="status">${t('public.received', { receipt: this.receipt.receipt })}</div>
        <p>${t('public.next', { territory: n.controller })}</p>`;
    }
    const e = this.errors;
    const v = this.values;
    const text = n.text?.[current()] ?? n.text?.it ?? '';
    return html`
      <h1>${t('public.title', { territory: n.controller })}</h1>
      <p>${t('public.intro')}</p>
      ${formAlert(e)}
      <form novalidate @submit=${(ev) => this.submit(ev)}>
        <div class="row">
          <div class="col-sm-6">${field({ name: 'firstName', label: t('register.firstName'), value: v.firstName, required: true, errors: e, attrs: { maxlength: 100 } })}</div>
          <div class="col-sm-6">${field({ name: 'lastName', label: t('register.lastName'), value: v.lastName, required: true, errors: e, attrs: { maxlength: 100 } })}</div>
          <div class="col-sm-6">${field({ name: 'birthDate', label: t('register.birthDate'), type: 'date', value: v.birthDate, required: true, errors: e })}</div>
          <div class="col-sm-6">${choice({ name: 'gender', label: t('register.gender'), value: v.gender, required: true, errors: e, options: options('gender', ENUMS.gender) })}</div>
          <div class="col-sm-6">${field({ name: 'citizenship', label: t('register.citizenship'), value: v.citizenship ?? 'IT', required: true, errors: e, attrs: { maxlength: 2 } })}</div>
          <div class="col-sm-6">${municipalityField({ label: t('field.municipality'), value: v.municipality, errors: e, municipalities: this.municipalities })}</div>
          <div class="col-sm-6">${field({ name: 'email', label: t('register.email'), type: 'email', value: v.email, errors: e })}</div>
          <div class="col-sm-6">${field({ name: 'phone', label: t('register.phone'), type: 'tel', value: v.phone, errors: e })}</div>
          <div class="col-12">${checks({ name: 'difficulties', legend: t('public.difficulties'), options: options('difficulty', ENUMS.difficulty.filter((d) => d !== 'NONE')), values: v.difficulties, errors: e })}</div>
        </div>
        <h2 class="h4">${t('public.notice', { version: n.version })}</h2>
        <div class="ponte-notice border rounded p-3 mb-3" tabindex="0" role="region" aria-label=${t('public.notice', { version: n.version })}>${text}</div>
        ${checks({ name: 'purposes', legend: t('public.consent'), options: options('purpose', ENUMS.purpose), values: v.purposes ?? [], errors: { '/purposes': e['/consent/purposes'] ?? e['/consent/noticeVersion'] } })}
        <button class="btn btn-primary btn-lg w-100" type="submit" ?disabled=${this.saving}>${t('public.send')}</button>
      </form>`;
  }
}
customElements.define('ponte-public-form', PontePublicForm);
