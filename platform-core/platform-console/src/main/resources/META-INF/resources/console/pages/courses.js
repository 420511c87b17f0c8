// <ponte-courses>: courses with their two rates (tasso di inserimento, tasso di occupazione) and
// the form to offer one. <ponte-course>: a course's enrolments, their outcomes, and enrolling.
import { LitElement, html, nothing } from 'lit';
import { api, errorsOf } from '../api.js';
import { t, date, number } from '../i18n.js';
import { field, choice, formAlert, focusFirstError, valuesOf } from '../components/form-field.js';
import { ENUMS, options, badge, message, pager, lightDom, act } from '../components/ui.js';

const LIMIT = 20;
const percent = (v) => (v === null || v === undefined ? '—' : `${number(v)}%`);

class PonteCourses extends lightDom(LitElement) {
  static properties = { territory: {}, role: {}, page: { state: true }, errors: { state: true }, adding: { state: true }, notice: { state: true } };

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
      this.page = await api(`t/${this.territory}/courses?offset=${this.offset}&limit=${LIMIT}`);
    } catch (e) {
      this.errors = errorsOf(e);
    }
  }

  async add(event) {
    event.preventDefault();
    try {
      const created = await api(`t/${this.territory}/courses`, { method: 'POST', body: valuesOf(event.target) });
      this.errors = {};
      this.adding = false;
      this.notice = t('course.added', { title: created.title });
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
        <h1>${t('course.listTitle')}</h1>
        ${this.role !== 'VIEWER' && !this.adding ? html`<button class="btn btn-primary" @click=${() => (this.adding = true)}>${t('course.add')}</button>` : nothing}
      </div>
      <p>${t('course.ratesExplained')}</p>
      ${message(this.notice, 'success')}
      ${this.adding ? html`<form class="card card-body mb-4" novalidate @submit=${(ev) => this.add(ev)}>
        ${formAlert(e)}
        <div class="row">
          <div class="col-md-6">${field({ name: 'title', label: t('course.title'), required: true, errors: e })}</div>
          <div class="col-md-3">${choice({ name: 'category', label: t('course.category'), required: true, errors: e, options: options('courseCategory', ENUMS.courseCategory) })}</div>
          <div class="col-md-3">${choice({ name: 'mode', label: t('course.mode'), errors: e, options: options('mode', ENUMS.mode) })}</div>
          <div class="col-md-6">${field({ name: 'provider', label: t('course.provider'), errors: e })}</div>
          <div class="col-md-3">${field({ name: 'startsOn', label: t('course.startsOn'), type: 'date', required: true, errors: e })}</div>
          <div class="col-md-3">${field({ name: 'endsOn', label: t('course.endsOn'), type: 'date', errors: e })}</div>
        </div>
        <div class="d-flex gap-2"><button class="btn btn-primary" type="submit">${t('course.save')}</button>
          <button class="btn btn-outline-secondary" type="button" @click=${() => { this.adding = false; this.errors = {}; }}>${t('app.cancel')}</button></div>
      </form>` : formAlert(e)}
      ${this.page ? this.table() : html`<p>${t('app.loading')}</p>`}`;
  }

  table() {
    const { items, total } = this.page;
    if (!items.length) return html`<p>${t('course.none')}</p>`;
    return html`<table class="table"><caption class="visually-hidden">${t('course.listTitle')}</caption>
      <thead><tr><th scope="col">${t('course.title')}</th><th scope="col">${t('course.category')}</th><th scope="col">${t('course.startsOn')}</th>
        <th scope="col" class="text-end">${t('course.participants')}</th><th scope="col" class="text-end">${t('course.placementRate')}</th><th scope="col" class="text-end">${t('course.employmentRate')}</th></tr></thead>
      <tbody>${items.map((c) => html`<tr><td><a href="/t/${this.territory}/corsi/${c.id}">${c.title}</a></td><td>${t(`courseCategory.${c.category}`)}</td>
        <td>${date(c.startsOn)}</td><td class="text-end">${number(c.participants)}</td><td class="text-end">${percent(c.placementRate)}</td><td class="text-end">${percent(c.employmentRate)}</td></tr>`)}</tbody></table>
      ${pager({ offset: this.offset, limit: LIMIT, total, label: t('course.listTitle'), move: (o) => { this.offset = o; this.load(); } })}`;
  }
}
customElements.define('ponte-courses', PonteCourses);

class PonteCourse extends lightDom(LitElement) {
  static properties = { territory: {}, role: {}, courseId: {}, course: { state: true }, enrolments: { state: true }, found: { state: true }, errors: { state: true }, notice: { state: true } };

  constructor() {
    super();
    this.errors = {};
  }

  get base() {
    return `t/${this.territory}/courses/${this.courseId}`;
  }

  updated(changed) {
    if (changed.has('courseId')) this.load();
  }

  async load() {
    try {
      [this.course, this.enrolments] = await Promise.all([api(this.base), api(`${this.base}/enrolments`)]);
    } catch (e) {
      this.errors = errorsOf(e);
    }
  }

  act(call, done) {
    return act(this, call, done);
  }

  async search(event) {
    event.preventDefault();
    const q = new FormData(event.target).get('q').trim();
    if (!q) return;
    this.found = (await api(`t/${this.territory}/candidates?q=${encodeURIComponent(q)}&limit=10`)).items;
  }

  render() {
    const c = this.course;
    if (!c) return this.errors[''] ? message(this.errors['']) : html`<p>${t('app.loading')}</p>`;
    const writer = this.role !== 'VIEWER';
    return html`
      <nav aria-label=${t('app.breadcrumb')}><ol class="breadcrumb">
        <li class="breadcrumb-item"><a href="/t/${this.territory}/corsi">${t('nav.courses')}</a></li>
        <li class="breadcrumb-item active" aria-current="page">${c.title}</li></ol></nav>
      <h1>${c.title}</h1>
      <p>${t(`courseCategory.${c.category}`)}${c.provider ? ` · ${c.provider}` : ''} · ${date(c.startsOn)}${c.endsOn ? ` – ${date(c.endsOn)}` : ''}</p>
      <div class="row mb-3">
        <div class="col-md-4"><div class="card card-bg"><div class="card-body"><p class="mb-0">${t('course.participants')}</p><p class="h3">${number(c.participants)}</p></div></div></div>
        <div class="col-md-4"><div class="card card-bg"><div class="card-body"><p class="mb-0">${t('course.placementRate')}</p><p class="h3">${percent(c.placementRate)}</p></div></div></div>
        <div class="col-md-4"><div class="card card-bg"><div class="card-body"><p class="mb-0">${t('course.employmentRate')}</p><p class="h3">${percent(c.employmentRate)}</p></div></div></div>
      </div>
      ${message(this.notice, 'success')}
      ${formAlert(this.errors)}
      <h2 class="h4">${t('course.enrolments')}</h2>
      ${this.enrolments?.length ? html`<table class="table"><caption class="visually-hidden">${t('course.enrolments')}</caption>
        <thead><tr><th scope="col">${t('candidates.name')}</th><th scope="col">${t('course.enrolledAt')}</th><th scope="col">${t('course.outcome')}</th><th scope="col"><span class="visually-hidden">${t('document.actions')}</span></th></tr></thead>
        <tbody>${this.enrolments.map((e) => html`<tr><td><a href="/t/${this.territory}/candidati/${e.candidateId}">${e.candidateName ?? t('person.erased')}</a></td>
          <td>${date(e.enrolledAt)}</td><td>${badge('enrolment', e.status)} ${e.completedOn ? date(e.completedOn) : nothing}</td>
          <td class="text-end">${writer && e.status === 'ENROLLED' ? html`
            <button class="btn btn-sm btn-outline-success" @click=${() => this.act(() => api(`${this.base}/enrolments/${e.candidateId}/outcome`, { method: 'POST', body: { status: 'COMPLETED' } }), t('course.completedDone'))}>${t('enrolment.COMPLETED')}</button>
            <button class="btn btn-sm btn-outline-danger" @click=${() => this.act(() => api(`${this.base}/enrolments/${e.candidateId}/outcome`, { method: 'POST', body: { status: 'WITHDRAWN' } }), t('course.withdrawnDone'))}>${t('enrolment.WITHDRAWN')}</button>` : nothing}</td></tr>`)}</tbody></table>`
        : html`<p>${t('course.noEnrolments')}</p>`}
      ${writer ? html`<form class="row g-2 align-items-end" role="search" @submit=${(e) => this.search(e)}>
        <h3 class="h5">${t('course.enrol')}</h3>
        <div class="col-md-6"><label class="form-label" for="enrol-q">${t('candidates.search')}</label>
          <input id="enrol-q" name="q" type="search" class="form-control" maxlength="100"></div>
        <div class="col-md-2"><button class="btn btn-outline-primary mb-0" type="submit">${t('candidates.searchButton')}</button></div>
      </form>
      ${this.found ? html`<ul class="list-group mt-2">${this.found.map((p) => html`<li class="list-group-item d-flex justify-content-between align-items-center">
        ${p.firstName} ${p.lastName}
        <button class="btn btn-sm btn-primary" @click=${() => this.act(() => api(`${this.base}/enrolments`, { method: 'POST', body: { candidateId: p.id } }), t('course.enrolled', { name: `${p.firstName} ${p.lastName}` }))}>${t('course.enrolButton')}</button></li>`)}</ul>` : nothing}` : nothing}`;
  }
}
customElements.define('ponte-course', PonteCourse);
