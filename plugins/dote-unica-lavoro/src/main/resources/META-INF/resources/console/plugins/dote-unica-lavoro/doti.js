// <ponte-dul-doti>: Dote Unica Lavoro in the console, contributed by the plugin. The accredited
// operators with their budget (ceiling, committed, available) and ledger; the doti; opening a dote
// (the eligibility check's every reason when refused); a dote's page: its fascia and how the
// profiling scored, the PIP editor within the fascia's maximum, services delivered, the result
// claims, renunciation. Only this plugin's endpoints and the public core API.
import { LitElement, html, nothing } from 'lit';
import { api, errorsOf } from '/console/api.js';
import { t, has, date, euro, number, today } from '/console/i18n.js';
import { message, act, lightDom } from '/console/components/ui.js';
import { field, choice, formAlert, focusFirstError, valuesOf } from '/console/components/form-field.js';

const TONE = { ACTIVE: 'primary', PLACED: 'success', RENOUNCED: 'dark', EXPIRED: 'secondary' };
const status = (s) => html`<span class="badge bg-${TONE[s] ?? 'secondary'}" data-status=${s}>${t(`dul.status.${s}`)}</span>`;

/** "age=56:3;gender=FEMALE:1" as rows of variable, value and points. */
const contributions = (text) => (text ?? '').split(';').filter(Boolean).map((part) => {
  const [variable, rest] = part.split('=');
  const at = rest.lastIndexOf(':');
  return { variable, value: rest.slice(0, at), points: Number(rest.slice(at + 1)) };
});

class PonteDulDoti extends lightDom(LitElement) {
  static properties = {
    territory: {},
    role: {},
    rest: {},
    data: { state: true },
    errors: { state: true },
    notice: { state: true },
    plan: { state: true },
  };

  constructor() {
    super();
    this.errors = {};
  }

  get base() {
    return `t/${this.territory}/plugins/dote-unica-lavoro`;
  }

  get doteId() {
    return /^doti\/(\d+)$/.exec(this.rest ?? '')?.[1];
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
      if (this.doteId) {
        const [view, plugin, operators] = await Promise.all([
          api(`${this.base}/doti/${this.doteId}`),
          api(`t/${this.territory}/plugins/dote-unica-lavoro`),
          api(`${this.base}/operators`),
        ]);
        this.plan = view.pip.map((l) => ({ serviceCode: l.serviceCode, quantity: Number(l.quantity) }));
        this.data = { ...view, catalogue: plugin.config?.catalogue ?? [], operator: operators.find((o) => o.id === view.dote.operatorId) };
      } else {
        const [operators, doti] = await Promise.all([api(`${this.base}/operators`), api(`${this.base}/doti`)]);
        // The ledgers say what the gauges show: committed to plans, replacement budget earned.
        const ledgers = Object.fromEntries(await Promise.all(
          operators.map(async (o) => [o.id, await api(`${this.base}/operators/${o.id}/ledger`)]),
        ));
        this.data = { operators, doti, ledgers };
      }
    } catch (e) {
      this.errors = errorsOf(e);
      this.data = {};
    }
  }

  render() {
    return html`${message(this.notice, 'success')}${!this.data ? html`<h1>${t('dul.title')}</h1><p>${t('app.loading')}</p>`
      : this.data.dote ? this.doteView() : this.overview()}`;
  }

  // ---- Operators and doti ----

  overview() {
    const { operators = [], doti = [] } = this.data;
    const e = this.errors;
    return html`
      <h1>${t('dul.title')}</h1>
      ${formAlert(e)}
      <section aria-labelledby="h-operators">
        <h2 class="h4" id="h-operators">${t('dul.operators')}</h2>
        <div class="row g-3">${operators.map((o) => {
          const entries = this.data.ledgers?.[o.id] ?? [];
          const sum = (kinds) => entries.filter((x) => kinds.includes(x.kind)).reduce((total, x) => total + Number(x.amount), 0);
          const committed = -sum(['BOOKED', 'RELEASED']);
          const replacement = sum(['REPLACEMENT']);
          const budget = Number(o.ceiling) + sum(['REDISTRIBUTION', 'REPLACEMENT']);
          const used = budget > 0 ? Math.max(0, Math.min(100, Math.round((committed / budget) * 10) * 10)) : 0;
          return html`<div class="col-md-6" data-operator=${o.id}><div class="card card-bg h-100"><div class="card-body">
            <h3 class="card-title h5">${o.name}</h3>
            <dl class="row mb-0">
              <dt class="col-7">${t('dul.ceiling')}</dt><dd class="col-5 text-end">${euro(o.ceiling)}</dd>
              <dt class="col-7">${t('dul.committed')}</dt><dd class="col-5 text-end">${euro(committed)}</dd>
              <dt class="col-7">${t('dul.replacement')}</dt><dd class="col-5 text-end" data-replacement>${euro(replacement)}</dd>
              <dt class="col-7">${t('dul.available')}</dt><dd class="col-5 text-end fw-semibold" data-available>${euro(o.available)}</dd>
            </dl>
            <div class="progress mt-2" role="progressbar" aria-label=${t('dul.used')} aria-valuemin="0" aria-valuemax="100" aria-valuenow=${used}>
              <div class="progress-bar ponte-w-${used}"></div></div>
            <details class="mt-2"><summary>${t('dul.ledger')}</summary>
              ${entries.length ? html`<table class="table table-sm mt-2"><caption class="visually-hidden">${t('dul.ledger')}</caption>
                <thead><tr><th scope="col">${t('dul.entry')}</th><th scope="col" class="text-end">${t('dul.amount')}</th><th scope="col">${t('dul.note')}</th></tr></thead>
                <tbody>${this.data.ledgers[o.id].map((x) => html`<tr><td>${t(`dul.kind.${x.kind}`)}</td><td class="text-end">${euro(x.amount)}</td><td>${x.note ?? ''}</td></tr>`)}</tbody></table>`
                : html`<p>${t('dul.noEntries')}</p>`}
            </details>
          </div></div></div>`;
        })}</div>
        ${operators.length ? nothing : html`<p>${t('dul.noOperators')}</p>`}
      </section>
      ${this.writer && operators.length ? html`<section aria-labelledby="h-assign" class="mt-4">
        <h2 class="h4" id="h-assign">${t('dul.assign')}</h2>
        <p>${t('dul.assignHelp')}</p>
        <form novalidate class="row g-2 align-items-end" @submit=${(ev) => this.assign(ev)}>
          <div class="col-md-3">${field({ name: 'candidateId', label: t('dul.candidate'), type: 'number', required: true, errors: e, hint: t('dul.candidateHint') })}</div>
          <div class="col-md-4">${choice({ name: 'operatorId', label: t('dul.operator'), required: true, errors: e, value: operators[0].id, options: operators.map((o) => [o.id, o.name]) })}</div>
          <div class="col-md-3">${field({ name: 'naspiSince', label: t('dul.naspiSince'), type: 'date', errors: e })}</div>
          <div class="col-md-6"><div class="form-check mb-3">
            <input class="form-check-input" type="checkbox" id="serviceAgreementSigned" name="serviceAgreementSigned">
            <label class="form-check-label" for="serviceAgreementSigned">${t('dul.serviceAgreement')}</label></div></div>
          <div class="col-md-6"><div class="form-check mb-3">
            <input class="form-check-input" type="checkbox" id="residentInLombardy" name="residentInLombardy" checked>
            <label class="form-check-label" for="residentInLombardy">${t('dul.resident')}</label></div></div>
          <div class="col-12"><button class="btn btn-primary">${t('dul.assignButton')}</button></div>
        </form>
      </section>` : nothing}
      <section aria-labelledby="h-doti" class="mt-4">
        <h2 class="h4" id="h-doti">${t('dul.doti')}</h2>
        ${doti.length ? html`<div class="table-responsive"><table class="table">
          <caption class="visually-hidden">${t('dul.doti')}</caption>
          <thead><tr><th scope="col">${t('dul.dote')}</th><th scope="col">${t('dul.person')}</th><th scope="col">${t('dul.fascia')}</th><th scope="col">${t('dul.state')}</th>
            <th scope="col" class="text-end">${t('dul.maxValue')}</th><th scope="col" class="text-end">${t('dul.booked')}</th><th scope="col">${t('dul.until')}</th></tr></thead>
          <tbody>${doti.map((d) => html`<tr data-dote=${d.id}><td><a href="/t/${this.territory}/dote-unica-lavoro/doti/${d.id}">${t('dul.doteNo', { id: d.id })}</a></td>
            <td><a href="/t/${this.territory}/candidati/${d.candidateId}">${t('dul.personNo', { id: d.candidateId })}</a></td><td>${d.fascia}</td><td>${status(d.status)}</td>
            <td class="text-end">${euro(d.maxValue)}</td><td class="text-end">${euro(d.booked)}</td><td>${date(d.endsOn)}</td></tr>`)}</tbody></table></div>`
          : html`<p>${t('dul.noDoti')}</p>`}
      </section>`;
  }

  async assign(event) {
    event.preventDefault();
    const form = event.target;
    const v = valuesOf(form);
    const body = {
      candidateId: v.candidateId ? Number(v.candidateId) : null,
      operatorId: Number(v.operatorId),
      serviceAgreementSigned: form.elements.serviceAgreementSigned.checked,
      residentInLombardy: form.elements.residentInLombardy.checked,
      ...(v.naspiSince ? { naspiSince: v.naspiSince } : {}),
    };
    try {
      const dote = await api(`${this.base}/doti`, { method: 'POST', body });
      history.pushState({}, '', `/t/${this.territory}/dote-unica-lavoro/doti/${dote.id}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    } catch (e) {
      this.errors = errorsOf(e);
      focusFirstError(this);
    }
  }

  // ---- A dote ----

  doteView() {
    const { dote: d, deliveries, claims, catalogue, operator } = this.data;
    const e = this.errors;
    const cost = (line) => Number(catalogue.find((s) => s.code === line.serviceCode)?.unitCost ?? 0) * Number(line.quantity || 0);
    const total = (this.plan ?? []).reduce((sum, l) => sum + cost(l), 0);
    const planned = [...new Set((this.data.pip ?? []).map((l) => l.serviceCode))];
    const active = d.status === 'ACTIVE';
    return html`
      <p><a href="/t/${this.territory}/dote-unica-lavoro">${t('dul.allDoti')}</a></p>
      <h1>${t('dul.doteNo', { id: d.id })} ${status(d.status)}</h1>
      ${formAlert(e)}
      <dl class="row">
        <dt class="col-sm-3">${t('dul.person')}</dt><dd class="col-sm-9"><a href="/t/${this.territory}/candidati/${d.candidateId}">${t('dul.personNo', { id: d.candidateId })}</a></dd>
        <dt class="col-sm-3">${t('dul.operator')}</dt><dd class="col-sm-9">${operator?.name ?? d.operatorId}</dd>
        <dt class="col-sm-3">${t('dul.fascia')}</dt><dd class="col-sm-9" data-fascia>${t('dul.fasciaOf', { fascia: d.fascia, score: d.score, max: euro(d.maxValue) })}</dd>
        <dt class="col-sm-3">${t('dul.period')}</dt><dd class="col-sm-9">${date(d.startsOn)} – ${date(d.endsOn)}</dd>
      </dl>
      <section aria-labelledby="h-profile">
        <h2 class="h5" id="h-profile">${t('dul.profiling')}</h2>
        ${d.contributions ? html`<table class="table table-sm w-auto"><caption class="visually-hidden">${t('dul.profiling')}</caption>
          <thead><tr><th scope="col">${t('dul.variable')}</th><th scope="col">${t('dul.value')}</th><th scope="col" class="text-end">${t('dul.points')}</th></tr></thead>
          <tbody>${contributions(d.contributions).map((c) => html`<tr data-contribution=${c.variable}><td>${t(`dul.variable.${c.variable}`)}</td><td>${this.valueOf(c)}</td><td class="text-end">${c.points}</td></tr>`)}</tbody>
          <tfoot><tr><th scope="row" colspan="2">${t('dul.score')}</th><td class="text-end fw-semibold">${d.score}</td></tr></tfoot></table>`
          : html`<p>${t('dul.profileErased')}</p>`}
      </section>
      <section aria-labelledby="h-pip" class="mt-4">
        <h2 class="h5" id="h-pip">${t('dul.pip')}</h2>
        <form novalidate @submit=${(ev) => this.savePlan(ev)}>
          <table class="table table-sm"><caption class="visually-hidden">${t('dul.pip')}</caption>
            <thead><tr><th scope="col">${t('dul.service')}</th><th scope="col">${t('dul.quantity')}</th><th scope="col" class="text-end">${t('dul.cost')}</th><th scope="col"><span class="visually-hidden">${t('dul.actions')}</span></th></tr></thead>
            <tbody>${(this.plan ?? []).map((line, i) => html`<tr data-line=${i}>
              <td><label class="visually-hidden" for="line-service-${i}">${t('dul.service')}</label>
                <select id="line-service-${i}" class="form-select form-select-sm" ?disabled=${!active || !this.writer} @change=${(ev) => this.editLine(i, { serviceCode: ev.target.value })}>
                  ${catalogue.map((s) => html`<option value=${s.code} ?selected=${s.code === line.serviceCode}>${s.code} · ${s.name} (${euro(s.unitCost)}/${s.unit})</option>`)}
                </select></td>
              <td><label class="visually-hidden" for="line-quantity-${i}">${t('dul.quantity')}</label>
                <input id="line-quantity-${i}" type="number" min="0" step="any" class="form-control form-control-sm" .value=${String(line.quantity)} ?disabled=${!active || !this.writer}
                  @input=${(ev) => this.editLine(i, { quantity: ev.target.value })}></td>
              <td class="text-end">${euro(cost(line))}</td>
              <td>${active && this.writer ? html`<button type="button" class="btn btn-outline-danger btn-sm" aria-label=${t('dul.removeLine', { n: i + 1 })} @click=${() => (this.plan = this.plan.filter((_, j) => j !== i))}>${t('dul.remove')}</button>` : nothing}</td>
            </tr>`)}</tbody>
            <tfoot><tr><th scope="row" colspan="2">${t('dul.total')}</th><td class="text-end fw-semibold ${total > d.maxValue ? 'text-danger' : ''}" data-total>${euro(total)}</td>
              <td><small>${t('dul.ofMax', { max: euro(d.maxValue) })}</small></td></tr></tfoot>
          </table>
          ${total > d.maxValue ? html`<div class="alert alert-warning" role="status">${t('dul.overMax')}</div>` : nothing}
          ${active && this.writer ? html`<div class="d-flex gap-2">
            <button type="button" class="btn btn-outline-primary" @click=${() => (this.plan = [...(this.plan ?? []), { serviceCode: catalogue[0]?.code, quantity: 1 }])}>${t('dul.addLine')}</button>
            <button class="btn btn-primary">${t('dul.savePlan')}</button></div>` : nothing}
        </form>
      </section>
      <section aria-labelledby="h-deliveries" class="mt-4">
        <h2 class="h5" id="h-deliveries">${t('dul.deliveries')}</h2>
        ${deliveries.length ? html`<table class="table table-sm"><caption class="visually-hidden">${t('dul.deliveries')}</caption>
          <thead><tr><th scope="col">${t('dul.service')}</th><th scope="col">${t('dul.quantity')}</th><th scope="col">${t('dul.deliveredOn')}</th><th scope="col">${t('dul.staff')}</th></tr></thead>
          <tbody>${deliveries.map((x) => html`<tr data-delivery=${x.serviceCode}><td>${x.serviceCode}</td><td>${number(x.quantity)}</td><td>${date(x.deliveredOn)}</td><td>${x.staff}</td></tr>`)}</tbody></table>`
          : html`<p>${t('dul.noDeliveries')}</p>`}
        ${active && this.writer && planned.length ? html`<form novalidate class="row g-2 align-items-end" @submit=${(ev) => this.deliver(ev)}>
          <div class="col-md-3">${choice({ name: 'serviceCode', label: t('dul.service'), required: true, errors: e, id: 'delivery-service', value: planned[0], options: planned.map((c) => [c, c]) })}</div>
          <div class="col-md-2">${field({ name: 'quantity', label: t('dul.quantity'), type: 'number', required: true, errors: e, id: 'delivery-quantity', attrs: { min: 0, step: 'any' } })}</div>
          <div class="col-md-3">${field({ name: 'deliveredOn', label: t('dul.deliveredOn'), type: 'date', value: today(), required: true, errors: e, id: 'delivery-on' })}</div>
          <div class="col-md-2">${field({ name: 'staff', label: t('dul.staff'), required: true, errors: e, id: 'delivery-staff' })}</div>
          <div class="col-md-2 mb-3"><button class="btn btn-primary">${t('dul.recordDelivery')}</button></div>
        </form>` : nothing}
      </section>
      <section aria-labelledby="h-claims" class="mt-4">
        <h2 class="h5" id="h-claims">${t('dul.claims')}</h2>
        ${claims.length ? html`<table class="table table-sm"><caption class="visually-hidden">${t('dul.claims')}</caption>
          <thead><tr><th scope="col">${t('dul.placement')}</th><th scope="col">${t('dul.contract')}</th><th scope="col" class="text-end">${t('dul.result')}</th><th scope="col" class="text-end">${t('dul.incentive')}</th></tr></thead>
          <tbody>${claims.map((c) => html`<tr data-claim=${c.placementId}><td>${c.placementId}</td><td>${t(`contract.${c.contract}`)}</td>
            <td class="text-end">${c.qualifies ? euro(c.amount) : html`<small>${c.reason}</small>`}</td>
            <td class="text-end">${c.employerIncentive != null ? euro(c.employerIncentive) : html`<small>${c.incentiveReason ?? ''}</small>`}</td></tr>`)}</tbody></table>`
          : html`<p>${t('dul.noClaims')}</p>`}
      </section>
      ${active && this.writer ? html`<p class="mt-4"><button class="btn btn-outline-danger" @click=${() => this.renounce()}>${t('dul.renounce')}</button></p>` : nothing}`;
  }

  /** A profiling value in words where the core's catalogue has them (gender, education). */
  valueOf(c) {
    const kind = { gender: 'gender', education: 'education' }[c.variable];
    return kind && has(`${kind}.${c.value}`) ? t(`${kind}.${c.value}`) : c.value;
  }

  editLine(i, change) {
    this.plan = this.plan.map((line, j) => (j === i ? { ...line, ...change } : line));
  }

  /** A write with the page's usual ending (see the console's `act`); the first error takes the focus. */
  async write(call, done) {
    const ok = await act(this, call, done);
    if (!ok) focusFirstError(this);
    return ok;
  }

  savePlan(event) {
    event.preventDefault();
    const lines = (this.plan ?? []).map((l) => ({ serviceCode: l.serviceCode, quantity: Number(l.quantity) }));
    this.write(() => api(`${this.base}/doti/${this.doteId}/pip`, { method: 'PUT', body: lines }), t('dul.planSaved'));
  }

  deliver(event) {
    event.preventDefault();
    const v = valuesOf(event.target);
    this.write(() => api(`${this.base}/doti/${this.doteId}/deliveries`, { method: 'POST', body: { ...v, quantity: v.quantity === undefined ? null : Number(v.quantity) } }), t('dul.delivered'));
  }

  renounce() {
    if (!confirm(t('dul.confirmRenounce'))) return;
    this.write(() => api(`${this.base}/doti/${this.doteId}/renunciation`, { method: 'POST', body: {} }), t('dul.renounced'));
  }
}

customElements.define('ponte-dul-doti', PonteDulDoti);
