// <ponte-federation>: the regional analysts' dashboard. Federated figures of one closed month,
// quarter or year, by territory or by region, as the API publishes them: every figure perturbed by
// the cell-key method, small counts and dominated sums hidden. A hidden cell is marked as hidden,
// never drawn or read as zero; the page says how disclosure control works.
import { LitElement, html, nothing } from 'lit';
import { api, errorsOf } from '../api.js';
import { t, has, number, current } from '../i18n.js';
import { lightDom } from '../components/ui.js';
import { formAlert } from '../components/form-field.js';
import '../components/chart.js';

const SUPPRESSED = 'suppressed';

const pad = (n) => String(n).padStart(2, '0');
const lastDay = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Closed periods the API publishes, newest first: the last 12 months, 8 quarters and 5 years. */
export function closedPeriods(now = new Date()) {
  const year = now.getFullYear();
  const month = now.getMonth() + 1;
  const periods = [];
  for (let i = 1; i <= 12; i++) {
    const m = ((month - i - 1 + 120) % 12) + 1;
    const y = year + Math.floor((month - i - 1) / 12);
    periods.push({ kind: 'month', label: `${y}-${pad(m)}`, from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDay(y, m))}` });
  }
  const quarter = Math.floor((month - 1) / 3); // quarters over this year: 0..3
  for (let i = 1; i <= 8; i++) {
    const q = quarter - i;
    const y = year + Math.floor(q / 4);
    const qq = ((q % 4) + 4) % 4;
    const first = qq * 3 + 1;
    periods.push({ kind: 'quarter', label: `${y}-Q${qq + 1}`, from: `${y}-${pad(first)}-01`, to: `${y}-${pad(first + 2)}-${pad(lastDay(y, first + 2))}` });
  }
  for (let i = 1; i <= 5; i++) {
    periods.push({ kind: 'year', label: `${year - i}`, from: `${year - i}-01-01`, to: `${year - i}-12-31` });
  }
  return periods;
}

class PonteFederation extends lightDom(LitElement) {
  static properties = {
    period: { state: true },
    groupBy: { state: true },
    report: { state: true },
    errors: { state: true },
  };

  constructor() {
    super();
    this.periods = closedPeriods();
    const query = new URLSearchParams(location.search);
    this.period = this.periods.find((p) => p.label === query.get('periodo')) ?? this.periods.find((p) => p.kind === 'quarter');
    this.groupBy = query.get('per') === 'regione' ? 'region' : 'tenant';
    this.errors = {};
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    this.report = null;
    this.errors = {};
    try {
      this.report = await api(`federation/reports/activity?from=${this.period.from}&to=${this.period.to}&groupBy=${this.groupBy}`);
      history.replaceState({}, '', `/regione?periodo=${this.period.label}${this.groupBy === 'region' ? '&per=regione' : ''}`);
    } catch (e) {
      this.errors = errorsOf(e);
      this.report = undefined;
    }
  }

  choose(event) {
    event.preventDefault();
    const data = new FormData(event.target);
    this.period = this.periods.find((p) => p.label === data.get('period'));
    this.groupBy = data.get('groupBy');
    this.load();
  }

  render() {
    const kinds = ['month', 'quarter', 'year'];
    return html`
      <h1>${t('federation.title')}</h1>
      <form class="row g-2 align-items-end mb-3 ponte-no-print" @submit=${(e) => this.choose(e)} aria-label=${t('federation.choose')}>
        <div class="col-sm-4">
          <label class="form-label" for="period">${t('federation.period')}</label>
          <select id="period" name="period" class="form-select">
            ${kinds.map((k) => html`<optgroup label=${t(`federation.${k}s`)}>
              ${this.periods.filter((p) => p.kind === k).map((p) => html`<option value=${p.label} ?selected=${p.label === this.period.label}>${this.periodName(p)}</option>`)}
            </optgroup>`)}
          </select>
        </div>
        <div class="col-sm-4">
          <label class="form-label" for="groupBy">${t('federation.groupBy')}</label>
          <select id="groupBy" name="groupBy" class="form-select">
            <option value="tenant" ?selected=${this.groupBy === 'tenant'}>${t('federation.byTerritory')}</option>
            <option value="region" ?selected=${this.groupBy === 'region'}>${t('federation.byRegion')}</option>
          </select>
        </div>
        <div class="col-sm-4 mb-3"><button class="btn btn-primary">${t('federation.show')}</button></div>
      </form>
      <details class="mb-4" data-disclosure>
        <summary>${t('federation.disclosure')}</summary>
        <p class="mt-2">${t('federation.disclosureText', { min: this.report?.minCount ?? '…' })}</p>
      </details>
      ${formAlert(this.errors)}
      ${this.report === null ? html`<p>${t('app.loading')}</p>` : nothing}
      ${this.report ? this.body(this.report) : nothing}`;
  }

  periodName(p) {
    if (p.kind === 'month') {
      const [y, m] = p.label.split('-').map(Number);
      return new Intl.DateTimeFormat(current() === 'it' ? 'it-IT' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
    }
    return p.kind === 'quarter' ? t('federation.quarter', { q: p.label.slice(-1), year: p.label.slice(0, 4) }) : p.label;
  }

  body(r) {
    return html`
      <p class="lead">${t('federation.shown', { period: this.periodName(this.period), n: number(r.territories) })}</p>
      ${r.tables.map((table) => this.table(table))}`;
  }

  /** A cell as published: a number, or marked hidden (never zero). */
  cell(value) {
    return value === SUPPRESSED
      ? html`<span class="badge bg-light text-dark border" data-suppressed title=${t('federation.hiddenWhy')}>${t('federation.hidden')}</span>`
      : number(value);
  }

  /** A column in words: an enum value by the catalogue (gender, type, contract, age), else as is. */
  column(c) {
    const kind = ['federation.column', 'gender', 'placementType', 'contract', 'reportGroup'].find((k) => has(`${k}.${c}`));
    return kind ? t(`${kind}.${c}`) : c;
  }

  title(table) {
    return has(`federation.table.${table.id}`) ? t(`federation.table.${table.id}`) : table.title;
  }

  table(table) {
    const title = this.title(table);
    const hasTotal = table.rows.some((r) => 'total' in r);
    // The chart draws each group's total; a hidden total is a gap, named in the tooltip.
    const values = table.rows.map((r) => (typeof r.total === 'number' ? r.total : null));
    return html`<section class="card card-bg mb-4 ponte-report-table" data-table=${table.id} aria-labelledby="h-${table.id}">
      <div class="card-body">
        <h2 class="h5" id="h-${table.id}">${title}</h2>
        ${has(`federation.table.${table.id}`) ? html`<p class="small text-muted">${table.title}</p>` : nothing}
        ${hasTotal && table.rows.length > 1 && values.some((v) => v !== null)
          ? html`<ponte-chart kind="bar" .label=${title} .labels=${table.rows.map((r) => r.group)}
              .series=${[{ label: t('federation.total'), values, notes: values.map((v) => (v === null ? t('federation.hidden') : '')) }]}></ponte-chart>`
          : nothing}
        <div class="table-responsive mt-3"><table class="table table-sm mb-0">
          <caption class="visually-hidden">${title}</caption>
          <thead><tr><th scope="col">${this.groupBy === 'region' ? t('federation.region') : t('federation.territory')}</th>
            ${table.columns.map((c) => html`<th scope="col" class="text-end">${this.column(c)}</th>`)}
            ${hasTotal ? html`<th scope="col" class="text-end">${t('federation.total')}</th>` : nothing}</tr></thead>
          <tbody>${table.rows.map((r) => html`<tr><th scope="row">${r.group}</th>
            ${r.cells.map((v) => html`<td class="text-end">${this.cell(v)}</td>`)}
            ${hasTotal ? html`<td class="text-end">${this.cell(r.total)}</td>` : nothing}</tr>`)}</tbody>
          <tfoot><tr><th scope="row">${t('federation.total')}</th>
            ${table.totals.cells.map((v) => html`<td class="text-end fw-semibold">${this.cell(v)}</td>`)}
            ${hasTotal ? html`<td class="text-end fw-semibold">${this.cell(table.totals.total)}</td>` : nothing}</tr></tfoot>
        </table></div>
      </div></section>`;
  }
}

customElements.define('ponte-federation', PonteFederation);
