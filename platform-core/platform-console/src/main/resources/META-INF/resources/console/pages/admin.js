// <ponte-admin>: the territory admin's pages. The territory as its descriptor declares it; its
// people (invite with a role, change a role, remove); its plugins (enable, configure with a form
// made from the plugin's schema, disable), each with its change history and event deliveries; its
// data (import a history file, followed until it ends, with its errors by row and column; export
// everything as a ZIP).
import { LitElement, html, nothing } from 'lit';
import { api, errorsOf, download } from '../api.js';
import { t, dateTime, number } from '../i18n.js';
import { message, act, lightDom } from '../components/ui.js';
import { field, choice, formAlert, focusFirstError, valuesOf } from '../components/form-field.js';
import { territory as territoryInfo, reloadPluginPages } from '../territory.js';
import '../components/schema-form.js';

const ROLES = ['tenant-admin', 'operator', 'viewer'];

/** The import kinds, in the order a territory's files are imported. */
const KINDS = ['companies', 'candidates', 'interviews', 'placements', 'courses', 'enrolments', 'follow-ups'];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

class PonteAdmin extends lightDom(LitElement) {
  static properties = {
    territory: {},
    section: {},
    pluginId: {},
    data: { state: true },
    errors: { state: true },
    notice: { state: true },
    run: { state: true },
  };

  constructor() {
    super();
    this.errors = {};
  }

  get base() {
    return `t/${this.territory}`;
  }

  updated(changed) {
    if (changed.has('territory') || changed.has('section') || changed.has('pluginId')) {
      this.notice = null;
      this.errors = {};
      this.data = null;
      this.run = null;
      this.load();
    }
  }

  async load() {
    try {
      if (this.section === 'persone') {
        this.data = { members: await api(`${this.base}/members`) };
      } else if (this.section === 'plugin' && this.pluginId) {
        const id = this.pluginId;
        const url = `${this.base}/plugins/${id}`;
        const [plugin, schema, history] = await Promise.all([
          api(url),
          api(`${url}/schema`),
          api(`${url}/history`),
        ]);
        const deliveries = plugin.enabled ? await api(`${url}/deliveries`).catch(() => null) : null;
        this.data = { plugin, schema, history, deliveries };
      } else if (this.section === 'dati') {
        this.data = { imports: await api(`${this.base}/imports?limit=20`) };
      } else if (this.section === 'plugin') {
        this.data = { plugins: await api(`${this.base}/plugins`) };
      } else {
        this.data = { descriptor: await api(`${this.base}/territory/descriptor`) };
      }
    } catch (e) {
      this.errors = errorsOf(e);
      this.data = {};
    }
  }

  render() {
    const tabs = [
      ['', t('admin.territory')],
      ['persone', t('admin.people')],
      ['plugin', t('admin.plugins')],
      ['dati', t('admin.data')],
    ];
    const current = this.section ?? '';
    return html`
      <h1>${t('admin.title')}</h1>
      <nav aria-label=${t('admin.title')} class="mb-4">
        <ul class="nav nav-tabs">
          ${tabs.map(([path, label]) => html`<li class="nav-item"><a class="nav-link ${current === path ? 'active' : ''}"
              href="/t/${this.territory}/amministrazione${path ? `/${path}` : ''}"
              aria-current=${current === path ? 'page' : 'false'}>${label}</a></li>`)}
        </ul>
      </nav>
      ${message(this.notice, 'success')}
      ${!this.data ? html`<p>${t('app.loading')}</p>` : this.sectionView()}`;
  }

  sectionView() {
    if (this.data.members) return this.people();
    if (this.data.plugins) return this.plugins();
    if (this.data.plugin) return this.plugin();
    if (this.data.imports) return this.exchange();
    if (this.data.descriptor) return this.descriptor();
    return formAlert(this.errors);
  }

  // ---- The territory ----

  descriptor() {
    const d = this.data.descriptor;
    const municipalities = territoryInfo()?.municipalities ?? [];
    const inZone = (zone) => municipalities.filter((m) => m.zone === zone).map((m) => m.name);
    const scales = Object.entries(d.scales ?? {});
    const weights = Object.entries(d.matchingWeights ?? {});
    return html`
      <section aria-labelledby="h-territory">
        <h2 class="h4" id="h-territory">${d.name}</h2>
        <dl class="row">
          <dt class="col-sm-4">${t('admin.id')}</dt><dd class="col-sm-8">${d.id}</dd>
          <dt class="col-sm-4">${t('admin.region')}</dt><dd class="col-sm-8">${d.region}</dd>
          <dt class="col-sm-4">${t('admin.timeZone')}</dt><dd class="col-sm-8">${d.timeZone} · ${d.locale}</dd>
          <dt class="col-sm-4">${t('admin.sla')}</dt><dd class="col-sm-8" data-sla>${t('admin.days', { days: d.firstInterviewSlaDays })}</dd>
          <dt class="col-sm-4">${t('admin.partners')}</dt><dd class="col-sm-8">${(d.partners ?? []).join(', ') || t('admin.none')}</dd>
          <dt class="col-sm-4">${t('admin.federation')}</dt><dd class="col-sm-8">${d.federation ? t('admin.federationYes') : t('admin.federationNo')}</dd>
          <dt class="col-sm-4">${t('admin.privacyNotice')}</dt><dd class="col-sm-8">${t('admin.noticeVersion', { version: d.privacyNotice })}
            · ${d.privacyNoticeText ? t('admin.ownNotice') : t('admin.standardNotice')}
            · <a href="/t/${d.id}/registrati">${t('admin.publicForm')}</a></dd>
        </dl>
      </section>
      <section aria-labelledby="h-zones" class="mt-4">
        <h2 class="h4" id="h-zones">${t('admin.zones')}</h2>
        <div class="table-responsive"><table class="table table-sm">
          <thead><tr><th scope="col">${t('admin.zone')}</th><th scope="col">${t('admin.municipalities')}</th></tr></thead>
          <tbody>${(d.zones ?? []).map((z) => {
            const names = inZone(z);
            return html`<tr data-zone=${z}><th scope="row">${z}</th><td>${names.length
              ? html`${names.length > 12 ? t('admin.municipalityCount', { n: number(names.length), first: names.slice(0, 12).join(', ') }) : names.join(', ')}`
              : t('admin.freeText')}</td></tr>`;
          })}</tbody>
        </table></div>
      </section>
      <div class="row mt-4 g-4">
        <section class="col-lg-6" aria-labelledby="h-scales">
          <h2 class="h4" id="h-scales">${t('admin.scales')}</h2>
          ${scales.length ? html`<dl>${scales.map(([k, levels]) => html`<dt>${t(`admin.scale.${k}`)}</dt><dd>${levels.join(' · ')}</dd>`)}</dl>` : html`<p>${t('admin.none')}</p>`}
        </section>
        <section class="col-lg-6" aria-labelledby="h-weights">
          <h2 class="h4" id="h-weights">${t('admin.weights')}</h2>
          ${weights.length ? html`<table class="table table-sm"><tbody>${weights.map(([k, w]) => html`<tr><th scope="row">${t(`criterion.${k}`)}</th><td>${w}</td></tr>`)}</tbody></table>` : html`<p>${t('admin.none')}</p>`}
        </section>
      </div>`;
  }

  // ---- People ----

  people() {
    const members = this.data.members;
    return html`
      <section aria-labelledby="h-members">
        <h2 class="h4" id="h-members">${t('admin.members', { n: members.length })}</h2>
        ${formAlert(this.errors)}
        <div class="table-responsive"><table class="table">
          <thead><tr>
            <th scope="col">${t('admin.person')}</th><th scope="col">${t('admin.email')}</th>
            <th scope="col">${t('admin.role')}</th><th scope="col">${t('admin.lastSeen')}</th><th scope="col"><span class="visually-hidden">${t('admin.actions')}</span></th>
          </tr></thead>
          <tbody>${members.map((m) => html`<tr data-member=${m.username}>
            <td>${[m.firstName, m.lastName].filter(Boolean).join(' ') || m.username}</td>
            <td>${m.email ?? ''}</td>
            <td><label class="visually-hidden" for="role-${m.id}">${t('admin.roleOf', { who: m.username })}</label>
              <select id="role-${m.id}" class="form-select form-select-sm w-auto" @change=${(e) => this.changeRole(m, e.target.value)}>
                ${ROLES.map((r) => html`<option value=${r} ?selected=${r === m.role}>${t(`memberRole.${r}`)}</option>`)}
              </select></td>
            <td>${m.lastSeenAt ? dateTime(m.lastSeenAt) : t('admin.never')}</td>
            <td><button class="btn btn-outline-danger btn-sm" @click=${() => this.remove(m)}
                aria-label=${t('admin.removeWho', { who: m.username })}>${t('admin.remove')}</button></td>
          </tr>`)}</tbody>
        </table></div>
      </section>
      <section aria-labelledby="h-invite" class="mt-4">
        <h2 class="h4" id="h-invite">${t('admin.invite')}</h2>
        <form novalidate @submit=${(e) => this.invite(e)} class="row g-2">
          <div class="col-md-4">${field({ name: 'email', label: t('admin.email'), type: 'email', required: true, errors: this.errors, id: 'invite-email' })}</div>
          <div class="col-md-3">${choice({ name: 'role', label: t('admin.role'), required: true, errors: this.errors, id: 'invite-role', value: 'operator', options: ROLES.map((r) => [r, t(`memberRole.${r}`)]) })}</div>
          <div class="col-md-2">${field({ name: 'firstName', label: t('admin.firstName'), errors: this.errors, id: 'invite-first' })}</div>
          <div class="col-md-3">${field({ name: 'lastName', label: t('admin.lastName'), errors: this.errors, id: 'invite-last' })}</div>
          <div class="col-12"><button class="btn btn-primary">${t('admin.inviteButton')}</button></div>
        </form>
      </section>`;
  }

  async invite(event) {
    event.preventDefault();
    const form = event.target;
    const ok = await act(this, () => api(`${this.base}/members`, { method: 'POST', body: valuesOf(form) }), t('admin.invited'));
    if (ok) form.reset();
    else focusFirstError(this);
  }

  changeRole(member, role) {
    act(this, () => api(`${this.base}/members/${member.id}`, { method: 'PUT', body: { role } }), t('admin.roleChanged', { who: member.username }));
  }

  remove(member) {
    if (!confirm(t('admin.confirmRemove', { who: member.username }))) return;
    act(this, () => api(`${this.base}/members/${member.id}`, { method: 'DELETE' }), t('admin.removed', { who: member.username }));
  }

  // ---- Data in and out ----

  exchange() {
    const run = this.run;
    const past = this.data.imports.items;
    return html`
      <section aria-labelledby="h-import">
        <h2 class="h4" id="h-import">${t('import.title')}</h2>
        <p>${t('import.help', { order: KINDS.map((k) => t(`import.kind.${k}`)).join(', ') })}</p>
        ${formAlert(this.errors)}
        <form novalidate @submit=${(e) => this.startImport(e)} class="row g-2 align-items-end">
          <div class="col-md-3">${choice({ name: 'kind', label: t('import.kind'), required: true, errors: this.errors, id: 'import-kind', value: 'candidates', options: KINDS.map((k) => [k, t(`import.kind.${k}`)]) })}</div>
          <div class="col-md-5"><div class="mb-3">
            <label class="form-label" for="import-file">${t('import.file')} <span aria-hidden="true">*</span></label>
            <input class="form-control" type="file" id="import-file" name="file" accept=".csv,.xlsx,text/csv,${XLSX}" required aria-describedby="import-file-hint">
            <small id="import-file-hint" class="form-text">${t('import.fileHint')}</small>
          </div></div>
          <div class="col-md-4"><div class="form-check mb-3">
            <input class="form-check-input" type="checkbox" id="import-dry" name="dryRun" checked>
            <label class="form-check-label" for="import-dry">${t('import.dryRun')}</label>
          </div></div>
          <div class="col-12"><button class="btn btn-primary" ?disabled=${run && !this.ended(run)}>${t('import.start')}</button></div>
        </form>
        ${run ? this.runView(run) : nothing}
      </section>
      <section aria-labelledby="h-imports" class="mt-4">
        <h2 class="h4" id="h-imports">${t('import.past')}</h2>
        ${past.length ? html`<div class="table-responsive"><table class="table table-sm">
          <thead><tr>
            <th scope="col">${t('import.when')}</th><th scope="col">${t('import.kind')}</th><th scope="col">${t('import.status')}</th>
            <th scope="col">${t('import.rows')}</th><th scope="col">${t('import.created')}</th><th scope="col">${t('import.updated')}</th>
            <th scope="col">${t('import.unchanged')}</th><th scope="col">${t('import.errorCount')}</th><th scope="col">${t('import.by')}</th>
          </tr></thead>
          <tbody>${past.map((r) => html`<tr data-import=${r.id}>
            <td>${dateTime(r.createdAt)}</td><td>${t(`import.kind.${r.kind}`)}${r.filename ? html` · ${r.filename}` : nothing}</td>
            <td>${t(`import.status.${r.status}`)}${r.dryRun ? html` · ${t('import.checkOnly')}` : nothing}</td>
            <td>${number(r.rows)}</td><td>${number(r.created)}</td><td>${number(r.updated)}</td><td>${number(r.unchanged)}</td>
            <td>${number(r.errorCount)}</td><td>${r.createdBy}</td>
          </tr>`)}</tbody>
        </table></div>` : html`<p>${t('import.none')}</p>`}
      </section>
      <section aria-labelledby="h-export" class="mt-4">
        <h2 class="h4" id="h-export">${t('export.title')}</h2>
        <p>${t('export.help')}</p>
        <button class="btn btn-outline-primary" @click=${() => this.exportAll()}>${t('export.download')}</button>
      </section>`;
  }

  ended(run) {
    return run.status === 'SUCCEEDED' || run.status === 'FAILED';
  }

  runView(run) {
    const tone = run.status === 'SUCCEEDED' ? 'success' : run.status === 'FAILED' ? 'danger' : 'info';
    const done = this.ended(run);
    return html`
      <div class="alert alert-${tone} mt-3" role="status" data-run=${run.status}>
        <p class="mb-1"><strong>${t(`import.status.${run.status}`)}</strong>${run.dryRun ? html` · ${t('import.checkOnly')}` : nothing}
          · ${t(`import.kind.${run.kind}`)}${run.filename ? html` · ${run.filename}` : nothing}</p>
        ${done
          ? html`<p class="mb-0">${t(run.dryRun && run.status === 'SUCCEEDED' ? 'import.wouldDo' : 'import.did', {
              rows: number(run.rows), created: number(run.created), updated: number(run.updated), unchanged: number(run.unchanged),
            })}${run.status === 'FAILED' ? html` ${t('import.nothingWritten', { n: number(run.errorCount) })}` : nothing}</p>`
          : html`<p class="mb-0">${t('import.progress', { n: number(run.processed) })}</p>`}
      </div>
      ${run.errors?.length ? html`<div class="table-responsive"><table class="table table-sm" data-errors>
        <caption>${t('import.errorsCaption', { shown: number(run.errors.length), all: number(run.errorCount) })}</caption>
        <thead><tr><th scope="col">${t('import.row')}</th><th scope="col">${t('import.column')}</th><th scope="col">${t('import.problem')}</th></tr></thead>
        <tbody>${run.errors.map((e) => html`<tr>
          <td>${e.row || t('import.wholeFile')}</td><td>${e.column ?? ''}</td><td>${this.errorText(e)}</td>
        </tr>`)}</tbody>
      </table></div>` : nothing}`;
  }

  /** The error in the operators' words where the console has them, else the server's message. */
  errorText(e) {
    const key = `import.code.${e.code}`;
    const said = t(key);
    return said === key ? e.message : html`${said} <span class="text-muted">(${e.message})</span>`;
  }

  async startImport(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const file = form.get('file');
    if (!file || !file.size) {
      this.errors = { '': t('import.choose') };
      return;
    }
    const type = file.name.toLowerCase().endsWith('.xlsx') ? XLSX : 'text/csv';
    const query = new URLSearchParams({ kind: form.get('kind'), dryRun: form.get('dryRun') === 'on', filename: file.name });
    try {
      this.errors = {};
      this.notice = null;
      this.run = await api(`${this.base}/imports?${query}`, { method: 'POST', raw: new Blob([file], { type }) });
      this.follow(this.run.id);
    } catch (e) {
      this.errors = errorsOf(e);
    }
  }

  /** Reads the run every second until it ends, then the list of past imports. */
  async follow(id) {
    while (this.isConnected && this.run?.id === id && !this.ended(this.run)) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      try {
        this.run = await api(`${this.base}/imports/${id}`);
      } catch (e) {
        this.errors = errorsOf(e);
        return;
      }
    }
    if (this.isConnected && this.section === 'dati') {
      this.data = { imports: await api(`${this.base}/imports?limit=20`) };
    }
  }

  exportAll() {
    download(`${this.base}/export`, `${this.territory}-export.zip`, 'application/zip').catch((e) => {
      this.errors = errorsOf(e);
    });
  }

  // ---- Plugins ----

  plugins() {
    return html`
      <p>${t('admin.pluginsIntro')}</p>
      <div class="row g-3">${this.data.plugins.map((p) => html`<div class="col-md-6 col-lg-4" data-plugin=${p.id}>
        <div class="card card-bg h-100"><div class="card-body">
          <h2 class="card-title h5"><a href="/t/${this.territory}/amministrazione/plugin/${p.id}">${p.name}</a></h2>
          <p class="mb-1">${p.enabled
            ? html`<span class="badge bg-success">${t('admin.enabled')}</span>`
            : html`<span class="badge bg-secondary">${t('admin.disabled')}</span>`} <small>${t('admin.version', { version: p.version })}</small></p>
          ${p.regions?.length ? html`<p class="mb-1"><small>${t('admin.regions', { regions: p.regions.join(', ') })}</small></p>` : nothing}
          ${p.changedAt ? html`<p class="mb-0"><small>${t('admin.changedAt', { when: dateTime(p.changedAt) })}</small></p>` : nothing}
        </div></div></div>`)}</div>`;
  }

  plugin() {
    const { plugin: p, schema, history, deliveries } = this.data;
    const config = p.config ?? {};
    return html`
      <p><a href="/t/${this.territory}/amministrazione/plugin">${t('admin.allPlugins')}</a></p>
      <h2 class="h3">${p.name} ${p.enabled
        ? html`<span class="badge bg-success" data-state>${t('admin.enabled')}</span>`
        : html`<span class="badge bg-secondary" data-state>${t('admin.disabled')}</span>`}</h2>
      ${p.permissions?.length ? html`<section aria-labelledby="h-permissions"><h3 class="h5" id="h-permissions">${t('admin.permissions')}</h3>
        <ul>${p.permissions.map((x) => html`<li>${x}</li>`)}</ul></section>` : nothing}
      <section aria-labelledby="h-config" class="mt-3">
        <h3 class="h5" id="h-config">${t('admin.configuration')}</h3>
        <p>${p.enabled ? t('admin.configurationHelp') : t('admin.enableHelp')}</p>
        <form novalidate @submit=${(e) => this.save(e)}>
          ${formAlert(this.errors)}
          <ponte-schema-form .schema=${schema} .value=${config} .errors=${this.errors}></ponte-schema-form>
          <div class="d-flex gap-2">
            <button class="btn btn-primary">${p.enabled ? t('admin.saveConfiguration') : t('admin.enable')}</button>
            ${p.enabled ? html`<button type="button" class="btn btn-outline-danger" @click=${() => this.disable()}>${t('admin.disable')}</button>` : nothing}
          </div>
        </form>
      </section>
      ${deliveries ? this.deliveries(deliveries) : nothing}
      <section aria-labelledby="h-history" class="mt-4">
        <h3 class="h5" id="h-history">${t('admin.history')}</h3>
        ${history.length ? html`<div class="table-responsive"><table class="table table-sm">
          <thead><tr><th scope="col">${t('admin.when')}</th><th scope="col">${t('admin.what')}</th><th scope="col">${t('admin.who')}</th><th scope="col">${t('admin.configuration')}</th></tr></thead>
          <tbody>${history.map((c) => html`<tr data-change=${c.action}>
            <td>${dateTime(c.at)}</td><td>${t(`pluginAction.${c.action}`)}</td><td>${c.actor}</td>
            <td><details><summary>${t('admin.show')}</summary><pre class="small mb-0">${JSON.stringify(c.config, null, 1)}</pre></details></td>
          </tr>`)}</tbody></table></div>` : html`<p>${t('admin.noHistory')}</p>`}
      </section>`;
  }

  deliveries(d) {
    const stuck = d.failingSeq != null;
    return html`<section aria-labelledby="h-deliveries" class="mt-4" data-deliveries>
      <h3 class="h5" id="h-deliveries">${t('admin.deliveries')}</h3>
      <p>${t('admin.deliveredUpTo', { seq: number(d.lastDelivered), pending: number(d.pending) })}</p>
      ${stuck ? html`<div class="alert alert-warning" role="alert">
          ${t('admin.stuck', { type: d.failingType ?? '', attempts: d.attempts, next: dateTime(d.nextAttemptAt) })}
          <pre class="small mb-2">${d.lastError ?? ''}</pre>
          <button class="btn btn-warning btn-sm" @click=${() => this.retry()}>${t('admin.retry')}</button>
        </div>`
        : html`<p data-no-stuck>${t('admin.notStuck')}</p>`}
    </section>`;
  }

  async save(event) {
    event.preventDefault();
    const form = this.querySelector('ponte-schema-form');
    if (!form.valid) return;
    const enabling = !this.data.plugin.enabled;
    const ok = await act(
      this,
      async () => {
        await api(`${this.base}/plugins/${this.pluginId}`, { method: 'PUT', body: form.edited });
        await this.pagesChanged();
      },
      enabling ? t('admin.enabledDone') : t('admin.savedDone'),
    );
    if (!ok) focusFirstError(this);
  }

  async disable() {
    if (!confirm(t('admin.confirmDisable', { name: this.data.plugin.name }))) return;
    // The navigation follows before the page says it is done.
    await act(
      this,
      async () => {
        await api(`${this.base}/plugins/${this.pluginId}`, { method: 'DELETE' });
        await this.pagesChanged();
      },
      t('admin.disabledDone'),
    );
  }

  /** The navigation follows: an enabled plugin's pages appear, a disabled one's go. */
  async pagesChanged() {
    await reloadPluginPages();
    window.dispatchEvent(new CustomEvent('ponte-pages'));
  }

  retry() {
    act(this, () => api(`${this.base}/plugins/${this.pluginId}/deliveries/retry`, { method: 'POST' }), t('admin.retried'));
  }
}

customElements.define('ponte-admin', PonteAdmin);
