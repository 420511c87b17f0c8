// <ponte-candidates>: search and filter the territory's people, a page at a time.
import { LitElement, html } from 'lit';
import { api } from '../api.js';
import { t, date, number } from '../i18n.js';
import { ENUMS, lightDom } from '../components/ui.js';
import { territory } from '../territory.js';

const STATUSES = ['REGISTERED', 'ASSESSED', 'IN_PROTOCOL', 'PLACED', 'OUT_OF_PROTOCOL', 'READMITTED'];
const LIMIT = 20;

class PonteCandidates extends lightDom(LitElement) {
  static properties = {
    territory: {},
    role: {},
    page: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    const query = new URLSearchParams(location.search);
    this.query = '';
    this.status = query.get('stato') ?? '';
    this.overdue = query.get('ritardo') === 'si';
    this.erased = query.get('cancellata') === '1';
    this.zone = '';
    this.sector = '';
    this.offset = 0;
  }

  updated(changed) {
    if (changed.has('territory')) this.load();
  }

  async load() {
    const params = new URLSearchParams({ offset: this.offset, limit: LIMIT });
    if (this.query) params.set('q', this.query);
    if (this.status) params.set('status', this.status);
    if (this.zone) params.set('zone', this.zone);
    if (this.sector) params.set('sector', this.sector);
    if (this.overdue) params.set('overdue', 'true');
    try {
      this.page = await api(`t/${this.territory}/candidates?${params}`);
      this.error = null;
    } catch (e) {
      this.error = e.status === 403 ? t('error.forbidden') : t('error.generic');
    }
  }

  search(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    this.query = form.get('q').trim();
    this.status = form.get('status');
    this.zone = (form.get('zone') ?? '').trim();
    this.sector = form.get('sector');
    this.overdue = form.get('overdue') === 'on';
    this.offset = 0;
    this.load();
  }

  move(delta) {
    this.offset = Math.max(0, this.offset + delta);
    this.load();
  }

  render() {
    return html`
      <div class="d-flex justify-content-between align-items-center">
        <h1>${t('candidates.title')}</h1>
        ${this.role === 'VIEWER'
          ? ''
          : html`<a class="btn btn-primary" href="/t/${this.territory}/candidati/nuova">${t('register.open')}</a>`}
      </div>
      ${this.erased ? html`<div class="alert alert-success" role="status">${t('privacy.erased')}</div>` : ''}
      <form class="row g-3 align-items-end mb-4" role="search" @submit=${(e) => this.search(e)}>
        <div class="col-md-4">
          <label for="q" class="form-label">${t('candidates.search')}</label>
          <input id="q" name="q" type="search" class="form-control" .value=${this.query} maxlength="100">
        </div>
        <div class="col-md-2">
          <label for="status" class="form-label">${t('candidates.status')}</label>
          <select id="status" name="status" class="form-select">
            <option value="">${t('candidates.anyStatus')}</option>
            ${STATUSES.map((s) => html`<option value=${s} ?selected=${s === this.status}>${t(`status.${s}`)}</option>`)}
          </select>
        </div>
        <div class="col-md-2">
          <label for="zone" class="form-label">${t('field.zone')}</label>
          ${territory()?.zones?.length
            ? html`<select id="zone" name="zone" class="form-select">
                <option value="">${t('candidates.anyZone')}</option>
                ${territory().zones.map((z) => html`<option value=${z} ?selected=${z === this.zone}>${z}</option>`)}
              </select>`
            : html`<input id="zone" name="zone" class="form-control" .value=${this.zone} maxlength="100">`}
        </div>
        <div class="col-md-2">
          <label for="sector" class="form-label">${t('field.sector')}</label>
          <select id="sector" name="sector" class="form-select">
            <option value="">${t('candidates.anySector')}</option>
            ${ENUMS.sector.map((s) => html`<option value=${s} ?selected=${s === this.sector}>${t(`sector.${s}`)}</option>`)}
          </select>
        </div>
        <div class="col-md-12">
          <div class="form-check">
            <input class="form-check-input" type="checkbox" id="overdue" name="overdue" ?checked=${this.overdue}>
            <label class="form-check-label" for="overdue">${t('candidates.overdue')}</label>
          </div>
        </div>
        <div class="col-md-2"><button class="btn btn-primary w-100" type="submit">${t('candidates.searchButton')}</button></div>
      </form>
      ${this.error ? html`<div class="alert alert-danger" role="alert">${this.error}</div>` : ''}
      ${this.page ? this.table() : html`<p>${t('app.loading')}</p>`}`;
  }

  table() {
    const { items, total } = this.page;
    if (items.length === 0) return html`<p>${t('candidates.empty')}</p>`;
    return html`
      <p aria-live="polite">${t('candidates.total', { total: number(total) })}</p>
      <table class="table">
        <thead><tr>
          <th scope="col">${t('candidates.name')}</th>
          <th scope="col">${t('candidates.status')}</th>
          <th scope="col">${t('field.zone')}</th>
          <th scope="col">${t('candidates.registeredAt')}</th>
        </tr></thead>
        <tbody>
          ${items.map(
            (c) => html`<tr>
              <td><a href="/t/${this.territory}/candidati/${c.id}">${c.firstName} ${c.lastName}</a></td>
              <td><span class="badge bg-secondary">${t(`status.${c.status}`)}</span>${c.firstInterviewOverdue && c.status === 'REGISTERED' ? html` <span class="badge bg-danger">${t('person.overdue')}</span>` : ''}</td>
              <td>${c.zone ?? ''}</td>
              <td>${date(c.registeredAt)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <nav class="d-flex gap-2" aria-label=${t('candidates.title')}>
        <button class="btn btn-outline-primary" ?disabled=${this.offset === 0} @click=${() => this.move(-LIMIT)}>${t('paging.previous')}</button>
        <button class="btn btn-outline-primary" ?disabled=${this.offset + LIMIT >= total} @click=${() => this.move(LIMIT)}>${t('paging.next')}</button>
      </nav>`;
  }
}

customElements.define('ponte-candidates', PonteCandidates);
