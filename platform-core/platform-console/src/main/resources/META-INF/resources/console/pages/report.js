// <ponte-report>: the territory's activity report for a chosen period. Each table of the API is
// drawn as the chart that suits it - months as bars, shares as horizontal bars with numerator and
// denominator in the tooltip - with its figures in a table beside it; rankings and wide tables stay
// tables. The plugins' sections follow. The same figures download as CSV, and the page prints as a
// clean A4 report.
import { LitElement, html, nothing } from 'lit';
import { api, download, errorsOf } from '../api.js';
import { t, has, number, today, date } from '../i18n.js';
import { message, lightDom } from '../components/ui.js';
import { field, formAlert } from '../components/form-field.js';
import '../components/chart.js';

/** Columns whose values are enum values the catalogue names (column -> catalogue kind). */
const KINDS = {
  type: 'placementType',
  contract: 'contract',
  referral: 'referral',
  employability: 'employability',
  reason: 'reason',
  difficulty: 'difficulty',
  outcome: 'reportOutcome',
  measure: 'reportMeasure',
  dimension: 'reportDimension',
};

/** A `group` value's catalogue kind, by the row's `dimension`. */
const GROUPS = {
  gender: 'gender',
  education: 'education',
  italianLevel: 'italianLevel',
  licences: 'licence',
  difficulties: 'difficulty',
  nationality: 'reportGroup',
  age: 'reportGroup',
  ageBand: 'reportGroup',
};

/** The column that divides, among the two before a percentage. */
const DENOMINATOR = /^of[A-Z]|^denominator$|^withContract$|^interviewed$/;

/** A percentage table: which columns hold the share, its numerator and denominator. */
function shareOf(columns) {
  const percents = columns.filter((c) => c === 'percent');
  if (percents.length !== 1) return null;
  const at = columns.indexOf('percent');
  const [a, b] = [columns[at - 2], columns[at - 1]];
  if (a === undefined || b === undefined) return null;
  const denominator = DENOMINATOR.test(a) ? a : b;
  const numerator = denominator === a ? b : a;
  return { at, numerator: columns.indexOf(numerator), denominator: columns.indexOf(denominator) };
}

class PonteReport extends lightDom(LitElement) {
  static properties = {
    territory: {},
    from: { state: true },
    to: { state: true },
    report: { state: true },
    errors: { state: true },
    notice: { state: true },
  };

  constructor() {
    super();
    const query = new URLSearchParams(location.search);
    this.from = query.get('dal') ?? `${today().slice(0, 4)}-01-01`;
    this.to = query.get('al') ?? today();
    this.errors = {};
  }

  updated(changed) {
    if (changed.has('territory')) this.load();
  }

  get query() {
    return `from=${this.from}&to=${this.to}`;
  }

  async load() {
    this.report = null;
    this.errors = {};
    try {
      this.report = await api(`t/${this.territory}/reports/activity?${this.query}`);
      history.replaceState({}, '', `${location.pathname}?dal=${this.from}&al=${this.to}`);
    } catch (e) {
      this.errors = errorsOf(e);
      this.report = undefined;
    }
  }

  choose(event) {
    event.preventDefault();
    const data = new FormData(event.target);
    this.from = data.get('from');
    this.to = data.get('to');
    this.load();
  }

  preset(from, to) {
    this.from = from;
    this.to = to;
    this.load();
  }

  async csv() {
    try {
      await download(`t/${this.territory}/reports/activity?${this.query}`, `report-${this.territory}-${this.from}-${this.to}.csv`, 'text/csv');
      this.notice = t('report.downloaded');
    } catch (e) {
      this.errors = errorsOf(e);
    }
  }

  render() {
    const year = Number(today().slice(0, 4));
    return html`
      <h1>${t('report.title')}</h1>
      <form class="row g-2 align-items-end ponte-no-print" novalidate @submit=${(e) => this.choose(e)} aria-label=${t('report.period')}>
        <div class="col-sm-3">${field({ name: 'from', label: t('report.from'), type: 'date', value: this.from, required: true, errors: this.errors })}</div>
        <div class="col-sm-3">${field({ name: 'to', label: t('report.to'), type: 'date', value: this.to, required: true, errors: this.errors })}</div>
        <div class="col-sm-6 d-flex flex-wrap gap-2 mb-3">
          <button class="btn btn-primary">${t('report.show')}</button>
          <button type="button" class="btn btn-outline-primary" @click=${() => this.preset(`${year}-01-01`, today())}>${t('report.thisYear')}</button>
          <button type="button" class="btn btn-outline-primary" @click=${() => this.preset(`${year - 1}-01-01`, `${year - 1}-12-31`)}>${t('report.lastYear', { year: year - 1 })}</button>
        </div>
      </form>
      ${formAlert(this.errors)}
      ${message(this.notice, 'success')}
      ${this.report === null ? html`<p>${t('app.loading')}</p>` : nothing}
      ${this.report ? this.body(this.report) : nothing}`;
  }

  body(r) {
    return html`
      <p class="lead">${t('report.periodShown', { from: date(r.from), to: date(r.to) })}</p>
      <div class="d-flex gap-2 mb-4 ponte-no-print">
        <button class="btn btn-outline-primary btn-sm" @click=${() => this.csv()}>${t('report.csv')}</button>
        <button class="btn btn-outline-primary btn-sm" @click=${() => window.print()}>${t('report.print')}</button>
      </div>
      ${r.tables.map((table) => this.table(table))}
      ${r.plugins.length ? html`<h2 class="h3 mt-5">${t('report.plugins')}</h2>
        ${r.plugins.map((s) => html`<section class="card card-bg mb-4 ponte-report-table" data-section=${s.pluginId} aria-labelledby="h-plugin-${s.pluginId}">
          <div class="card-body">
            <h3 class="h5" id="h-plugin-${s.pluginId}">${s.title}</h3>
            <table class="table table-sm mb-0"><caption class="visually-hidden">${s.title}</caption>
              <thead><tr><th scope="col">${t('report.figure')}</th><th scope="col" class="text-end">${t('report.value')}</th></tr></thead>
              <tbody>${s.figures.map(([name, value]) => html`<tr><th scope="row" class="fw-normal">${name}</th><td class="text-end">${typeof value === 'number' ? number(value) : value}</td></tr>`)}</tbody>
            </table>
          </div></section>`)}` : nothing}`;
  }

  /** A table's title: the programme's words from the catalogue, else the API's definition. */
  title(table) {
    return has(`report.table.${table.id}`) ? t(`report.table.${table.id}`) : table.title;
  }

  /** A cell in words: enum values by the catalogue (a group by its row's dimension), numbers formatted. */
  label(column, value, row, columns) {
    if (value === null || value === undefined) return '—';
    const dimension = column === 'group' && row ? row[columns.indexOf('dimension')] : undefined;
    const kind = dimension ? GROUPS[dimension] : KINDS[column];
    if (kind && has(`${kind}.${value}`)) return t(`${kind}.${value}`);
    return typeof value === 'number' ? number(value) : String(value);
  }

  table(table) {
    const title = this.title(table);
    return html`<section class="card card-bg mb-4 ponte-report-table" data-table=${table.id} aria-labelledby="h-${table.id}">
      <div class="card-body">
        <h2 class="h5" id="h-${table.id}">${title}</h2>
        ${has(`report.table.${table.id}`) ? html`<p class="small text-muted">${table.title}</p>` : nothing}
        ${table.rows.length ? html`${this.chart(table, title)}${this.grid(table, title)}` : html`<p>${t('report.noRows')}</p>`}
      </div></section>`;
  }

  /** The chart that suits the table, or nothing when a table says it better. */
  chart(table, title) {
    const { columns, rows } = table;
    if (columns[0] === 'month' && columns.length === 2) {
      return html`<ponte-chart kind="bar" .label=${title} .labels=${rows.map((r) => r[0])}
          .series=${[{ label: columns[1], values: rows.map((r) => r[1]) }]}></ponte-chart>`;
    }
    const share = shareOf(columns);
    if (!share || rows.length > 24) return nothing;
    const labelled = columns.slice(0, Math.min(share.numerator, share.denominator));
    return html`<ponte-chart kind="share" .label=${title} .format=${(v) => `${number(v)}%`}
        .labels=${rows.map((r) => labelled.map((c, i) => this.label(c, r[i], r, columns)).filter((x) => x !== '—').join(' · '))}
        .series=${[{
          label: '%',
          values: rows.map((r) => r[share.at] ?? 0),
          notes: rows.map((r) => t('report.ofWhole', { part: number(r[share.numerator] ?? 0), whole: number(r[share.denominator] ?? 0) })),
        }]}></ponte-chart>`;
  }

  grid(table, title) {
    return html`<div class="table-responsive mt-3"><table class="table table-sm mb-0">
      <caption class="visually-hidden">${title}</caption>
      <thead><tr>${table.columns.map((c) => html`<th scope="col">${has(`report.column.${c}`) ? t(`report.column.${c}`) : c}</th>`)}</tr></thead>
      <tbody>${table.rows.map((row) => html`<tr>${row.map((v, i) => html`<td>${this.label(table.columns[i], v, row, table.columns)}</td>`)}</tr>`)}</tbody>
    </table></div>`;
  }
}

customElements.define('ponte-report', PonteReport);
