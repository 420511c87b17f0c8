// <ponte-ic-calls>: the social-innovation calls in the console, contributed by the plugin. Calls
// with their window and budget (approved, left, disbursed); a call's committee, applications and
// ranking, and submitting to it; an application through its lifecycle: eligibility, accompaniment,
// pitch, the committee's conflict declaration, scoring form (criteria and weights) and decision,
// funding and tranches against the caps and the budget left. Only this plugin's endpoints.
import { LitElement, html, nothing } from 'lit';
import { api, errorsOf } from '/console/api.js';
import { t, date, dateTime, euro, number, today } from '/console/i18n.js';
import { message, act, lightDom } from '/console/components/ui.js';
import { field, area, choice, formAlert, focusFirstError, valuesOf } from '/console/components/form-field.js';

const TONE = {
  SUBMITTED: 'secondary', INELIGIBLE: 'dark', ACCOMPANIMENT: 'info', PITCH: 'info', EVALUATION: 'primary', SELECTED: 'success',
  REJECTED: 'dark', STAND_BY: 'warning', FUNDED: 'success', CONCLUDED: 'success', WITHDRAWN: 'dark',
};
const status = (s) => html`<span class="badge bg-${TONE[s] ?? 'secondary'}" data-status=${s}>${t(`ic.status.${s}`)}</span>`;
const TYPES = ['THIRD_SECTOR', 'SOCIAL_COOPERATIVE', 'ASSOCIATION', 'SOCIAL_ENTERPRISE'];

class PonteIcCalls extends lightDom(LitElement) {
  static properties = {
    territory: {},
    role: {},
    rest: {},
    data: { state: true },
    errors: { state: true },
    notice: { state: true },
  };

  constructor() {
    super();
    this.errors = {};
  }

  get base() {
    return `t/${this.territory}/plugins/innovation-calls`;
  }

  get callId() {
    return /^bandi\/(\d+)$/.exec(this.rest ?? '')?.[1];
  }

  get applicationId() {
    return /^domande\/(\d+)$/.exec(this.rest ?? '')?.[1];
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
      if (this.applicationId) {
        const view = await api(`${this.base}/applications/${this.applicationId}`);
        const call = await api(`${this.base}/calls/${view.application.callId}`);
        this.data = { ...view, call };
      } else if (this.callId) {
        const url = `${this.base}/calls/${this.callId}`;
        const [call, applications, ranking] = await Promise.all([api(url), api(`${url}/applications`), api(`${url}/ranking`)]);
        this.data = { call, applications, ranking };
      } else {
        this.data = { calls: await api(`${this.base}/calls`) };
      }
    } catch (e) {
      this.errors = errorsOf(e);
      this.data = {};
    }
  }

  render() {
    return html`${message(this.notice, 'success')}${!this.data ? html`<h1>${t('ic.title')}</h1><p>${t('app.loading')}</p>`
      : this.data.application ? this.applicationView()
      : this.data.call ? this.callView()
      : this.overview()}`;
  }

  /** A write with the page's usual ending (see the console's `act`); the first error takes the focus. */
  async write(call, done) {
    const answer = await act(this, call, done);
    if (!answer) focusFirstError(this);
    return answer;
  }

  budget(c) {
    const used = c.budget > 0 ? Math.max(0, Math.min(100, Math.round((c.approved / c.budget) * 10) * 10)) : 0;
    return html`<dl class="row mb-0">
        <dt class="col-7">${t('ic.budget')}</dt><dd class="col-5 text-end">${euro(c.budget)}</dd>
        <dt class="col-7">${t('ic.approved')}</dt><dd class="col-5 text-end">${euro(c.approved)}</dd>
        <dt class="col-7">${t('ic.left')}</dt><dd class="col-5 text-end fw-semibold" data-left>${euro(c.budgetLeft)}</dd>
        <dt class="col-7">${t('ic.disbursed')}</dt><dd class="col-5 text-end">${euro(c.disbursed)}</dd>
      </dl>
      <div class="progress mt-2" role="progressbar" aria-label=${t('ic.used')} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${used}>
        <div class="progress-bar ponte-w-${used}"></div></div>`;
  }

  window(c) {
    return t('ic.window', { opens: dateTime(`${c.opensAt}`), closes: dateTime(`${c.closesAt}`) });
  }

  // ---- Calls ----

  overview() {
    const e = this.errors;
    return html`
      <h1>${t('ic.title')}</h1>
      ${formAlert(e)}
      <div class="row g-3">${this.data.calls.map((c) => html`<div class="col-md-6" data-call=${c.id}><div class="card card-bg h-100"><div class="card-body">
        <h2 class="card-title h5"><a href="/t/${this.territory}/innovation-calls/bandi/${c.id}">${c.title}</a></h2>
        <p class="mb-2">${this.window(c)}</p>${this.budget(c)}
      </div></div></div>`)}</div>
      ${this.data.calls.length ? nothing : html`<p>${t('ic.noCalls')}</p>`}
      ${this.role === 'ADMIN' ? html`<section aria-labelledby="h-new-call" class="mt-4">
        <h2 class="h4" id="h-new-call">${t('ic.newCall')}</h2>
        <p>${t('ic.newCallHelp')}</p>
        <form novalidate class="row g-2 align-items-end" @submit=${(ev) => this.createCall(ev)}>
          <div class="col-md-6">${field({ name: 'title', label: t('ic.callTitle'), required: true, errors: e })}</div>
          <div class="col-md-2">${field({ name: 'budget', label: t('ic.budget'), type: 'number', required: true, errors: e, attrs: { min: 0, step: '0.01' } })}</div>
          <div class="col-md-2">${field({ name: 'opensAt', label: t('ic.opensAt'), type: 'datetime-local', required: true, errors: e })}</div>
          <div class="col-md-2">${field({ name: 'closesAt', label: t('ic.closesAt'), type: 'datetime-local', required: true, errors: e })}</div>
          <div class="col-12"><button class="btn btn-primary">${t('ic.createCall')}</button></div>
        </form></section>` : nothing}`;
  }

  async createCall(event) {
    event.preventDefault();
    const v = valuesOf(event.target);
    const seconds = (s) => (s && s.length === 16 ? `${s}:00` : s);
    const call = await this.write(
      () => api(`${this.base}/calls`, { method: 'POST', body: { title: v.title, budget: v.budget ? Number(v.budget) : null, opensAt: seconds(v.opensAt), closesAt: seconds(v.closesAt) } }),
      t('ic.callCreated'),
    );
    if (call) event.target.reset();
  }

  // ---- A call ----

  callView() {
    const { call: c, applications, ranking } = this.data;
    const e = this.errors;
    const byId = Object.fromEntries(applications.map((a) => [a.id, a]));
    return html`
      <p><a href="/t/${this.territory}/innovation-calls">${t('ic.allCalls')}</a></p>
      <h1>${c.title}</h1>
      ${formAlert(e)}
      <div class="row g-4">
        <section class="col-lg-6" aria-labelledby="h-budget"><h2 class="h5" id="h-budget">${t('ic.budgetTitle')}</h2>
          <p>${this.window(c)}</p>${this.budget(c)}
          <p class="mt-2 small">${t('ic.caps', { investment: euro(c.investmentCap), consultancy: euro(c.consultancyCap), welfare: euro(c.welfareCap), pass: number(c.passMark) })}</p>
        </section>
        <section class="col-lg-6" aria-labelledby="h-committee"><h2 class="h5" id="h-committee">${t('ic.committee')}</h2>
          <ul data-committee>${c.committee.map((m) => html`<li>${m}</li>`)}</ul>
          ${c.committee.length ? nothing : html`<p>${t('ic.noCommittee')}</p>`}
          <h3 class="h6">${t('ic.criteria')}</h3>
          <ul>${c.criteria.map((k) => html`<li>${k.name}: ${t('ic.criterion', { weight: number(k.weight), max: k.maxScore })}</li>`)}</ul>
          ${this.role === 'ADMIN' ? html`<form novalidate class="row g-2 align-items-end" @submit=${(ev) => { ev.preventDefault(); this.write(() => api(`${this.base}/calls/${c.id}/committee`, { method: 'POST', body: valuesOf(ev.target) }), t('ic.memberAdded')); }}>
            <div class="col-8">${field({ name: 'username', label: t('ic.memberUsername'), required: true, errors: e, id: 'member-username' })}</div>
            <div class="col-4 mb-3"><button class="btn btn-outline-primary">${t('ic.addMember')}</button></div></form>` : nothing}
        </section>
      </div>
      <section aria-labelledby="h-applications" class="mt-4">
        <h2 class="h4" id="h-applications">${t('ic.applications')}</h2>
        ${applications.length ? html`<div class="table-responsive"><table class="table"><caption class="visually-hidden">${t('ic.applications')}</caption>
          <thead><tr><th scope="col">${t('ic.organisation')}</th><th scope="col">${t('ic.state')}</th><th scope="col" class="text-end">${t('ic.asked')}</th>
            <th scope="col" class="text-end">${t('ic.score')}</th><th scope="col" class="text-end">${t('ic.approved')}</th></tr></thead>
          <tbody>${applications.map((a) => html`<tr data-application=${a.id}><td><a href="/t/${this.territory}/innovation-calls/domande/${a.id}">${a.organisation}</a></td>
            <td>${status(a.status)}</td><td class="text-end">${euro(Number(a.investment) + Number(a.consultancy))}</td>
            <td class="text-end">${a.score != null ? number(a.score) : '—'}</td><td class="text-end">${a.approved != null ? euro(a.approved) : '—'}</td></tr>`)}</tbody></table></div>`
          : html`<p>${t('ic.noApplications')}</p>`}
      </section>
      <section aria-labelledby="h-ranking" class="mt-4">
        <h2 class="h4" id="h-ranking">${t('ic.ranking')}</h2>
        ${ranking.length ? html`<table class="table table-sm"><caption class="visually-hidden">${t('ic.ranking')}</caption>
          <thead><tr><th scope="col">${t('ic.rank')}</th><th scope="col">${t('ic.organisation')}</th><th scope="col" class="text-end">${t('ic.score')}</th><th scope="col">${t('ic.passes')}</th></tr></thead>
          <tbody>${ranking.map((r) => html`<tr data-ranked=${r.applicationId}><td>${r.rank}</td><td>${byId[r.applicationId]?.organisation ?? r.applicationId}</td>
            <td class="text-end">${number(r.score)}</td><td>${r.passes ? t('ic.yes') : t('ic.no')}</td></tr>`)}</tbody></table>`
          : html`<p>${t('ic.noRanking')}</p>`}
      </section>
      ${this.writer ? html`<section aria-labelledby="h-submit" class="mt-4">
        <h2 class="h4" id="h-submit">${t('ic.submit')}</h2>
        <form novalidate class="row g-2" @submit=${(ev) => this.submit(ev)}>
          <div class="col-md-6">${field({ name: 'organisation', label: t('ic.organisation'), required: true, errors: e })}</div>
          <div class="col-md-3">${field({ name: 'taxCode', label: t('ic.taxCode'), required: true, errors: e })}</div>
          <div class="col-md-3">${choice({ name: 'applicantType', label: t('ic.applicantType'), required: true, errors: e, value: 'SOCIAL_COOPERATIVE', options: TYPES.map((x) => [x, t(`ic.type.${x}`)]) })}</div>
          <div class="col-12">${area({ name: 'summary', label: t('ic.summary'), errors: e })}</div>
          <div class="col-md-3">${field({ name: 'investment', label: t('ic.investment'), type: 'number', value: '0', errors: e, attrs: { min: 0, step: '0.01' } })}</div>
          <div class="col-md-3">${field({ name: 'consultancy', label: t('ic.consultancy'), type: 'number', value: '0', errors: e, attrs: { min: 0, step: '0.01' } })}</div>
          <div class="col-md-3">${field({ name: 'expectedJobs', label: t('ic.expectedJobs'), type: 'number', value: '0', errors: e, attrs: { min: 0 } })}</div>
          <div class="col-md-3 d-flex align-items-center"><div class="form-check mb-3">
            <input class="form-check-input" type="checkbox" id="seatInTerritory" name="seatInTerritory" checked>
            <label class="form-check-label" for="seatInTerritory">${t('ic.seat')}</label></div></div>
          <div class="col-12"><button class="btn btn-primary">${t('ic.submitButton')}</button></div>
        </form></section>` : nothing}`;
  }

  async submit(event) {
    event.preventDefault();
    const form = event.target;
    const v = valuesOf(form);
    const body = {
      organisation: v.organisation, taxCode: v.taxCode, applicantType: v.applicantType, summary: v.summary,
      investment: Number(v.investment ?? 0), consultancy: Number(v.consultancy ?? 0), expectedJobs: Number(v.expectedJobs ?? 0),
      seatInTerritory: form.elements.seatInTerritory.checked,
    };
    const created = await this.write(() => api(`${this.base}/calls/${this.callId}/applications`, { method: 'POST', body }), t('ic.submitted'));
    if (created?.id) {
      history.pushState({}, '', `/t/${this.territory}/innovation-calls/domande/${created.id}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }
  }

  // ---- An application ----

  applicationView() {
    const { application: a, history: steps, workshops, call: c } = this.data;
    return html`
      <p><a href="/t/${this.territory}/innovation-calls/bandi/${c.id}">${c.title}</a></p>
      <h1>${a.organisation} ${status(a.status)}</h1>
      ${formAlert(this.errors)}
      <dl class="row">
        <dt class="col-sm-3">${t('ic.applicantType')}</dt><dd class="col-sm-9">${t(`ic.type.${a.applicantType}`)}</dd>
        <dt class="col-sm-3">${t('ic.asked')}</dt><dd class="col-sm-9">${t('ic.askedOf', { investment: euro(a.investment), consultancy: euro(a.consultancy) })}</dd>
        <dt class="col-sm-3">${t('ic.score')}</dt><dd class="col-sm-9" data-score>${a.score != null ? number(a.score) : '—'}</dd>
        <dt class="col-sm-3">${t('ic.approved')}</dt><dd class="col-sm-9" data-approved>${a.approved != null ? euro(a.approved) : '—'} · ${t('ic.disbursedOf', { amount: euro(a.disbursed) })}</dd>
        <dt class="col-sm-3">${t('ic.summary')}</dt><dd class="col-sm-9">${a.summary ?? ''}</dd>
      </dl>
      ${this.writer ? this.steps(a, c) : nothing}
      ${workshops.length ? html`<section aria-labelledby="h-workshops" class="mt-4"><h2 class="h5" id="h-workshops">${t('ic.workshops')}</h2>
        <ul>${workshops.map((w) => html`<li>${date(w.heldOn)} · ${w.topic}${w.attended ? '' : ` (${t('ic.absent')})`}</li>`)}</ul></section>` : nothing}
      <section aria-labelledby="h-history" class="mt-4">
        <h2 class="h5" id="h-history">${t('ic.history')}</h2>
        <ol>${steps.map((h) => html`<li data-step=${h.to}>${dateTime(h.at)} · ${t(`ic.status.${h.to}`)} · ${h.actor}${h.note ? ` · ${h.note}` : ''}</li>`)}</ol>
      </section>`;
  }

  /** What the application's state allows next. */
  steps(a, c) {
    const e = this.errors;
    const url = `${this.base}/applications/${a.id}`;
    const move = (to, label) => html`<button class="btn btn-outline-primary" @click=${() => this.write(() => api(`${url}/transitions`, { method: 'POST', body: { to } }), t('ic.moved'))}>${label}</button>`;
    const card = (title, body) => html`<section class="card card-bg mb-3" aria-label=${title}><div class="card-body"><h2 class="h5">${title}</h2>${body}</div></section>`;
    const withdraw = ['SUBMITTED', 'ACCOMPANIMENT', 'PITCH', 'EVALUATION', 'STAND_BY', 'SELECTED'].includes(a.status)
      ? html`<button class="btn btn-outline-danger" @click=${() => confirm(t('ic.confirmWithdraw')) && this.write(() => api(`${url}/transitions`, { method: 'POST', body: { to: 'WITHDRAWN' } }), t('ic.moved'))}>${t('ic.withdraw')}</button>`
      : nothing;
    switch (a.status) {
      case 'SUBMITTED':
        return card(t('ic.eligibility'), html`<p>${t('ic.eligibilityHelp')}</p><div class="d-flex gap-2">
          <button class="btn btn-primary" @click=${() => this.write(() => api(`${url}/eligibility-check`, { method: 'POST', body: {} }), t('ic.checked'))}>${t('ic.check')}</button>${withdraw}</div>`);
      case 'ACCOMPANIMENT':
        return card(t('ic.accompaniment'), html`
          <form novalidate class="row g-2 align-items-end" @submit=${(ev) => { ev.preventDefault(); const v = valuesOf(ev.target); this.write(() => api(`${url}/workshops`, { method: 'POST', body: { heldOn: v.heldOn, topic: v.topic, attended: ev.target.elements.attended.checked } }), t('ic.workshopAdded')); }}>
            <div class="col-md-3">${field({ name: 'heldOn', label: t('ic.heldOn'), type: 'date', value: today(), required: true, errors: e })}</div>
            <div class="col-md-5">${field({ name: 'topic', label: t('ic.topic'), required: true, errors: e })}</div>
            <div class="col-md-2"><div class="form-check mb-3"><input class="form-check-input" type="checkbox" id="attended" name="attended" checked>
              <label class="form-check-label" for="attended">${t('ic.attended')}</label></div></div>
            <div class="col-md-2 mb-3"><button class="btn btn-outline-primary">${t('ic.addWorkshop')}</button></div>
          </form>
          <div class="d-flex gap-2">${move('PITCH', t('ic.toPitch'))}${withdraw}</div>`);
      case 'PITCH':
        return card(t('ic.pitch'), html`<div class="d-flex gap-2">${move('EVALUATION', t('ic.toEvaluation'))}${withdraw}</div>`);
      case 'EVALUATION':
      case 'STAND_BY':
        return html`
          ${card(t('ic.scoring'), html`<p>${t('ic.scoringHelp')}</p>
            <form novalidate class="row g-2 align-items-end" @submit=${(ev) => this.score(ev, c)}>
              ${c.criteria.map((k) => html`<div class="col-md-3">${field({ name: `score-${k.code}`, label: `${k.name} (0-${k.maxScore}, ${t('ic.weight', { weight: number(k.weight) })})`, type: 'number', required: true, errors: { [`/score-${k.code}`]: e[`/scores/${k.code}`] }, attrs: { min: 0, max: k.maxScore } })}</div>`)}
              <div class="col-12"><button class="btn btn-primary">${t('ic.saveScores')}</button></div>
            </form>`)}
          ${card(t('ic.conflict'), html`<form novalidate class="row g-2 align-items-end" @submit=${(ev) => { ev.preventDefault(); this.write(() => api(`${url}/conflicts`, { method: 'POST', body: valuesOf(ev.target) }), t('ic.conflictDeclared')); }}>
            <div class="col-md-9">${field({ name: 'reason', label: t('ic.conflictReason'), required: true, errors: e })}</div>
            <div class="col-md-3 mb-3"><button class="btn btn-outline-danger">${t('ic.declare')}</button></div></form>`)}
          ${card(t('ic.decision'), html`<form novalidate class="row g-2 align-items-end" @submit=${(ev) => { ev.preventDefault(); this.write(() => api(`${url}/decision`, { method: 'POST', body: valuesOf(ev.target) }), t('ic.decided')); }}>
            <div class="col-md-3">${choice({ name: 'outcome', label: t('ic.outcome'), required: true, errors: e, value: 'SELECTED', options: ['SELECTED', 'REJECTED', 'STAND_BY'].map((s) => [s, t(`ic.status.${s}`)]) })}</div>
            <div class="col-md-6">${field({ name: 'minutes', label: t('ic.minutes'), required: true, errors: e })}</div>
            <div class="col-md-3 mb-3"><button class="btn btn-primary">${t('ic.decide')}</button></div></form>`)}
          <p>${withdraw}</p>`;
      case 'SELECTED':
        return this.role === 'ADMIN' ? card(t('ic.funding'), html`<p>${t('ic.fundingHelp', { left: euro(c.budgetLeft) })}</p>
          <form novalidate class="row g-2 align-items-end" @submit=${(ev) => { ev.preventDefault(); const v = valuesOf(ev.target); this.write(() => api(`${url}/funding`, { method: 'POST', body: { amount: v.amount ? Number(v.amount) : null } }), t('ic.funded')); }}>
            <div class="col-md-4">${field({ name: 'amount', label: t('ic.amount'), type: 'number', value: String(Number(a.investment) + Number(a.consultancy)), required: true, errors: e, attrs: { min: 0, step: '0.01' } })}</div>
            <div class="col-md-4 mb-3"><button class="btn btn-primary">${t('ic.fund')}</button></div></form>`) : nothing;
      case 'FUNDED':
        return html`${this.role === 'ADMIN' ? card(t('ic.tranche'), html`
          <form novalidate class="row g-2 align-items-end" @submit=${(ev) => { ev.preventDefault(); const v = valuesOf(ev.target); this.write(() => api(`${url}/disbursements`, { method: 'POST', body: { amount: v.amount ? Number(v.amount) : null, onDate: v.onDate } }), t('ic.paid')); }}>
            <div class="col-md-4">${field({ name: 'amount', label: t('ic.amount'), type: 'number', required: true, errors: e, attrs: { min: 0, step: '0.01' } })}</div>
            <div class="col-md-4">${field({ name: 'onDate', label: t('ic.onDate'), type: 'date', value: today(), required: true, errors: e })}</div>
            <div class="col-md-4 mb-3"><button class="btn btn-primary">${t('ic.pay')}</button></div></form>`) : nothing}
          <p>${move('CONCLUDED', t('ic.conclude'))}</p>`;
      default:
        return nothing;
    }
  }

  score(event, c) {
    event.preventDefault();
    const v = valuesOf(event.target);
    const scores = Object.fromEntries(c.criteria.map((k) => [k.code, v[`score-${k.code}`] === undefined ? null : Number(v[`score-${k.code}`])]));
    this.write(() => api(`${this.base}/applications/${this.applicationId}/scores`, { method: 'PUT', body: { scores } }), t('ic.scored'));
  }
}

customElements.define('ponte-ic-calls', PonteIcCalls);
