// <ponte-placement-form>: records a placement (inserimento). For a tirocinio, the region's rules
// are checked as the operator types (placements/check, nothing stored) and what they object to is
// shown before saving; saving with warnings needs a second, explicit confirmation.
import { LitElement, html, nothing } from 'lit';
import { api, errorsOf } from '../api.js';
import { t } from '../i18n.js';
import { field, choice, formAlert, focusFirstError, valuesOf } from '../components/form-field.js';
import { ENUMS, options, message, lightDom } from '../components/ui.js';

const NUMBERS = ['candidateId', 'companyId', 'vacancyId', 'previousId'];

class PontePlacementForm extends lightDom(LitElement) {
  static properties = {
    territory: {}, role: {},
    person: { state: true }, vacancy: { state: true }, companies: { state: true }, vacancies: { state: true },
    previous: { state: true }, type: { state: true }, findings: { state: true }, confirming: { state: true },
    errors: { state: true }, done: { state: true }, loaded: { state: true },
  };

  constructor() {
    super();
    this.errors = {};
    this.findings = [];
    this.type = 'HIRING';
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    const query = new URLSearchParams(location.search);
    try {
      const personId = query.get('persona');
      const vacancyId = query.get('richiesta');
      if (personId) {
        this.person = await api(`t/${this.territory}/candidates/${personId}`);
        this.previous = (await api(`t/${this.territory}/placements?candidateId=${personId}&limit=100`)).items;
      }
      if (vacancyId) this.vacancy = await api(`t/${this.territory}/vacancies/${vacancyId}`);
      else this.companies = (await api(`t/${this.territory}/companies?limit=100`)).items;
    } catch (e) {
      this.errors = errorsOf(e);
    } finally {
      // The form shows once the person, their placements and the request or the companies are
      // all here: saved earlier, it would go without the company.
      this.loaded = true;
    }
  }

  async pickCompany(id) {
    this.vacancies = id ? await api(`t/${this.territory}/companies/${id}/vacancies`) : [];
  }

  body(form) {
    const v = valuesOf(form);
    const body = { ...v };
    for (const n of NUMBERS) if (body[n] !== undefined) body[n] = Number(body[n]);
    if (this.person) body.candidateId = this.person.id;
    if (this.vacancy) {
      body.companyId = this.vacancy.companyId;
      body.vacancyId = this.vacancy.id;
    }
    return body;
  }

  /** Asks the API what the region's rules say of the placement as typed so far. */
  async check(form) {
    clearTimeout(this.timer);
    this.timer = setTimeout(async () => {
      const body = this.body(form);
      // A confirmation holds for what was checked: any change asks for it again.
      const typed = JSON.stringify(body);
      if (typed === this.checked) return;
      this.checked = typed;
      this.confirming = false;
      if (body.type !== 'TIROCINIO' || !body.startDate || !body.candidateId || !body.companyId) {
        this.findings = [];
        return;
      }
      try {
        this.findings = (await api(`t/${this.territory}/placements/check`, { method: 'POST', body })).findings;
      } catch (e) {
        this.findings = [];
      }
    }, 300);
  }

  async save(event) {
    event.preventDefault();
    const body = this.body(event.target);
    try {
      if (!this.confirming) {
        const { findings } = await api(`t/${this.territory}/placements/check`, { method: 'POST', body });
        this.findings = findings;
        this.checked = JSON.stringify(body);
        if (findings.length) {
          this.confirming = true;
          this.errors = {};
          await this.updateComplete;
          this.querySelector('#placement-warnings')?.focus();
          return;
        }
      }
      const recorded = await api(`t/${this.territory}/placements`, { method: 'POST', body });
      this.errors = {};
      this.confirming = false;
      this.done = recorded;
    } catch (e) {
      this.confirming = false;
      this.errors = errorsOf(e);
      focusFirstError(this);
    }
  }

  render() {
    const e = this.errors;
    if (this.done) {
      return html`<h1>${t('placement.new')}</h1>
        ${message(t('placement.recorded', { name: this.done.candidateName ?? '', company: this.done.companyName ?? '' }), 'success')}
        <a class="btn btn-primary" href="/t/${this.territory}/candidati/${this.done.candidateId}?scheda=placements">${t('placement.backToPerson')}</a>`;
    }
    if (!this.loaded) {
      return html`<h1>${t('placement.new')}</h1><p>${t('app.loading')}</p>`;
    }
    if (!this.person) {
      return html`<h1>${t('placement.new')}</h1>${formAlert(e)}<p>${t('placement.fromPerson')}</p>
        <a href="/t/${this.territory}/candidati">${t('nav.candidates')}</a>`;
    }
    const tirocinio = this.type === 'TIROCINIO';
    const hiring = this.type === 'HIRING';
    return html`
      <h1>${t('placement.new')}</h1>
      <p>${t('placement.for', { name: `${this.person.firstName} ${this.person.lastName}` })}</p>
      ${formAlert(e)}
      <form novalidate @submit=${(ev) => this.save(ev)} @input=${(ev) => this.check(ev.currentTarget)} @change=${(ev) => this.changed(ev)}>
        <div class="row">
          ${this.vacancy
            ? html`<div class="col-md-6"><p class="mb-3">${t('company.name')}: <strong>${this.vacancy.companyName}</strong> · ${this.vacancy.title ?? this.vacancy.profession}</p></div>`
            : html`
              <div class="col-md-6">${choice({ name: 'companyId', label: t('company.name'), required: true, errors: e, options: (this.companies ?? []).map((c) => [c.id, c.name]) })}</div>
              <div class="col-md-6">${choice({ name: 'vacancyId', label: t('vacancy.title'), errors: e, empty: t('placement.noVacancy'), options: (this.vacancies ?? []).map((v) => [v.id, v.title ?? v.profession]) })}</div>`}
          <div class="col-md-4">
            ${choice({ name: 'type', label: t('placement.type'), required: true, value: this.type, errors: e, options: options('placementType', ENUMS.placementType) })}
          </div>
          ${hiring || this.type === 'MINI_JOB' ? html`<div class="col-md-4">${choice({ name: 'contract', label: t('placement.contract'), required: hiring, errors: e, options: options('contract', ENUMS.contract) })}</div>` : nothing}
          <div class="col-md-4">${field({ name: 'startDate', label: t('placement.startDate'), type: 'date', required: true, errors: e })}</div>
          <div class="col-md-4">${field({ name: 'endDate', label: t('placement.endDate'), type: 'date', required: tirocinio, errors: e })}</div>
          <div class="col-md-4">${field({ name: 'hoursPerWeek', label: t('placement.hours'), type: 'number', errors: e, attrs: { min: 1, max: 60, step: '0.5' } })}</div>
          ${tirocinio || this.type === 'STAGE' ? html`
            <div class="col-md-4">${field({ name: 'monthlyAllowance', label: t('placement.allowance'), type: 'number', errors: e, attrs: { min: 0, step: '0.01' } })}</div>` : nothing}
          ${tirocinio ? html`<div class="col-md-4">${choice({ name: 'traineeCategory', label: t('placement.traineeCategory'), errors: e, value: 'STANDARD', options: options('traineeCategory', ENUMS.traineeCategory) })}</div>` : nothing}
          ${this.previous?.length ? html`
            <div class="col-md-6">${choice({ name: 'previousId', label: t('placement.previous'), errors: e, empty: t('placement.noPrevious'), options: this.previous.map((p) => [p.id, `${t(`placementType.${p.type}`)} · ${p.companyName} · ${p.startDate}`]) })}</div>
            <div class="col-md-6">${choice({ name: 'link', label: t('placement.link'), errors: e, options: options('link', ENUMS.link) })}</div>` : nothing}
        </div>
        <div id="placement-warnings" tabindex="-1" aria-live="polite">
          ${this.findings.length ? html`<div class="alert alert-warning">
            <p class="fw-semibold mb-1">${t('placement.warningsTitle')}</p>
            <ul class="mb-0">${this.findings.map((f) => html`<li>${t(`tirocinio.${f.code}`, f.params)}</li>`)}</ul>
          </div>` : nothing}
        </div>
        <button class="btn ${this.confirming ? 'btn-warning' : 'btn-primary'}" type="submit">
          ${this.confirming ? t('placement.saveAnyway') : t('placement.save')}</button>
      </form>`;
  }

  /** The type decides which fields the form shows; the company, which vacancies it offers. */
  changed(event) {
    if (event.target.name === 'type') this.type = event.target.value;
    if (event.target.name === 'companyId') this.pickCompany(event.target.value);
    this.check(event.currentTarget);
  }
}
customElements.define('ponte-placement-form', PontePlacementForm);
