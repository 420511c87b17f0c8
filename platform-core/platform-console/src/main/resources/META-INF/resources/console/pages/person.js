// <ponte-person>: a person's record. Personal data is saved with the version last read: when
// someone else saved first (409), what was typed stays, the record is read again and the fields
// the other person changed are named. Tabs hold interviews, documents, consents, selections,
// placements, courses and follow-ups; lifecycle moves offer only the allowed ones.
import { LitElement, html, nothing } from 'lit';
import { api, download, errorsOf } from '../api.js';
import { t, date, dateTime } from '../i18n.js';
import { zoneField, municipalityField, zoneFollowsMunicipality, field, area, choice, checks, formAlert, focusFirstError, valuesOf } from '../components/form-field.js';
import { territory } from '../territory.js';
import { ENUMS, options, badge, words, message, pager, lightDom } from '../components/ui.js';

/** The personal fields the API replaces on update (PUT sends them all back). */
const PERSONAL = [
  'firstName', 'lastName', 'birthDate', 'gender', 'citizenship', 'municipality', 'zone', 'email',
  'phone', 'education', 'italianLevel', 'languages', 'licences', 'professions', 'employmentStatus',
  'didDate', 'difficulties', 'hasCar', 'availability', 'notes', 'referral', 'referralPartner',
];
const SETS = ['licences', 'difficulties', 'availability'];
const LISTS = ['languages', 'professions'];
const TABS = ['data', 'interviews', 'documents', 'consents', 'selections', 'placements', 'courses', 'followUps'];
/** The tab only the territory's admins see: the audit trail, the export and the erasure. */
const ADMIN_TABS = ['privacy'];

/** The record's personal data as the form holds it (sets as arrays, lists as text). */
function formValue(person, name) {
  const v = person[name];
  if (LISTS.includes(name)) return (v ?? []).join(', ');
  if (name === 'hasCar') return v === true ? 'true' : v === false ? 'false' : '';
  return v ?? (SETS.includes(name) ? [] : '');
}

class PontePerson extends lightDom(LitElement) {
  static properties = {
    territory: {},
    role: {},
    personId: {},
    person: { state: true },
    tab: { state: true },
    errors: { state: true },
    notice: { state: true },
    conflict: { state: true },
    extra: { state: true },
    moveTo: { state: true },
  };

  constructor() {
    super();
    this.errors = {};
    this.edits = {};
    this.tab = 'data';
    this.extra = {};
  }

  get writer() {
    return this.role !== 'VIEWER';
  }

  /** The tabs this person's role sees. */
  get tabs() {
    return this.role === 'ADMIN' ? [...TABS, ...ADMIN_TABS] : TABS;
  }

  get base() {
    return `t/${this.territory}/candidates/${this.personId}`;
  }

  updated(changed) {
    if (changed.has('personId')) {
      this.tab = new URLSearchParams(location.search).get('scheda') ?? 'data';
      this.load().then(() => this.loadTab());
    }
  }

  async load() {
    try {
      this.person = await api(this.base);
    } catch (e) {
      this.errors = errorsOf(e);
    }
  }

  /** Reads what the open tab shows. */
  async loadTab() {
    const reads = {
      interviews: async () => ({
        list: await api(`${this.base}/interviews`),
        attempts: await api(`${this.base}/contact-attempts`),
      }),
      documents: () => api(`${this.base}/documents`),
      consents: async () => ({
        given: await api(`${this.base}/consents`),
        withdrawn: await api(`${this.base}/consents/withdrawals`),
        notice: await api(`t/${this.territory}/public/privacy-notice`, { anonymous: true }),
      }),
      selections: () => api(`${this.base}/selections`),
      placements: async () => (await api(`t/${this.territory}/placements?candidateId=${this.personId}`)).items,
      courses: () => api(`${this.base}/enrolments`),
      followUps: () => api(`${this.base}/follow-ups`),
      privacy: () => api(`${this.base}/privacy/audit?offset=${this.auditOffset ?? 0}&limit=20`),
    };
    if (!reads[this.tab]) return;
    try {
      this.extra = { ...this.extra, [this.tab]: await reads[this.tab]() };
    } catch (e) {
      this.errors = errorsOf(e);
    }
  }

  open(tab) {
    this.tab = tab;
    this.notice = null;
    this.errors = {};
    history.replaceState({}, '', `${location.pathname}${tab === 'data' ? '' : `?scheda=${tab}`}`);
    this.loadTab();
  }

  /** Left and right arrows (Home, End) move between tabs, as in the ARIA tabs pattern. */
  async arrows(event) {
    const tabs = this.tabs;
    const at = tabs.indexOf(this.tab);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    this.open(tabs[(to + tabs.length) % tabs.length]);
    await this.updateComplete;
    this.querySelector(`#tab-${this.tab}`)?.focus();
  }

  /** Runs a write; on success shows `done` and reloads; on failure shows the errors. */
  async write(call, done, reloadPerson = false) {
    try {
      await call();
      if (reloadPerson) await this.load();
      await this.loadTab();
      this.errors = {};
      this.notice = done;
      return true;
    } catch (e) {
      this.notice = null;
      this.errors = errorsOf(e);
      focusFirstError(this);
      return false;
    }
  }

  async save(event) {
    event.preventDefault();
    const typed = valuesOf(event.target, SETS);
    for (const name of PERSONAL) this.edits[name] = typed[name] ?? (SETS.includes(name) ? [] : '');
    const body = { version: this.person.version };
    for (const name of PERSONAL) {
      let value = this.edits[name];
      if (LISTS.includes(name)) value = value ? value.split(',').map((s) => s.trim()).filter(Boolean) : [];
      if (name === 'hasCar') value = value === '' ? null : value === 'true';
      if (value !== null && value !== undefined && value !== '') body[name] = value;
    }
    try {
      this.person = await api(this.base, { method: 'PUT', body });
      this.edits = {};
      this.errors = {};
      this.conflict = null;
      this.notice = t('person.saved');
    } catch (e) {
      this.notice = null;
      if (e.status === 409) {
        const before = this.person;
        const fresh = await api(this.base);
        this.conflict = PERSONAL.filter((n) => JSON.stringify(before[n]) !== JSON.stringify(fresh[n]));
        // Keep only what this user changed; the rest shows the other person's new values.
        for (const name of PERSONAL) {
          if (JSON.stringify(this.edits[name]) === JSON.stringify(formValue(before, name))) delete this.edits[name];
        }
        this.person = fresh;
      } else {
        this.errors = errorsOf(e);
        focusFirstError(this);
      }
    }
  }

  async move(event) {
    event.preventDefault();
    const { to, reason } = valuesOf(event.target);
    const body = { to, version: this.person.version };
    if (reason) body.reason = reason;
    if (await this.write(() => api(`${this.base}/transitions`, { method: 'POST', body }), t('person.moved', { status: t(`status.${to}`) }), true)) {
      this.moveTo = null;
    }
  }

  render() {
    const p = this.person;
    if (!p) return this.errors[''] ? message(this.errors['']) : html`<p>${t('app.loading')}</p>`;
    return html`
      <nav aria-label=${t('app.breadcrumb')}><ol class="breadcrumb">
        <li class="breadcrumb-item"><a href="/t/${this.territory}/candidati">${t('nav.candidates')}</a></li>
        <li class="breadcrumb-item active" aria-current="page">${p.firstName} ${p.lastName}</li>
      </ol></nav>
      <h1>${p.firstName} ${p.lastName}</h1>
      <p class="d-flex flex-wrap gap-2 align-items-center">
        ${badge('status', p.status)}
        <span>${t('candidates.registeredAt')} ${date(p.registeredAt)}</span>
        ${p.profileType ? html`<span>· ${t('field.profileType')}: ${t(`profileType.${p.profileType}`)}</span>` : nothing}
        ${p.outOfProtocolReason ? html`<span>· ${t(`reason.${p.outOfProtocolReason}`)}</span>` : nothing}
        ${p.firstInterviewOverdue ? html`<span class="badge bg-danger">${t('person.overdue')}</span>` : nothing}
      </p>
      ${this.lifecycle(p)}
      ${message(this.notice, 'success')}
      ${this.conflict
        ? html`<div class="alert alert-warning" role="alert">
            ${t('person.conflict')} ${this.conflict.length
              ? html`${t('person.changedFields')} ${this.conflict.map((n) => t(`field.${n}`)).join(', ')}.`
              : nothing}
          </div>`
        : nothing}
      <ul class="nav nav-tabs mb-3" role="tablist">
        ${this.tabs.map((tab) => html`<li class="nav-item" role="presentation">
          <button class="nav-link ${this.tab === tab ? 'active' : ''}" role="tab" id="tab-${tab}"
              aria-selected=${this.tab === tab ? 'true' : 'false'} aria-controls="panel"
              tabindex=${this.tab === tab ? '0' : '-1'} @keydown=${(e) => this.arrows(e)}
              @click=${() => this.open(tab)}>${t(`person.tab.${tab}`)}</button></li>`)}
      </ul>
      <section id="panel" role="tabpanel" aria-labelledby="tab-${this.tab}">
        ${this.tab === 'data' ? nothing : formAlert(this.errors)}
        ${this[`${this.tab}Tab`](p)}
      </section>`;
  }

  lifecycle(p) {
    if (!this.writer || !p.allowedTransitions?.length) return nothing;
    return html`<form class="d-flex flex-wrap gap-2 align-items-end mb-3" @submit=${(e) => this.move(e)} aria-label=${t('person.lifecycle')}>
      <div>
        <label class="form-label" for="move-to">${t('person.moveTo')}</label>
        <select id="move-to" name="to" class="form-select" @change=${(e) => (this.moveTo = e.target.value)}>
          ${p.allowedTransitions.map((s) => html`<option value=${s}>${t(`status.${s}`)}</option>`)}
        </select>
      </div>
      ${(this.moveTo ?? p.allowedTransitions[0]) === 'OUT_OF_PROTOCOL'
        ? html`<div>${choice({ name: 'reason', id: 'move-reason', label: t('field.reason'), required: true, options: options('reason', ENUMS.reason), errors: this.errors })}</div>`
        : nothing}
      <button class="btn btn-outline-primary mb-3" type="submit">${t('person.move')}</button>
    </form>`;
  }

  dataTab(p) {
    const v = (name) => (name in this.edits ? this.edits[name] : formValue(p, name));
    const e = this.errors;
    if (!this.writer) {
      return html`<dl class="row">${PERSONAL.map((n) => html`<dt class="col-sm-3">${t(`field.${n}`)}</dt>
        <dd class="col-sm-9">${this.shown(p, n)}</dd>`)}</dl>`;
    }
    return html`<form novalidate @submit=${(ev) => this.save(ev)} @change=${(ev) => zoneFollowsMunicipality(ev, territory()?.municipalities)}>
      ${formAlert(e)}
      <div class="row">
        <div class="col-md-4">${field({ name: 'firstName', label: t('field.firstName'), value: v('firstName'), required: true, errors: e })}</div>
        <div class="col-md-4">${field({ name: 'lastName', label: t('field.lastName'), value: v('lastName'), required: true, errors: e })}</div>
        <div class="col-md-4">${field({ name: 'birthDate', label: t('field.birthDate'), type: 'date', value: v('birthDate'), required: true, errors: e })}</div>
        <div class="col-md-4">${choice({ name: 'gender', label: t('field.gender'), options: options('gender', ENUMS.gender), value: v('gender'), required: true, errors: e })}</div>
        <div class="col-md-4">${field({ name: 'citizenship', label: t('register.citizenship'), value: v('citizenship'), required: true, errors: e, attrs: { maxlength: 2 } })}</div>
        <div class="col-md-4">${municipalityField({ label: t('field.municipality'), value: v('municipality'), errors: e, municipalities: territory()?.municipalities, hint: t('field.municipalityHint') })}</div>
        <div class="col-md-4">${zoneField({ label: t('field.zone'), value: v('zone'), errors: e, zones: territory()?.zones })}</div>
        <div class="col-md-4">${field({ name: 'email', label: t('field.email'), type: 'email', value: v('email'), errors: e })}</div>
        <div class="col-md-4">${field({ name: 'phone', label: t('field.phone'), type: 'tel', value: v('phone'), errors: e })}</div>
        <div class="col-md-4">${choice({ name: 'education', label: t('field.education'), options: options('education', ENUMS.education), value: v('education'), errors: e })}</div>
        <div class="col-md-4">${choice({ name: 'italianLevel', label: t('field.italianLevel'), options: options('italianLevel', ENUMS.italianLevel), value: v('italianLevel'), errors: e })}</div>
        <div class="col-md-4">${field({ name: 'languages', label: t('field.languages'), value: v('languages'), errors: e, hint: t('person.languagesHint') })}</div>
        <div class="col-md-4">${choice({ name: 'employmentStatus', label: t('field.employmentStatus'), options: options('employmentStatus', ENUMS.employmentStatus), value: v('employmentStatus'), errors: e })}</div>
        <div class="col-md-4">${field({ name: 'didDate', label: t('field.didDate'), type: 'date', value: v('didDate'), errors: e })}</div>
        <div class="col-md-4">${choice({ name: 'hasCar', label: t('field.hasCar'), options: [['true', t('answer.yes')], ['false', t('answer.no')]], value: v('hasCar'), errors: e })}</div>
        <div class="col-md-8">${field({ name: 'professions', label: t('field.professions'), value: v('professions'), errors: e, hint: t('person.professionsHint') })}</div>
        <div class="col-12">${checks({ name: 'licences', legend: t('field.licences'), options: options('licence', ENUMS.licence), values: v('licences'), errors: e })}</div>
        <div class="col-12">${checks({ name: 'difficulties', legend: t('field.difficulties'), options: options('difficulty', ENUMS.difficulty), values: v('difficulties'), errors: e })}</div>
        <div class="col-12">${checks({ name: 'availability', legend: t('field.availability'), options: options('shift', ENUMS.shift), values: v('availability'), errors: e })}</div>
        <div class="col-md-4">${choice({ name: 'referral', label: t('field.referral'), options: options('referral', ENUMS.referral), value: v('referral'), errors: e })}</div>
        <div class="col-md-8">${choice({ name: 'referralPartner', label: t('field.referralPartner'), options: (territory()?.partners ?? []).map((x) => [x, x]), value: v('referralPartner'), errors: e, empty: t('person.noPartner') })}</div>
        <div class="col-12">${area({ name: 'notes', label: t('field.notes'), value: v('notes'), errors: e })}</div>
      </div>
      <button class="btn btn-primary" type="submit">${t('person.save')}</button>
    </form>`;
  }

  shown(p, name) {
    const v = p[name];
    if (v === null || v === undefined || (Array.isArray(v) && !v.length)) return '—';
    const kinds = { referral: 'referral', gender: 'gender', education: 'education', italianLevel: 'italianLevel', employmentStatus: 'employmentStatus', licences: 'licence', difficulties: 'difficulty', availability: 'shift' };
    if (kinds[name]) return Array.isArray(v) ? words(kinds[name], v) : t(`${kinds[name]}.${v}`);
    if (name === 'hasCar') return v ? t('answer.yes') : t('answer.no');
    if (name === 'birthDate' || name === 'didDate') return date(v);
    return Array.isArray(v) ? v.join(', ') : v;
  }

  interviewsTab() {
    const list = this.extra.interviews?.list ?? [];
    const attempts = this.extra.interviews?.attempts ?? [];
    return html`
      ${list.length ? html`<table class="table"><caption class="visually-hidden">${t('person.tab.interviews')}</caption>
        <thead><tr><th scope="col">${t('interview.when')}</th><th scope="col">${t('interview.by')}</th><th scope="col">${t('interview.outcome')}</th></tr></thead>
        <tbody>${list.map((i) => html`<tr>
          <td>${dateTime(i.scheduledAt)}</td>
          <td>${i.interviewer ?? '—'}</td>
          <td>${i.missedAt
            ? html`<span class="badge bg-dark">${t('interview.missed')}</span>`
            : i.completedAt
            ? html`${t(`profileType.${i.profileType}`)} · ${t(`readiness.${i.readiness}`)}${i.employability ? html` · ${t(`employability.${i.employability}`)}` : nothing}${i.sectors.length ? html` · ${words('sector', i.sectors)}` : nothing}`
            : this.writer ? this.assessmentForm(i) : t('interview.pending')}</td>
        </tr>`)}</tbody></table>` : html`<p>${t('interview.none')}</p>`}
      <h2 class="h5 mt-4">${t('contact.title')}</h2>
      ${attempts.length ? html`<ul class="list-group mb-3">${attempts.map((a) => html`<li class="list-group-item">
          ${dateTime(a.at)} · ${t(`channel.${a.channel}`)} · ${t(`contactOutcome.${a.outcome}`)}</li>`)}</ul>`
        : html`<p>${t('contact.none')}</p>`}
      ${this.writer ? html`<form class="row g-2 align-items-end mb-4" novalidate @submit=${(e) => this.contact(e)}>
        <div class="col-md-4">${choice({ name: 'channel', id: 'contact-channel', label: t('contact.channel'), required: true, value: 'PHONE', options: options('channel', ENUMS.channel), errors: this.errors })}</div>
        <div class="col-md-4">${choice({ name: 'outcome', id: 'contact-outcome', label: t('contact.outcome'), required: true, value: 'NO_ANSWER', options: options('contactOutcome', ENUMS.contactOutcome), errors: this.errors })}</div>
        <div class="col-md-4"><button class="btn btn-outline-primary mb-3" type="submit">${t('contact.record')}</button></div>
      </form>` : nothing}
      ${this.writer ? html`<form class="row g-2 align-items-end" novalidate @submit=${(e) => this.schedule(e)}>
        <h2 class="h5">${t('interview.schedule')}</h2>
        <div class="col-md-4">${field({ name: 'scheduledAt', label: t('interview.when'), type: 'datetime-local', required: true, errors: this.errors })}</div>
        <div class="col-md-3"><button class="btn btn-primary mb-3" type="submit">${t('interview.scheduleButton')}</button></div>
      </form>` : nothing}`;
  }

  assessmentForm(i) {
    const id = (n) => `a${i.id}-${n}`;
    return html`<button class="btn btn-sm btn-outline-dark mb-2" type="button"
        aria-label=${t('interview.noShowOf', { when: dateTime(i.scheduledAt) })}
        @click=${() => this.write(() => api(`${this.base}/interviews/${i.id}/no-show`, { method: 'POST' }), t('interview.noShowDone'))}>${t('interview.noShow')}</button>
      <form novalidate class="border rounded p-2" @submit=${(e) => this.assess(e, i)} aria-label=${t('interview.assess')}>
      <div class="row">
        <div class="col-md-4">${choice({ name: 'profileType', id: id('profileType'), label: t('field.profileType'), required: true, options: options('profileType', ENUMS.profileType), errors: this.errors })}</div>
        <div class="col-md-4">${choice({ name: 'readiness', id: id('readiness'), label: t('field.readiness'), required: true, options: options('readiness', ENUMS.readiness), errors: this.errors })}</div>
        ${territory()?.scales?.employability
          ? html`<div class="col-md-4">${choice({ name: 'employability', id: id('employability'), label: t('field.employability'), errors: this.errors,
              options: ENUMS.employability.map((v, n) => [v, territory().scales.employability[n] ?? t(`employability.${v}`)]) })}</div>`
          : nothing}
        <div class="col-12">${checks({ name: 'sectors', id: id('sectors'), legend: t('field.sectors'), options: options('sector', ENUMS.sector), errors: this.errors })}</div>
      </div>
      <button class="btn btn-primary btn-sm" type="submit">${t('interview.assess')}</button>
    </form>`;
  }

  contact(event) {
    event.preventDefault();
    this.write(() => api(`${this.base}/contact-attempts`, { method: 'POST', body: valuesOf(event.target) }), t('contact.recorded'));
  }

  schedule(event) {
    event.preventDefault();
    const { scheduledAt } = valuesOf(event.target);
    const body = { scheduledAt: scheduledAt ? new Date(scheduledAt).toISOString() : null };
    this.write(() => api(`${this.base}/interviews`, { method: 'POST', body }), t('interview.scheduled')).then((ok) => ok && event.target.reset());
  }

  assess(event, interview) {
    event.preventDefault();
    const body = valuesOf(event.target, ['sectors']);
    this.write(() => api(`${this.base}/interviews/${interview.id}/assessment`, { method: 'POST', body }), t('interview.assessed'), true);
  }

  documentsTab() {
    const list = this.extra.documents ?? [];
    return html`
      ${list.length ? html`<table class="table"><caption class="visually-hidden">${t('person.tab.documents')}</caption>
        <thead><tr><th scope="col">${t('document.kind')}</th><th scope="col">${t('document.file')}</th><th scope="col">${t('document.uploadedAt')}</th><th scope="col"><span class="visually-hidden">${t('document.actions')}</span></th></tr></thead>
        <tbody>${list.map((d) => html`<tr>
          <td>${t(`kind.${d.kind}`)}</td><td>${d.filename} (${Math.ceil(d.sizeBytes / 1024)} kB)</td><td>${date(d.uploadedAt)}</td>
          <td class="text-end">
            <button class="btn btn-sm btn-outline-primary" @click=${() => download(`${this.base}/documents/${d.id}`, d.filename)}>${t('document.download')}</button>
            ${this.writer ? html`<button class="btn btn-sm btn-outline-danger" @click=${() => this.deleteDocument(d)}>${t('document.delete')}</button>` : nothing}
          </td></tr>`)}</tbody></table>` : html`<p>${t('document.none')}</p>`}
      ${this.writer ? html`<form class="row g-2 align-items-end" novalidate @submit=${(e) => this.upload(e)}>
        <h2 class="h5">${t('document.upload')}</h2>
        <div class="col-md-3">${choice({ name: 'kind', label: t('document.kind'), required: true, options: options('kind', ENUMS.kind), value: 'CV', errors: this.errors })}</div>
        <div class="col-md-6"><div class="mb-3">
          <label class="form-label" for="file">${t('document.file')} <span aria-hidden="true">*</span></label>
          <input class="form-control" type="file" id="file" name="file" accept=".pdf,.docx,.odt" required aria-describedby="file-hint">
          <small id="file-hint" class="form-text">${t('document.hint')}</small>
        </div></div>
        <div class="col-md-3"><button class="btn btn-primary mb-3" type="submit">${t('document.uploadButton')}</button></div>
      </form>` : nothing}`;
  }

  upload(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const file = form.get('file');
    if (!file || !file.size) {
      this.errors = { '': t('document.choose') };
      return;
    }
    const query = new URLSearchParams({ kind: form.get('kind'), filename: file.name });
    this.write(() => api(`${this.base}/documents?${query}`, { method: 'POST', raw: file }), t('document.uploaded')).then((ok) => ok && event.target.reset());
  }

  deleteDocument(d) {
    if (!confirm(t('document.confirmDelete', { name: d.filename }))) return;
    this.write(() => api(`${this.base}/documents/${d.id}`, { method: 'DELETE' }), t('document.deleted'));
  }

  consentsTab() {
    const c = this.extra.consents;
    if (!c) return html`<p>${t('app.loading')}</p>`;
    const withdrawable = ['HEALTH_DATA', 'SHARING_WITH_COMPANIES'];
    return html`
      <table class="table"><caption class="visually-hidden">${t('person.tab.consents')}</caption>
        <thead><tr><th scope="col">${t('consent.givenAt')}</th><th scope="col">${t('consent.notice')}</th><th scope="col">${t('consent.purposes')}</th></tr></thead>
        <tbody>${c.given.map((g) => html`<tr><td>${date(g.givenAt)}</td><td>${g.noticeVersion}</td><td>${words('purpose', g.purposes)}</td></tr>`)}
        ${c.withdrawn.map((w) => html`<tr class="table-warning"><td>${date(w.at)}</td><td>${t('consent.withdrawn')}</td><td>${words('purpose', w.purposes)}</td></tr>`)}</tbody>
      </table>
      ${this.writer ? html`
        <div class="row">
          <form class="col-md-6" novalidate @submit=${(e) => this.giveConsent(e, c.notice.version)}>
            <h2 class="h5">${t('consent.give', { version: c.notice.version })}</h2>
            ${checks({ name: 'purposes', id: 'give', legend: t('consent.purposes'), options: options('purpose', ENUMS.purpose), values: ['PROGRAMME'], errors: this.errors })}
            <button class="btn btn-primary" type="submit">${t('consent.giveButton')}</button>
          </form>
          <form class="col-md-6" novalidate @submit=${(e) => this.withdraw(e)}>
            <h2 class="h5">${t('consent.withdraw')}</h2>
            ${checks({ name: 'purposes', id: 'withdraw', legend: t('consent.purposes'), options: options('purpose', withdrawable), errors: this.errors })}
            <button class="btn btn-outline-danger" type="submit">${t('consent.withdrawButton')}</button>
          </form>
        </div>` : nothing}`;
  }

  giveConsent(event, version) {
    event.preventDefault();
    const { purposes } = valuesOf(event.target, ['purposes']);
    this.write(() => api(`${this.base}/consents`, { method: 'POST', body: { noticeVersion: version, purposes } }), t('consent.given'));
  }

  withdraw(event) {
    event.preventDefault();
    const { purposes } = valuesOf(event.target, ['purposes']);
    this.write(() => api(`${this.base}/consents/withdrawals`, { method: 'POST', body: { purposes } }), t('consent.withdrawnDone'));
  }

  selectionsTab() {
    const list = this.extra.selections ?? [];
    if (!list.length) return html`<p>${t('selection.none')}</p>`;
    return html`<table class="table"><caption class="visually-hidden">${t('person.tab.selections')}</caption>
      <thead><tr><th scope="col">${t('vacancy.title')}</th><th scope="col">${t('company.name')}</th><th scope="col">${t('selection.stage')}</th><th scope="col">${t('selection.since')}</th></tr></thead>
      <tbody>${list.map((s) => html`<tr>
        <td><a href="/t/${this.territory}/richieste/${s.vacancyId}">${s.vacancyTitle}</a></td><td>${s.companyName}</td>
        <td>${badge('stage', s.stage)}</td><td>${date(s.stageChangedAt)}</td></tr>`)}</tbody></table>`;
  }

  placementsTab(p) {
    const list = this.extra.placements ?? [];
    return html`
      ${this.writer && ['IN_PROTOCOL', 'PLACED'].includes(p.status)
        ? html`<p><a class="btn btn-primary" href="/t/${this.territory}/inserimenti/nuovo?persona=${p.id}">${t('placement.new')}</a></p>`
        : nothing}
      ${list.length ? html`<table class="table"><caption class="visually-hidden">${t('person.tab.placements')}</caption>
        <thead><tr><th scope="col">${t('placement.type')}</th><th scope="col">${t('company.name')}</th><th scope="col">${t('placement.contract')}</th><th scope="col">${t('placement.period')}</th><th scope="col">${t('placement.warnings')}</th></tr></thead>
        <tbody>${list.map((pl) => html`<tr>
          <td>${t(`placementType.${pl.type}`)}${pl.link ? html` (${t(`link.${pl.link}`)})` : nothing}</td><td>${pl.companyName}</td>
          <td>${pl.contract ? t(`contract.${pl.contract}`) : '—'}</td>
          <td>${date(pl.startDate)} – ${pl.endDate ? date(pl.endDate) : '…'}</td>
          <td>${pl.findings.length ? html`<ul class="mb-0">${pl.findings.map((f) => html`<li>${t(`tirocinio.${f.code}`, f.params)}</li>`)}</ul>` : '—'}</td>
        </tr>`)}</tbody></table>` : html`<p>${t('placement.none')}</p>`}`;
  }

  coursesTab() {
    const list = this.extra.courses ?? [];
    if (!list.length) return html`<p>${t('course.noneForPerson')}</p>`;
    return html`<table class="table"><caption class="visually-hidden">${t('person.tab.courses')}</caption>
      <thead><tr><th scope="col">${t('course.title')}</th><th scope="col">${t('course.enrolledAt')}</th><th scope="col">${t('course.outcome')}</th></tr></thead>
      <tbody>${list.map((e) => html`<tr><td><a href="/t/${this.territory}/corsi/${e.courseId}">${e.courseTitle}</a></td>
        <td>${date(e.enrolledAt)}</td><td>${badge('enrolment', e.status)} ${e.completedOn ? date(e.completedOn) : nothing}</td></tr>`)}</tbody></table>`;
  }

  followUpsTab(p) {
    const list = this.extra.followUps ?? [];
    return html`
      ${list.length ? html`<table class="table"><caption class="visually-hidden">${t('person.tab.followUps')}</caption>
        <thead><tr><th scope="col">${t('followUp.on')}</th><th scope="col">${t('followUp.working')}</th><th scope="col">${t('placement.contract')}</th><th scope="col">${t('followUp.offers')}</th></tr></thead>
        <tbody>${list.map((f) => f.answered
          ? html`<tr><td>${date(f.surveyedOn)}</td><td>${f.working ? t('answer.yes') : t('answer.no')}</td>
              <td>${f.contract ? t(`contract.${f.contract}`) : '—'}</td><td>${f.offersReceived}</td></tr>`
          : html`<tr><td>${date(f.surveyedOn)}</td><td colspan="3">${t('followUp.unanswered')}</td></tr>`)}</tbody></table>` : html`<p>${t('followUp.none')}</p>`}
      ${this.writer && p.status === 'OUT_OF_PROTOCOL' ? html`<form class="row g-2 align-items-end" novalidate @submit=${(e) => this.survey(e)}>
        <h2 class="h5">${t('followUp.record')}</h2>
        <div class="col-md-3">${field({ name: 'surveyedOn', label: t('followUp.on'), type: 'date', required: true, errors: this.errors })}</div>
        <div class="col-md-2">${choice({ name: 'answered', label: t('followUp.answered'), value: 'true', options: [['true', t('answer.yes')], ['false', t('answer.no')]], errors: this.errors })}</div>
        <div class="col-md-2">${choice({ name: 'working', label: t('followUp.working'), options: [['true', t('answer.yes')], ['false', t('answer.no')]], errors: this.errors })}</div>
        <div class="col-md-3">${choice({ name: 'contract', label: t('placement.contract'), options: options('contract', ENUMS.contract), errors: this.errors })}</div>
        <div class="col-md-2">${field({ name: 'offersReceived', label: t('followUp.offers'), type: 'number', value: '0', errors: this.errors, attrs: { min: 0 } })}</div>
        <div class="col-md-2"><button class="btn btn-primary mb-3" type="submit">${t('followUp.save')}</button></div>
      </form>` : p.status !== 'OUT_OF_PROTOCOL' ? html`<p class="text-muted">${t('followUp.onlyOut')}</p>` : nothing}`;
  }

  survey(event) {
    event.preventDefault();
    const v = valuesOf(event.target);
    const body = v.answered === 'false'
      ? { surveyedOn: v.surveyedOn, answered: false }
      : { ...v, answered: true, working: v.working === undefined ? null : v.working === 'true', offersReceived: Number(v.offersReceived ?? 0) };
    this.write(() => api(`${this.base}/follow-ups`, { method: 'POST', body }), t('followUp.saved'));
  }

  privacyTab(p) {
    const page = this.extra.privacy;
    const offset = this.auditOffset ?? 0;
    return html`
      <section aria-labelledby="h-export" class="mb-4">
        <h2 class="h5" id="h-export">${t('privacy.export')}</h2>
        <p>${t('privacy.exportHelp')}</p>
        <button class="btn btn-outline-primary" @click=${() => this.write(() => download(`${this.base}/privacy/export`, `persona-${p.id}.json`), t('privacy.exported'))}>${t('privacy.exportButton')}</button>
      </section>
      <section aria-labelledby="h-audit" class="mb-4">
        <h2 class="h5" id="h-audit">${t('privacy.audit')}</h2>
        ${!page ? html`<p>${t('app.loading')}</p>` : page.items.length ? html`<table class="table table-sm">
          <caption class="visually-hidden">${t('privacy.audit')}</caption>
          <thead><tr><th scope="col">${t('privacy.when')}</th><th scope="col">${t('privacy.who')}</th><th scope="col">${t('privacy.what')}</th><th scope="col">${t('privacy.fields')}</th></tr></thead>
          <tbody>${page.items.map((e) => html`<tr data-audit=${e.action}><td>${dateTime(e.at)}</td><td>${e.actor}</td>
            <td>${t(`auditAction.${e.action}`)}</td><td>${(e.fields ?? []).join(', ')}</td></tr>`)}</tbody></table>
          ${pager({ offset, limit: page.limit, total: page.total, label: t('privacy.audit'), move: (o) => { this.auditOffset = o; this.loadTab(); } })}`
          : html`<p>${t('privacy.noAudit')}</p>`}
      </section>
      <section aria-labelledby="h-erase" class="border border-danger rounded p-3">
        <h2 class="h5" id="h-erase">${t('privacy.erase')}</h2>
        <p>${t('privacy.eraseHelp')}</p>
        <form novalidate @submit=${(e) => this.erase(e, p)}>
          ${field({ name: 'confirmation', label: t('privacy.eraseConfirm', { name: `${p.lastName}` }), errors: this.errors, id: 'erase-confirmation' })}
          <button class="btn btn-danger">${t('privacy.eraseButton')}</button>
        </form>
      </section>`;
  }

  /** Erases the person once the admin typed their surname: the record then no longer exists. */
  async erase(event, p) {
    event.preventDefault();
    const typed = (valuesOf(event.target).confirmation ?? '').trim();
    if (typed.toLowerCase() !== String(p.lastName ?? '').trim().toLowerCase()) {
      this.errors = { '/confirmation': t('privacy.eraseMismatch', { name: p.lastName }) };
      focusFirstError(this);
      return;
    }
    try {
      await api(`${this.base}/privacy/erasure`, { method: 'POST' });
      history.pushState({}, '', `/t/${this.territory}/candidati?cancellata=1`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    } catch (e) {
      this.errors = errorsOf(e);
      focusFirstError(this);
    }
  }
}

customElements.define('ponte-person', PontePerson);
