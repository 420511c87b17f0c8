// <ponte-companies>: the territory's companies (the Board among them), a page at a time, and the
// form to register one. <ponte-company>: a company with its personnel requests and the form to
// open one, with its requirements (each mandatory or not).
import { LitElement, html, nothing } from 'lit';
import { api, errorsOf } from '../api.js';
import { t, date, number } from '../i18n.js';
import { zoneField, field, choice, checks, formAlert, focusFirstError, valuesOf } from '../components/form-field.js';
import { territory } from '../territory.js';
import { ENUMS, options, badge, message, pager, lightDom } from '../components/ui.js';

const LIMIT = 20;

class PonteCompanies extends lightDom(LitElement) {
  static properties = { territory: {}, role: {}, page: { state: true }, errors: { state: true }, notice: { state: true }, adding: { state: true } };

  constructor() {
    super();
    this.offset = 0;
    this.errors = {};
  }

  updated(changed) {
    if (changed.has('territory')) this.load();
  }

  async load() {
    try {
      this.page = await api(`t/${this.territory}/companies?offset=${this.offset}&limit=${LIMIT}`);
    } catch (e) {
      this.errors = errorsOf(e);
    }
  }

  async add(event) {
    event.preventDefault();
    const body = valuesOf(event.target);
    try {
      const created = await api(`t/${this.territory}/companies`, { method: 'POST', body });
      this.errors = {};
      this.adding = false;
      this.notice = html`${t('company.added', { name: created.name })} <a href="/t/${this.territory}/aziende/${created.id}">${created.name}</a>`;
      this.load();
    } catch (e) {
      this.errors = errorsOf(e);
      focusFirstError(this);
    }
  }

  render() {
    const e = this.errors;
    return html`
      <div class="d-flex justify-content-between align-items-center">
        <h1>${t('company.listTitle')}</h1>
        ${this.role !== 'VIEWER' && !this.adding ? html`<button class="btn btn-primary" @click=${() => (this.adding = true)}>${t('company.add')}</button>` : nothing}
      </div>
      ${message(this.notice, 'success')}
      ${this.adding ? html`<form class="card card-body mb-4" novalidate @submit=${(ev) => this.add(ev)}>
        <h2 class="h4">${t('company.add')}</h2>
        ${formAlert(e)}
        <div class="row">
          <div class="col-md-6">${field({ name: 'name', label: t('company.name'), required: true, errors: e, attrs: { maxlength: 200 } })}</div>
          <div class="col-md-3">${field({ name: 'vatNumber', label: t('company.vatNumber'), required: true, errors: e, attrs: { maxlength: 11 } })}</div>
          <div class="col-md-3">${field({ name: 'atecoCode', label: t('company.ateco'), errors: e, hint: t('company.atecoHint') })}</div>
          <div class="col-md-3">${choice({ name: 'size', label: t('company.size'), options: options('size', ENUMS.size), errors: e })}</div>
          <div class="col-md-3">${field({ name: 'boardJoinedOn', label: t('company.boardJoinedOn'), type: 'date', errors: e })}</div>
          <div class="col-md-6">${field({ name: 'address', label: t('company.address'), errors: e })}</div>
          <div class="col-md-6">${field({ name: 'email', label: t('field.email'), type: 'email', errors: e })}</div>
          <div class="col-md-6">${field({ name: 'phone', label: t('field.phone'), type: 'tel', errors: e })}</div>
        </div>
        <div class="d-flex gap-2">
          <button class="btn btn-primary" type="submit">${t('company.save')}</button>
          <button class="btn btn-outline-secondary" type="button" @click=${() => { this.adding = false; this.errors = {}; }}>${t('app.cancel')}</button>
        </div>
      </form>` : nothing}
      ${this.adding ? nothing : formAlert(e)}
      ${this.page ? this.table() : html`<p>${t('app.loading')}</p>`}`;
  }

  table() {
    const { items, total } = this.page;
    if (!items.length) return html`<p>${t('company.none')}</p>`;
    return html`<p>${t('company.total', { total: number(total) })}</p>
      <table class="table"><caption class="visually-hidden">${t('company.listTitle')}</caption>
        <thead><tr><th scope="col">${t('company.name')}</th><th scope="col">${t('company.vatNumber')}</th><th scope="col">${t('company.board')}</th><th scope="col">${t('company.vacancies')}</th></tr></thead>
        <tbody>${items.map((c) => html`<tr>
          <td><a href="/t/${this.territory}/aziende/${c.id}">${c.name}</a></td><td>${c.vatNumber}</td>
          <td>${c.boardJoinedOn && !c.boardLeftOn ? html`<span class="badge bg-primary">${t('company.inBoard')}</span>` : '—'}</td>
          <td>${number(c.vacancyCount)}</td></tr>`)}</tbody></table>
      ${pager({ offset: this.offset, limit: LIMIT, total, label: t('company.listTitle'), move: (o) => { this.offset = o; this.load(); } })}`;
  }
}
customElements.define('ponte-companies', PonteCompanies);

class PonteCompany extends lightDom(LitElement) {
  static properties = {
    territory: {}, role: {}, companyId: {},
    company: { state: true }, vacancies: { state: true }, errors: { state: true }, notice: { state: true }, requirements: { state: true }, opening: { state: true },
  };

  constructor() {
    super();
    this.errors = {};
    this.requirements = [];
  }

  updated(changed) {
    if (changed.has('companyId')) this.load();
  }

  async load() {
    try {
      [this.company, this.vacancies] = await Promise.all([
        api(`t/${this.territory}/companies/${this.companyId}`),
        api(`t/${this.territory}/companies/${this.companyId}/vacancies`),
      ]);
    } catch (e) {
      this.errors = errorsOf(e);
    }
  }

  async open(event) {
    event.preventDefault();
    const v = valuesOf(event.target, ['shifts']);
    const body = { title: v.title, profession: v.profession, positions: Number(v.positions ?? 0), contract: v.contract, municipality: v.municipality, zone: v.zone, sector: v.sector, shifts: v.shifts };
    body.requirements = this.requirements.map((r, i) => ({ kind: r.kind, value: v[`req-value-${i}`] ?? null, mandatory: v[`req-mandatory-${i}`] === 'on' }));
    try {
      const created = await api(`t/${this.territory}/companies/${this.companyId}/vacancies`, { method: 'POST', body });
      this.errors = {};
      this.requirements = [];
      this.opening = false;
      this.notice = t('vacancy.opened', { title: created.title ?? created.profession });
      this.load();
    } catch (e) {
      // A requirement's error (/requirements/0/value) lands on that requirement's field.
      this.errors = Object.fromEntries(Object.entries(errorsOf(e)).map(([k, m]) => [k.replace(/^\/requirements\/(\d+)\/\w+$/, '/req-value-$1'), m]));
      focusFirstError(this);
    }
  }

  render() {
    const c = this.company;
    if (!c) return this.errors[''] ? message(this.errors['']) : html`<p>${t('app.loading')}</p>`;
    return html`
      <nav aria-label=${t('app.breadcrumb')}><ol class="breadcrumb">
        <li class="breadcrumb-item"><a href="/t/${this.territory}/aziende">${t('nav.companies')}</a></li>
        <li class="breadcrumb-item active" aria-current="page">${c.name}</li></ol></nav>
      <h1>${c.name}</h1>
      <dl class="row">
        <dt class="col-sm-3">${t('company.vatNumber')}</dt><dd class="col-sm-9">${c.vatNumber}</dd>
        <dt class="col-sm-3">${t('company.ateco')}</dt><dd class="col-sm-9">${c.atecoCode ?? '—'}</dd>
        <dt class="col-sm-3">${t('company.size')}</dt><dd class="col-sm-9">${c.size ? t(`size.${c.size}`) : '—'}</dd>
        <dt class="col-sm-3">${t('company.board')}</dt><dd class="col-sm-9">${c.boardJoinedOn ? `${t('company.since')} ${date(c.boardJoinedOn)}${c.boardLeftOn ? ` – ${date(c.boardLeftOn)}` : ''}` : '—'}</dd>
        <dt class="col-sm-3">${t('company.address')}</dt><dd class="col-sm-9">${c.address ?? '—'}</dd>
        <dt class="col-sm-3">${t('field.email')}</dt><dd class="col-sm-9">${c.email ?? '—'}</dd>
      </dl>
      ${message(this.notice, 'success')}
      <div class="d-flex justify-content-between align-items-center">
        <h2 class="h3">${t('company.vacancies')}</h2>
        ${this.role !== 'VIEWER' && !this.opening ? html`<button class="btn btn-primary" @click=${() => (this.opening = true)}>${t('vacancy.open')}</button>` : nothing}
      </div>
      ${this.opening ? this.form() : nothing}
      ${this.vacancies?.length ? html`<table class="table"><caption class="visually-hidden">${t('company.vacancies')}</caption>
        <thead><tr><th scope="col">${t('vacancy.title')}</th><th scope="col">${t('vacancy.positions')}</th><th scope="col">${t('vacancy.status')}</th><th scope="col">${t('vacancy.openedAt')}</th></tr></thead>
        <tbody>${this.vacancies.map((v) => html`<tr><td><a href="/t/${this.territory}/richieste/${v.id}">${v.title ?? v.profession}</a></td>
          <td>${v.positions}</td><td>${badge('vacancyStatus', v.status)}</td><td>${date(v.createdAt)}</td></tr>`)}</tbody></table>`
        : html`<p>${t('vacancy.none')}</p>`}`;
  }

  form() {
    const e = this.errors;
    return html`<form class="card card-body mb-4" novalidate @submit=${(ev) => this.open(ev)}>
      <h3 class="h4">${t('vacancy.open')}</h3>
      ${formAlert(e)}
      <div class="row">
        <div class="col-md-6">${field({ name: 'title', label: t('vacancy.title'), errors: e, attrs: { maxlength: 200 } })}</div>
        <div class="col-md-3">${field({ name: 'profession', label: t('vacancy.profession'), required: true, errors: e, hint: t('vacancy.professionHint') })}</div>
        <div class="col-md-3">${field({ name: 'positions', label: t('vacancy.positions'), type: 'number', value: '1', required: true, errors: e, attrs: { min: 1, max: 1000 } })}</div>
        <div class="col-md-3">${choice({ name: 'contract', label: t('placement.contract'), options: options('contract', ENUMS.contract), errors: e })}</div>
        <div class="col-md-3">${choice({ name: 'sector', label: t('vacancy.sector'), options: options('sector', ENUMS.sector), errors: e })}</div>
        <div class="col-md-3">${field({ name: 'municipality', label: t('vacancy.municipality'), errors: e })}</div>
        <div class="col-md-3">${zoneField({ label: t('field.zone'), errors: e, zones: territory()?.zones })}</div>
        <div class="col-12">${checks({ name: 'shifts', legend: t('vacancy.shifts'), options: options('shift', ENUMS.shift), errors: e })}</div>
      </div>
      <fieldset class="mb-3">
        <legend class="form-label fs-6 fw-semibold">${t('vacancy.requirements')}</legend>
        ${this.requirements.map((r, i) => html`<div class="row align-items-end border-bottom mb-2">
          <div class="col-md-3"><p class="mb-3">${t(`requirement.${r.kind}`)}</p></div>
          <div class="col-md-4">${r.kind === 'CAR' ? nothing : choice({
            name: `req-value-${i}`, label: t('vacancy.requirementValue'), required: true, errors: e,
            options: r.kind === 'LICENCE' ? options('licence', ENUMS.licence) : r.kind === 'ITALIAN_LEVEL' ? options('italianLevel', ENUMS.italianLevel) : options('education', ENUMS.education),
          })}</div>
          <div class="col-md-3"><div class="form-check mb-3">
            <input class="form-check-input" type="checkbox" id="req-mandatory-${i}" name="req-mandatory-${i}">
            <label class="form-check-label" for="req-mandatory-${i}">${t('vacancy.mandatory')}</label></div></div>
          <div class="col-md-2"><button type="button" class="btn btn-sm btn-outline-danger mb-3"
              @click=${() => (this.requirements = this.requirements.filter((_, j) => j !== i))}>${t('vacancy.removeRequirement')}</button></div>
        </div>`)}
        <div class="d-flex gap-2 flex-wrap">${ENUMS.requirement.map((k) => html`<button type="button" class="btn btn-sm btn-outline-primary"
            @click=${() => (this.requirements = [...this.requirements, { kind: k }])}>+ ${t(`requirement.${k}`)}</button>`)}</div>
      </fieldset>
      <div class="d-flex gap-2">
        <button class="btn btn-primary" type="submit">${t('vacancy.save')}</button>
        <button class="btn btn-outline-secondary" type="button" @click=${() => { this.opening = false; this.errors = {}; }}>${t('app.cancel')}</button>
      </div>
    </form>`;
  }
}
customElements.define('ponte-company', PonteCompany);
