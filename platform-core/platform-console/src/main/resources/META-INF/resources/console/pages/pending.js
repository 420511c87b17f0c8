// <ponte-pending>: submissions of the public form that looked like someone already registered.
// An operator compares them with the record they resemble and merges them (the same person: the
// consent is recorded on the record) or keeps them apart (someone else: a new record).
import { LitElement, html, nothing } from 'lit';
import { api, errorsOf } from '../api.js';
import { t, date, number } from '../i18n.js';
import { formAlert } from '../components/form-field.js';
import { message, pager, words, lightDom, act } from '../components/ui.js';

const LIMIT = 20;

class PontePending extends lightDom(LitElement) {
  static properties = { territory: {}, role: {}, page: { state: true }, errors: { state: true }, notice: { state: true } };

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
      this.page = await api(`t/${this.territory}/registrations/pending?offset=${this.offset}&limit=${LIMIT}`);
    } catch (e) {
      this.errors = errorsOf(e);
    }
  }

  decide(p, action, done) {
    return act(this, () => api(`t/${this.territory}/registrations/pending/${p.id}/${action}`, { method: 'POST' }), done);
  }

  render() {
    const writer = this.role !== 'VIEWER';
    return html`
      <h1>${t('pending.title')}</h1>
      <p>${t('pending.explained')}</p>
      ${message(this.notice, 'success')}
      ${formAlert(this.errors)}
      ${!this.page ? html`<p>${t('app.loading')}</p>` : !this.page.items.length ? html`<p>${t('pending.none')}</p>` : html`
        <p>${t('pending.total', { total: number(this.page.total) })}</p>
        <ul class="list-unstyled">${this.page.items.map((p) => {
          const s = p.submission;
          const name = `${s.firstName ?? ''} ${s.lastName ?? ''}`;
          return html`<li class="card card-bg mb-3"><div class="card-body">
            <h2 class="h5">${name}</h2>
            <p class="mb-1">${t('field.birthDate')}: ${date(s.birthDate)} · ${t('field.email')}: ${s.email ?? '—'} · ${t('field.phone')}: ${s.phone ?? '—'}</p>
            <p class="mb-1">${t('pending.receivedAt')} ${date(p.receivedAt)} · ${t('consent.purposes')}: ${words('purpose', p.purposes)}</p>
            <p>${t('pending.looksLike')} <a href="/t/${this.territory}/candidati/${p.matchedCandidateId}" target="_blank" rel="noopener">${t('pending.openRecord')}</a></p>
            ${writer ? html`<div class="d-flex gap-2 flex-wrap">
              <button class="btn btn-primary" @click=${() => this.decide(p, 'merge', t('pending.merged', { name }))}>${t('pending.merge')}</button>
              <button class="btn btn-outline-primary" @click=${() => this.decide(p, 'keep-apart', t('pending.keptApart', { name }))}>${t('pending.keepApart')}</button>
            </div>` : nothing}
          </div></li>`;
        })}</ul>
        ${pager({ offset: this.offset, limit: LIMIT, total: this.page.total, label: t('pending.title'), move: (o) => { this.offset = o; this.load(); } })}`}`;
  }
}
customElements.define('ponte-pending', PontePending);
