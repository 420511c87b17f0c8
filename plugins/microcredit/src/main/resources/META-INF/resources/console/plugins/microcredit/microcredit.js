// <ponte-mc-microcredit>: the microcredit pages of a territory, contributed by the plugin. The
// funds with their position (balance, leverage, capacity, exposure, free capacity), the portfolio
// at risk, the loans through their lifecycle; a loan's page with the step its state allows, the
// repayment schedule, the repayments and arrears; a new application. Only this plugin's endpoints.
import { LitElement, html, nothing } from 'lit';
import { api, errorsOf } from '/console/api.js';
import { t, date, euro, number, today } from '/console/i18n.js';
import { message, act, lightDom } from '/console/components/ui.js';
import { field, area, choice, formAlert, focusFirstError, valuesOf } from '/console/components/form-field.js';

const STATUSES = ['APPLIED', 'EVALUATED', 'REFUSED', 'APPROVED', 'DISBURSING', 'DISBURSED', 'REPAID', 'DEFAULTED'];
const TONE = { APPLIED: 'secondary', EVALUATED: 'info', REFUSED: 'dark', APPROVED: 'primary', DISBURSING: 'primary', DISBURSED: 'success', REPAID: 'success', DEFAULTED: 'danger' };
const status = (s) => html`<span class="badge bg-${TONE[s] ?? 'secondary'}" data-status=${s}>${t(`mc.status.${s}`)}</span>`;

class PonteMicrocredit extends lightDom(LitElement) {
  static properties = {
    territory: {},
    role: {},
    rest: {},
    data: { state: true },
    errors: { state: true },
    notice: { state: true },
    filter: { state: true },
  };

  constructor() {
    super();
    this.errors = {};
    this.filter = '';
  }

  get base() {
    return `t/${this.territory}/plugins/microcredit`;
  }

  get loanId() {
    return /^prestiti\/(\d+)$/.exec(this.rest ?? '')?.[1];
  }

  get writer() {
    return this.role !== 'VIEWER';
  }

  updated(changed) {
    if (changed.has('territory') || changed.has('rest')) {
      this.notice = null;
      this.errors = {};
      this.data = null;
      this.load();
    }
  }

  async load() {
    try {
      if (this.loanId) {
        const url = `${this.base}/loans/${this.loanId}`;
        const [loan, schedule, repayments, funds] = await Promise.all([
          api(url), api(`${url}/schedule`), api(`${url}/repayments`), api(`${this.base}/funds`),
        ]);
        this.data = { loan, schedule, repayments, fund: funds.find((f) => f.id === loan.fundId) };
      } else if (this.rest === 'nuovo') {
        const [funds, products] = await Promise.all([api(`${this.base}/funds`), api(`${this.base}/products`)]);
        this.data = { funds, products, form: true };
      } else {
        const [funds, loans, sections] = await Promise.all([
          api(`${this.base}/funds`),
          api(`${this.base}/loans${this.filter ? `?status=${this.filter}` : ''}`),
          api(`t/${this.territory}/reports/plugin-sections`),
        ]);
        const figures = Object.fromEntries(sections.find((s) => s.pluginId === 'microcredit')?.figures ?? []);
        this.data = { funds, loans, figures };
      }
    } catch (e) {
      this.errors = errorsOf(e);
      this.data = {};
    }
  }

  render() {
    return html`${message(this.notice, 'success')}${!this.data ? html`<h1>${t('mc.title')}</h1><p>${t('app.loading')}</p>`
      : this.data.loan ? this.loanView()
      : this.data.form ? this.applicationForm()
      : this.overview()}`;
  }

  // ---- Funds and loans ----

  overview() {
    const { funds = [], loans = [], figures = {} } = this.data;
    const par = Object.keys(figures).find((k) => /^PAR\d+ %$/.test(k));
    return html`
      <div class="d-flex justify-content-between align-items-center">
        <h1>${t('mc.title')}</h1>
        ${this.writer ? html`<a class="btn btn-primary" href="/t/${this.territory}/microcredit/nuovo">${t('mc.newApplication')}</a>` : nothing}
      </div>
      ${formAlert(this.errors)}
      <section aria-labelledby="h-funds">
        <h2 class="h4" id="h-funds">${t('mc.funds')}</h2>
        ${par ? html`<p data-par>${t('mc.par', { label: par.replace(' %', ''), percent: number(figures[par]), outstanding: euro(figures['outstanding principal EUR'] ?? 0) })}</p>` : nothing}
        <div class="row g-3">${funds.map((f) => html`<div class="col-md-6" data-fund=${f.id}><div class="card card-bg h-100"><div class="card-body">
          <h3 class="card-title h5">${f.name}</h3>
          <p class="mb-2">${f.bank} · ${t('mc.leverage', { leverage: number(f.leverage), coverage: number(f.coveragePercent) })}</p>
          <dl class="row mb-0">
            <dt class="col-7">${t('mc.balance')}</dt><dd class="col-5 text-end">${euro(f.balance)}</dd>
            <dt class="col-7">${t('mc.capacity')}</dt><dd class="col-5 text-end">${euro(f.capacity)}</dd>
            <dt class="col-7">${t('mc.exposure')}</dt><dd class="col-5 text-end">${euro(f.exposure)}</dd>
            <dt class="col-7">${t('mc.freeCapacity')}</dt><dd class="col-5 text-end fw-semibold" data-free>${euro(f.freeCapacity)}</dd>
          </dl>
          <div class="progress mt-2" role="progressbar" aria-label=${t('mc.used')} aria-valuemin="0" aria-valuemax="100"
              aria-valuenow=${f.capacity > 0 ? Math.round((f.exposure / f.capacity) * 100) : 0}>
            <div class="progress-bar ponte-w-${f.capacity > 0 ? Math.min(100, Math.round((f.exposure / f.capacity) * 10) * 10) : 0}"></div>
          </div>
        </div></div></div>`)}</div>
        ${funds.length ? nothing : html`<p>${t('mc.noFunds')}</p>`}
      </section>
      <section aria-labelledby="h-loans" class="mt-4">
        <h2 class="h4" id="h-loans">${t('mc.loans')}</h2>
        <form class="row g-2 align-items-end mb-3" role="search" @submit=${(e) => { e.preventDefault(); this.filter = new FormData(e.target).get('status'); this.load(); }}>
          <div class="col-sm-4">${choice({ name: 'status', label: t('mc.state'), value: this.filter, empty: t('mc.anyState'), options: STATUSES.map((s) => [s, t(`mc.status.${s}`)]) })}</div>
          <div class="col-sm-2 mb-3"><button class="btn btn-outline-primary">${t('mc.filter')}</button></div>
        </form>
        ${loans.length ? html`<div class="table-responsive"><table class="table">
          <caption class="visually-hidden">${t('mc.loans')}</caption>
          <thead><tr><th scope="col">${t('mc.borrower')}</th><th scope="col">${t('mc.product')}</th><th scope="col" class="text-end">${t('mc.amount')}</th>
            <th scope="col">${t('mc.state')}</th><th scope="col" class="text-end">${t('mc.outstanding')}</th><th scope="col" class="text-end">${t('mc.arrears')}</th></tr></thead>
          <tbody>${loans.map((l) => html`<tr data-loan=${l.id}>
            <td><a href="/t/${this.territory}/microcredit/prestiti/${l.id}">${this.borrower(l)}</a></td><td>${l.product}</td>
            <td class="text-end">${euro(l.amount)}</td><td>${status(l.status)}</td><td class="text-end">${euro(l.outstanding)}</td>
            <td class="text-end">${l.daysInArrears > 0 ? html`<span class="badge bg-warning">${t('mc.days', { days: l.daysInArrears })}</span>` : '—'}</td>
          </tr>`)}</tbody></table></div>` : html`<p>${t('mc.noLoans')}</p>`}
      </section>`;
  }

  borrower(l) {
    return l.organisation ?? (l.candidateId ? t('mc.person', { id: l.candidateId }) : t('mc.erased'));
  }

  // ---- A new application ----

  applicationForm() {
    const { funds, products } = this.data;
    const e = this.errors;
    return html`
      <h1>${t('mc.newApplication')}</h1>
      <form novalidate @submit=${(ev) => this.apply(ev)} class="row g-2">
        ${formAlert(e)}
        <div class="col-md-6">${choice({ name: 'fundId', label: t('mc.fund'), required: true, errors: e, value: funds[0]?.id, options: funds.map((f) => [f.id, `${f.name} (${t('mc.free', { amount: euro(f.freeCapacity) })})`]) })}</div>
        <div class="col-md-6">${choice({ name: 'product', label: t('mc.product'), required: true, errors: e, value: 'BUSINESS', options: products.map((p) => [p.code, p.name]) })}</div>
        <div class="col-md-6">${field({ name: 'organisation', label: t('mc.organisation'), errors: e, hint: t('mc.organisationHint') })}</div>
        <div class="col-md-3">${field({ name: 'taxCode', label: t('mc.taxCode'), errors: e })}</div>
        <div class="col-md-3">${field({ name: 'candidateId', label: t('mc.candidate'), type: 'number', errors: e, hint: t('mc.candidateHint') })}</div>
        <div class="col-md-4">${field({ name: 'amount', label: t('mc.amount'), type: 'number', required: true, errors: e, attrs: { min: 1, step: '0.01' } })}</div>
        <div class="col-md-4">${field({ name: 'months', label: t('mc.months'), type: 'number', required: true, errors: e, attrs: { min: 1, max: 360 } })}</div>
        <div class="col-md-4">${field({ name: 'graceMonths', label: t('mc.grace'), type: 'number', value: '0', errors: e, attrs: { min: 0 } })}</div>
        <div class="col-12">${area({ name: 'businessPlan', label: t('mc.businessPlan'), errors: e })}</div>
        <div class="col-12"><button class="btn btn-primary">${t('mc.submitApplication')}</button></div>
      </form>`;
  }

  async apply(event) {
    event.preventDefault();
    const v = valuesOf(event.target);
    const body = {
      fundId: Number(v.fundId),
      product: v.product,
      amount: v.amount === undefined ? null : Number(v.amount),
      months: v.months === undefined ? null : Number(v.months),
      graceMonths: Number(v.graceMonths ?? 0),
      businessPlan: v.businessPlan,
      ...(v.candidateId ? { candidateId: Number(v.candidateId) } : { organisation: v.organisation, taxCode: v.taxCode }),
    };
    try {
      const loan = await api(`${this.base}/loans`, { method: 'POST', body });
      history.pushState({}, '', `/t/${this.territory}/microcredit/prestiti/${loan.id}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    } catch (e) {
      this.errors = errorsOf(e);
      focusFirstError(this);
    }
  }

  // ---- A loan ----

  loanView() {
    const { loan: l, schedule, repayments } = this.data;
    return html`
      <p><a href="/t/${this.territory}/microcredit">${t('mc.allLoans')}</a></p>
      <h1>${this.borrower(l)} ${status(l.status)}</h1>
      ${formAlert(this.errors)}
      <dl class="row">
        <dt class="col-sm-3">${t('mc.product')}</dt><dd class="col-sm-9">${l.product}</dd>
        <dt class="col-sm-3">${t('mc.amount')}</dt><dd class="col-sm-9">${euro(l.amount)} · ${t('mc.monthsGrace', { months: l.months, grace: l.graceMonths })} · ${number(l.annualRatePercent)}%</dd>
        <dt class="col-sm-3">${t('mc.disbursed')}</dt><dd class="col-sm-9" data-disbursed>${euro(l.disbursed)}</dd>
        <dt class="col-sm-3">${t('mc.outstanding')}</dt><dd class="col-sm-9" data-outstanding>${euro(l.outstanding)}</dd>
        <dt class="col-sm-3">${t('mc.arrears')}</dt><dd class="col-sm-9">${l.daysInArrears > 0 ? t('mc.days', { days: l.daysInArrears }) : t('mc.onTime')}</dd>
        <dt class="col-sm-3">${t('mc.services')}</dt><dd class="col-sm-9">${l.services.length ? l.services.map((s) => `${t(`mc.service.${s.service}`)} (${s.tutor}, ${date(s.givenOn)})`).join('; ') : '—'}</dd>
        <dt class="col-sm-3">${t('mc.applied')}</dt><dd class="col-sm-9">${date(l.appliedOn)}${l.approvedOn ? ` · ${t('mc.approvedOn', { day: date(l.approvedOn) })}` : ''}</dd>
      </dl>
      ${this.writer ? this.step(l) : nothing}
      <section aria-labelledby="h-schedule" class="mt-4">
        <h2 class="h4" id="h-schedule">${t('mc.schedule')}</h2>
        ${schedule.length ? html`<div class="table-responsive"><table class="table table-sm">
          <caption class="visually-hidden">${t('mc.schedule')}</caption>
          <thead><tr><th scope="col">${t('mc.instalment')}</th><th scope="col">${t('mc.due')}</th><th scope="col" class="text-end">${t('mc.principal')}</th>
            <th scope="col" class="text-end">${t('mc.interest')}</th><th scope="col" class="text-end">${t('mc.paid')}</th></tr></thead>
          <tbody>${schedule.map((i) => html`<tr data-instalment=${i.number}><td>${i.number}</td><td>${date(i.dueOn)}</td>
            <td class="text-end">${euro(i.principal)}</td><td class="text-end">${euro(i.interest)}</td>
            <td class="text-end">${euro(Number(i.principalPaid) + Number(i.interestPaid))}</td></tr>`)}</tbody></table></div>`
          : html`<p>${t('mc.noSchedule')}</p>`}
      </section>
      <section aria-labelledby="h-repayments" class="mt-4">
        <h2 class="h4" id="h-repayments">${t('mc.repayments')}</h2>
        ${repayments.length ? html`<table class="table table-sm"><caption class="visually-hidden">${t('mc.repayments')}</caption>
          <thead><tr><th scope="col">${t('mc.paidOn')}</th><th scope="col" class="text-end">${t('mc.amount')}</th><th scope="col" class="text-end">${t('mc.interest')}</th>
            <th scope="col" class="text-end">${t('mc.principal')}</th><th scope="col" class="text-end">${t('mc.prepaid')}</th></tr></thead>
          <tbody>${repayments.map((r) => html`<tr data-repayment=${r.id}><td>${date(r.paidOn)}</td><td class="text-end">${euro(r.amount)}</td>
            <td class="text-end">${euro(r.interest)}</td><td class="text-end">${euro(r.principal)}</td><td class="text-end">${euro(r.prepaid)}</td></tr>`)}</tbody></table>`
          : html`<p>${t('mc.noRepayments')}</p>`}
      </section>`;
  }

  /** The step the loan's state allows, for the roles that may take it. */
  step(l) {
    const admin = this.role === 'ADMIN';
    const e = this.errors;
    const form = (title, submit, fields, button) => html`<section class="card card-bg mb-3" aria-label=${title}><div class="card-body">
      <h2 class="h5">${title}</h2><form novalidate class="row g-2 align-items-end" @submit=${submit}>${fields}
      <div class="col-auto mb-3"><button class="btn btn-primary">${button}</button></div></form></div></section>`;
    switch (l.status) {
      case 'APPLIED':
        return html`
          ${form(t('mc.addService'), (ev) => this.post(ev, 'services', (v) => v, t('mc.serviceAdded')), html`
            <div class="col-md-4">${choice({ name: 'service', label: t('mc.serviceName'), required: true, errors: e, options: ['STRATEGY', 'MANAGEMENT_TRAINING', 'TECHNOLOGY', 'PRICING_MARKET', 'LEGAL_TAX', 'JOB_ENTRY', 'PROBLEM_DIAGNOSIS'].map((s) => [s, t(`mc.service.${s}`)]) })}</div>
            <div class="col-md-4">${field({ name: 'tutor', label: t('mc.tutor'), required: true, errors: e })}</div>
            <div class="col-md-3">${field({ name: 'givenOn', label: t('mc.givenOn'), type: 'date', value: today(), required: true, errors: e })}</div>`, t('mc.record'))}
          ${form(t('mc.evaluate'), (ev) => this.post(ev, 'evaluation', (v) => ({ positive: v.positive === 'true', notes: v.notes }), t('mc.evaluated')), html`
            <div class="col-md-4">${choice({ name: 'positive', label: t('mc.outcome'), required: true, errors: e, value: 'true', options: [['true', t('mc.positive')], ['false', t('mc.negative')]] })}</div>
            <div class="col-md-6">${field({ name: 'notes', label: t('mc.notes'), errors: e })}</div>`, t('mc.record'))}`;
      case 'EVALUATED':
        return admin ? form(t('mc.approve'), (ev) => this.post(ev, 'approval', (v) => ({ approvedOn: v.approvedOn }), t('mc.approved')), html`
          <div class="col-md-4">${field({ name: 'approvedOn', label: t('mc.approvedDay'), type: 'date', value: today(), errors: e })}</div>`, t('mc.approveButton')) : nothing;
      case 'APPROVED':
      case 'DISBURSING':
        return admin ? form(t('mc.disburse'), (ev) => this.post(ev, 'disbursements', (v) => ({ amount: Number(v.amount), onDate: v.onDate }), t('mc.disbursedDone')), html`
          <div class="col-md-4">${field({ name: 'amount', label: t('mc.amount'), type: 'number', value: String(Number(l.amount) - Number(l.disbursed)), required: true, errors: e, attrs: { min: 0.01, step: '0.01' } })}</div>
          <div class="col-md-4">${field({ name: 'onDate', label: t('mc.onDate'), type: 'date', value: today(), required: true, errors: e })}</div>`, t('mc.disburseButton')) : nothing;
      case 'DISBURSED':
      case 'DEFAULTED':
        return html`
          ${form(t('mc.repay'), (ev) => this.post(ev, 'repayments', (v) => ({ amount: Number(v.amount), onDate: v.onDate }), t('mc.repaid')), html`
            <div class="col-md-4">${field({ name: 'amount', label: t('mc.amount'), type: 'number', required: true, errors: e, attrs: { min: 0.01, step: '0.01' } })}</div>
            <div class="col-md-4">${field({ name: 'onDate', label: t('mc.paidOn'), type: 'date', value: today(), required: true, errors: e })}</div>`, t('mc.repayButton'))}
          ${l.status === 'DEFAULTED' && admin ? html`<p><button class="btn btn-outline-danger" @click=${() => this.guaranteeCall()}>${t('mc.guaranteeCall')}</button></p>` : nothing}`;
      default:
        return nothing;
    }
  }

  async post(event, what, body, done) {
    event.preventDefault();
    const call = () => api(`${this.base}/loans/${this.loanId}/${what}`, { method: 'POST', body: body(valuesOf(event.target)) });
    if (!(await act(this, call, done))) focusFirstError(this);
  }

  guaranteeCall() {
    if (!confirm(t('mc.confirmCall'))) return;
    act(this, () => api(`${this.base}/loans/${this.loanId}/guarantee-call`, { method: 'POST', body: {} }), t('mc.called'));
  }
}

customElements.define('ponte-mc-microcredit', PonteMicrocredit);
