// <ponte-platform>: the platform admin's territories. Every territory with its status, schema
// version, enabled plugins and last error; the onboarding wizard (the descriptor's fields, the
// first admin), whose errors land on their fields; a failed onboarding resumed from its row.
import { LitElement, html, nothing } from 'lit';
import { api, errorsOf } from '../api.js';
import { t, dateTime } from '../i18n.js';
import { message, lightDom } from '../components/ui.js';
import { field, area, formAlert, focusFirstError } from '../components/form-field.js';

const TONE = { ACTIVE: 'success', PROVISIONING: 'info', FAILED: 'danger' };

/** Lines of a text area as a list, blank lines left out. */
const lines = (text) => (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);

class PontePlatform extends lightDom(LitElement) {
  static properties = {
    tenants: { state: true },
    errors: { state: true },
    notice: { state: true },
    draft: { state: true },
  };

  constructor() {
    super();
    this.errors = {};
    this.draft = { locale: 'it-IT', timeZone: 'Europe/Rome', firstInterviewSlaDays: 15, federation: true, privacyNotice: '1' };
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.tenants = await api('platform/tenants');
    } catch (e) {
      this.errors = errorsOf(e);
      this.tenants = [];
    }
  }

  render() {
    return html`
      <h1>${t('platform.title')}</h1>
      ${message(this.notice, 'success')}
      ${!this.tenants ? html`<p>${t('app.loading')}</p>` : this.list()}
      ${this.wizard()}`;
  }

  list() {
    return html`<section aria-labelledby="h-tenants">
      <h2 class="h4" id="h-tenants">${t('platform.territories', { n: this.tenants.length })}</h2>
      <div class="table-responsive"><table class="table">
        <thead><tr><th scope="col">${t('platform.territory')}</th><th scope="col">${t('platform.region')}</th>
          <th scope="col">${t('platform.status')}</th><th scope="col">${t('platform.schema')}</th>
          <th scope="col">${t('platform.plugins')}</th><th scope="col">${t('platform.lastError')}</th></tr></thead>
        <tbody>${this.tenants.map((x) => html`<tr data-tenant=${x.id}>
          <th scope="row">${x.name}<br><small class="fw-normal">${x.id}</small></th>
          <td>${x.region}</td>
          <td><span class="badge bg-${TONE[x.status] ?? 'secondary'}">${t(`tenantStatus.${x.status}`)}</span>
            ${x.suspendedSince ? html`<span class="badge bg-warning text-dark" data-suspended>${t('platform.suspendedSince', { when: dateTime(x.suspendedSince) })}</span>` : nothing}
            <br><small>${dateTime(x.updatedAt)}</small>
            ${x.status === 'ACTIVE' ? html`<br><button class="btn btn-outline-secondary btn-sm mt-1" @click=${() => this.suspension(x)}>
              ${x.suspendedSince ? t('platform.lift') : t('platform.suspend')}</button>` : nothing}</td>
          <td><small>${x.schemaVersion ?? '—'}</small></td>
          <td>${(x.plugins ?? []).join(', ') || '—'}</td>
          <td>${x.lastError
            ? html`<details><summary>${t('platform.showError')}</summary><pre class="small">${x.lastError}</pre></details>
                ${x.status === 'FAILED' ? html`<button class="btn btn-outline-primary btn-sm mt-1" @click=${() => this.resume(x)}>${t('platform.resume')}</button>` : nothing}`
            : '—'}</td>
        </tr>`)}</tbody>
      </table></div>
    </section>`;
  }

  /** Suspends a territory (read-only) or lifts its suspension. */
  async suspension(tenant) {
    const lifting = Boolean(tenant.suspendedSince);
    if (!lifting && !confirm(t('platform.confirmSuspend', { name: tenant.name }))) return;
    try {
      await api(`platform/tenants/${tenant.id}/suspension`, { method: lifting ? 'DELETE' : 'POST', body: lifting ? undefined : {} });
      this.notice = lifting ? t('platform.lifted', { name: tenant.name }) : t('platform.suspended', { name: tenant.name });
      await this.load();
    } catch (e) {
      this.errors = errorsOf(e);
    }
  }

  /** Puts a failed territory's fields in the wizard: sending it again resumes its onboarding. */
  async resume(tenant) {
    this.draft = { ...tenant, zones: tenant.zones, partners: [] };
    this.notice = t('platform.resumeHelp', { id: tenant.id });
    await this.updateComplete;
    this.querySelector('#onboard-name')?.focus();
  }

  wizard() {
    const d = this.draft;
    const e = this.errors;
    const listError = (name) => Object.entries(e).find(([k]) => k === `/${name}` || k.startsWith(`/${name}/`))?.[1];
    return html`<section aria-labelledby="h-onboard" class="mt-5">
      <h2 class="h4" id="h-onboard">${t('platform.onboard')}</h2>
      <p>${t('platform.onboardHelp')}</p>
      <form novalidate @submit=${(ev) => this.onboard(ev)} class="row g-2">
        ${formAlert(e)}
        <div class="col-md-4">${field({ name: 'id', label: t('platform.id'), value: d.id, required: true, errors: e, id: 'onboard-id', hint: t('platform.idHint'), attrs: { maxlength: 40 } })}</div>
        <div class="col-md-8">${field({ name: 'name', label: t('platform.name'), value: d.name, required: true, errors: e, id: 'onboard-name' })}</div>
        <div class="col-md-3">${field({ name: 'region', label: t('platform.region'), value: d.region, required: true, errors: e, id: 'onboard-region', hint: t('platform.regionHint'), attrs: { maxlength: 2 } })}</div>
        <div class="col-md-3">${field({ name: 'locale', label: t('platform.locale'), value: d.locale, required: true, errors: e, id: 'onboard-locale' })}</div>
        <div class="col-md-3">${field({ name: 'timeZone', label: t('platform.timeZone'), value: d.timeZone, required: true, errors: e, id: 'onboard-timeZone' })}</div>
        <div class="col-md-3">${field({ name: 'firstInterviewSlaDays', label: t('platform.sla'), type: 'number', value: d.firstInterviewSlaDays, required: true, errors: e, id: 'onboard-sla', attrs: { min: 1, max: 365 } })}</div>
        <div class="col-md-6">${area({ name: 'zones', label: t('platform.zones'), value: (d.zones ?? []).join('\n'), errors: { '/zones': listError('zones') }, id: 'onboard-zones' })}</div>
        <div class="col-md-6">${area({ name: 'partners', label: t('platform.partners'), value: (d.partners ?? []).join('\n'), errors: { '/partners': listError('partners') }, id: 'onboard-partners' })}</div>
        <div class="col-md-3">${field({ name: 'privacyNotice', label: t('platform.privacyNotice'), value: d.privacyNotice ?? '1', errors: e, id: 'onboard-notice' })}</div>
        <div class="col-md-9 d-flex align-items-center"><div class="form-check mb-3">
          <input class="form-check-input" type="checkbox" id="onboard-federation" name="federation" ?checked=${d.federation !== false}>
          <label class="form-check-label" for="onboard-federation">${t('platform.federation')}</label>
        </div></div>
        <div class="col-md-6">${field({ name: 'firstAdminEmail', label: t('platform.firstAdmin'), type: 'email', value: d.firstAdminEmail, errors: e, id: 'onboard-admin', hint: t('platform.firstAdminHint') })}</div>
        <div class="col-md-6 d-flex align-items-center"><div class="form-check mb-3">
          <input class="form-check-input" type="checkbox" id="onboard-existing" name="firstAdminIsExistingUser">
          <label class="form-check-label" for="onboard-existing">${t('platform.existingUser')}</label>
          ${e['/firstAdminIsExistingUser'] ? html`<div class="invalid-feedback d-block" role="alert">${e['/firstAdminIsExistingUser']}</div>` : nothing}
        </div></div>
        <div class="col-12"><button class="btn btn-primary">${t('platform.onboardButton')}</button></div>
      </form>
    </section>`;
  }

  async onboard(event) {
    event.preventDefault();
    const form = event.target;
    const v = Object.fromEntries(new FormData(form));
    const body = {
      id: v.id?.trim(),
      name: v.name?.trim(),
      region: v.region?.trim(),
      locale: v.locale?.trim(),
      timeZone: v.timeZone?.trim(),
      zones: lines(v.zones),
      partners: lines(v.partners),
      firstInterviewSlaDays: v.firstInterviewSlaDays === '' ? null : Number(v.firstInterviewSlaDays),
      federation: form.elements.federation.checked,
      privacyNotice: v.privacyNotice?.trim() || '1',
    };
    if (v.firstAdminEmail?.trim()) {
      body.firstAdminEmail = v.firstAdminEmail.trim();
      if (form.elements.firstAdminIsExistingUser.checked) body.firstAdminIsExistingUser = true;
    }
    // What was typed stays in the form whatever the answer.
    this.draft = { ...body, firstAdminEmail: v.firstAdminEmail };
    try {
      const created = await api('platform/tenants', { method: 'POST', body });
      this.errors = {};
      this.notice = t('platform.onboarded', { name: created.name, id: created.id });
      this.draft = { locale: 'it-IT', timeZone: 'Europe/Rome', firstInterviewSlaDays: 15, federation: true, privacyNotice: '1' };
      form.reset();
      await this.load();
    } catch (e) {
      this.notice = null;
      this.errors = errorsOf(e);
      focusFirstError(this);
    }
  }
}

customElements.define('ponte-platform', PontePlatform);
