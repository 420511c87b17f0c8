// <ponte-app>: signs in, shows the header (territory, user, role, language) and the page the path
// names. Paths are real (/t/bologna/candidati), so a link can be shared and reloaded.
import { LitElement, html } from 'lit';
import { auth } from './auth.js';
import * as i18n from './i18n.js';
import { territory as territoryInfo, loadTerritory, pluginPages } from './territory.js';
import './pages/home.js';
import './pages/candidates.js';
import './pages/register.js';
import './pages/person.js';
import './pages/pending.js';
import './pages/companies.js';
import './pages/vacancy.js';
import './pages/placement.js';
import './pages/courses.js';
import './pages/public-form.js';
import './pages/admin.js';
import './pages/report.js';
import './pages/federation.js';
import './pages/platform.js';

/** The public form of a territory: no sign-in. */
const PUBLIC = /^\/t\/([a-z][a-z0-9-]{1,39})\/registrati\/?$/;

const NAV = [
  ['', 'nav.home'],
  ['candidati', 'nav.candidates'],
  ['iscrizioni', 'nav.pending'],
  ['aziende', 'nav.companies'],
  ['corsi', 'nav.courses'],
  ['report', 'nav.report'],
];

/** The territory admin's entry. */
const ADMIN_NAV = [['amministrazione', 'nav.admin']];

const STRENGTH = { VIEWER: 1, OPERATOR: 2, ADMIN: 3 };

/** Whether a role may see what needs another (ADMIN covers OPERATOR covers VIEWER). */
const covers = (role, needed) => (STRENGTH[role] ?? 0) >= (STRENGTH[needed] ?? 9);

/** The plugin page a console path names, with what follows its own path; null when none. */
function pluginRoute(page) {
  const [plugin, sub = '', ...more] = page.split('/');
  const pages = pluginPages().filter((p) => p.pluginId === plugin);
  const exact = pages.find((p) => p.path && p.path === sub);
  if (exact) return { entry: exact, rest: more.join('/') };
  const first = pages.find((p) => p.path === '');
  return first ? { entry: first, rest: [sub, ...more].filter(Boolean).join('/') } : null;
}

/** A plugin page's link under the territory. */
const pluginHref = (territory, p) => `/t/${territory}/${p.pluginId}${p.path ? `/${p.path}` : ''}`;

/** Which navigation entry a page belongs to. */
function section(page) {
  if (page.startsWith('richieste')) return 'aziende';
  if (page.startsWith('inserimenti')) return 'candidati';
  return page.split('/')[0];
}

const { t } = i18n;

class PonteApp extends LitElement {
  static properties = {
    ready: { state: true },
    offline: { state: true },
  };

  createRenderRoot() {
    return this; // light DOM: Bootstrap Italia styles the content
  }

  constructor() {
    super();
    this.ready = false;
    this.offline = false;
    window.addEventListener('popstate', () => this.requestUpdate());
    window.addEventListener('ponte-pages', () => this.requestUpdate());
    window.addEventListener('ponte-offline', () => (this.offline = true));
    window.addEventListener('ponte-online', () => (this.offline = false));
    this.addEventListener('click', (e) => this.follow(e));
  }

  async connectedCallback() {
    super.connectedCallback();
    this.publicForm = PUBLIC.exec(location.pathname)?.[1];
    await Promise.all([i18n.load(), this.publicForm ? null : auth.start()]);
    this.ready = true;
  }

  /** Internal links change the page without reloading it. */
  follow(event) {
    const link = event.composedPath().find((n) => n.tagName === 'A');
    if (!link || link.origin !== location.origin || link.target || event.ctrlKey) return;
    if (link.pathname.startsWith('/api/')) return;
    event.preventDefault();
    history.pushState({}, '', link.pathname + link.search);
    this.requestUpdate();
    document.getElementById('main')?.focus();
  }

  async switchLanguage(lang) {
    await i18n.load(lang);
    this.requestUpdate();
    this.querySelectorAll('[data-page]').forEach((p) => p.requestUpdate());
  }

  /** The territory of the path, or the user's first one. */
  route() {
    const territories = auth.territories();
    const parts = location.pathname.split('/').filter(Boolean);
    const territory = parts[0] === 't' && parts[1] ? parts[1] : Object.keys(territories).sort()[0];
    const page = parts[0] === 't' ? parts.slice(2).join('/') : '';
    return { territory, page, role: territories[territory] };
  }

  languages() {
    return html`<label class="visually-hidden" for="language">${t('app.language')}</label>
      <select id="language" class="form-select form-select-sm w-auto"
          @change=${(e) => this.switchLanguage(e.target.value)}>
        ${i18n.LANGUAGES.map(
          (l) => html`<option value=${l} ?selected=${l === i18n.current()}>${l.toUpperCase()}</option>`,
        )}
      </select>`;
  }

  /** The public form: the territory's name and the language switch, nothing that needs an account. */
  renderPublic() {
    return html`
      <header class="bg-primary text-white py-3">
        <div class="container d-flex justify-content-between align-items-center">
          <span class="h4 mb-0">${t('app.title')}</span>${this.languages()}
        </div>
      </header>
      <main id="main" class="container ponte-main" tabindex="-1">
        <ponte-public-form data-page .territory=${this.publicForm}></ponte-public-form>
      </main>`;
  }

  render() {
    if (!this.ready) return html`<p class="container ponte-main">${t('app.loading')}</p>`;
    if (this.publicForm) return this.renderPublic();
    const territories = auth.territories();
    const { territory, page, role } = this.route();
    const info = territoryInfo();
    if (territory && role && info?.id !== territory && this.loading !== territory && this.failed !== territory) {
      // Once per territory: a failure lets the page say what is wrong instead of waiting forever.
      this.loading = territory;
      loadTerritory(territory)
        .catch(() => (this.failed = territory))
        .finally(() => {
          this.loading = null;
          this.requestUpdate();
        });
    }
    const ready = !role || info?.id === territory || this.failed === territory;
    return html`
      <a class="visually-hidden-focusable ponte-skip" href="#main">${t('app.skip')}</a>
      <header>
        <div class="bg-primary text-white py-2">
          <div class="container d-flex justify-content-between align-items-center">
            <span>${auth.username()}${role ? html` · ${t(`role.${role}`)}` : ''}</span>
            <div class="d-flex gap-3 align-items-center">
              ${this.languages()}
              <button class="btn btn-sm btn-light" @click=${() => auth.logout()}>
                ${t('app.signOut')}
              </button>
            </div>
          </div>
        </div>
        <div class="bg-primary text-white py-3 border-top border-light">
          <div class="container d-flex flex-wrap align-items-center gap-3">
            <a class="text-white text-decoration-none" href=${territory ? `/t/${territory}` : '/'}>
              <span class="h3 mb-0">${t('app.title')}</span>
              <span class="ms-2" data-territory>${info && info.id === territory ? info.name : territory ?? ''}</span>
            </a>
            <span class="ms-auto d-flex gap-2">
              ${auth.hasRealmRole('federation-analyst')
                ? html`<a class="btn btn-sm btn-outline-light" href="/regione">${t('nav.federation')}</a>`
                : ''}
              ${auth.hasRealmRole('platform-admin')
                ? html`<a class="btn btn-sm btn-outline-light" href="/piattaforma">${t('nav.platform')}</a>`
                : ''}
            </span>
            ${Object.keys(territories).length > 1
              ? html`<nav aria-label=${t('app.territory')} class="ms-auto d-flex gap-2">
                  ${Object.keys(territories).sort().map(
                    (id) => html`<a class="btn btn-sm ${id === territory ? 'btn-light' : 'btn-outline-light'}"
                        href="/t/${id}" aria-current=${id === territory ? 'page' : 'false'}>${id}</a>`,
                  )}
                </nav>`
              : ''}
          </div>
        </div>
        ${territory && role
          ? html`<nav class="border-bottom bg-white" aria-label=${t('app.title')}>
              <div class="container">
                <ul class="nav">
                  ${[...NAV, ...(role === 'ADMIN' ? ADMIN_NAV : [])].map(([path, key]) => html`<li class="nav-item"><a class="nav-link"
                      href="/t/${territory}${path ? `/${path}` : ''}"
                      aria-current=${section(page) === path ? 'page' : 'false'}>${t(key)}</a></li>`)}
                  ${pluginPages().filter((p) => covers(role, p.role)).map((p) => html`<li class="nav-item"><a class="nav-link"
                      href=${pluginHref(territory, p)} data-plugin-nav=${p.pluginId}
                      aria-current=${pluginRoute(page)?.entry === p ? 'page' : 'false'}>${p.titles[i18n.current()] ?? p.titles.it}</a></li>`)}
                </ul>
              </div>
            </nav>`
          : ''}
      </header>
      ${this.offline
        ? html`<div class="alert alert-warning m-0" role="status">${t('app.offline')}</div>`
        : ''}
      <main id="main" class="container ponte-main" tabindex="-1">
        ${ready ? this.page(territory, page, role) : html`<p>${t('app.loading')}</p>`}
      </main>`;
  }

  page(territory, page, role) {
    const analyst = auth.hasRealmRole('federation-analyst');
    const platformAdmin = auth.hasRealmRole('platform-admin');
    if (location.pathname.startsWith('/piattaforma')) {
      return platformAdmin
        ? html`<ponte-platform data-page></ponte-platform>`
        : html`<div class="alert alert-warning" role="alert">${t('error.forbidden')}</div>`;
    }
    if (platformAdmin && !Object.keys(auth.territories()).length && !location.pathname.startsWith('/regione')) {
      return html`<ponte-platform data-page></ponte-platform>`;
    }
    if (location.pathname.startsWith('/regione')) {
      return analyst
        ? html`<ponte-federation data-page></ponte-federation>`
        : html`<div class="alert alert-warning" role="alert">${t('error.forbidden')}</div>`;
    }
    if (analyst && !Object.keys(auth.territories()).length) {
      return html`<ponte-federation data-page></ponte-federation>`;
    }
    if (territory && !role && Object.keys(auth.territories()).length) {
      return html`<div class="alert alert-warning" role="alert">${t('error.otherTerritory')}</div>`;
    }
    if (!territory || !role) {
      return html`<div class="alert alert-info" role="alert">${t('app.noTerritory')}</div>`;
    }
    const writer = role !== 'VIEWER';
    const forbidden = html`<div class="alert alert-warning" role="alert">${t('error.forbidden')}</div>`;
    const id = (pattern) => pattern.exec(page)?.[1];
    if (page === '') return html`<ponte-home data-page .territory=${territory} .role=${role}></ponte-home>`;
    if (page === 'candidati') return html`<ponte-candidates data-page .territory=${territory} .role=${role}></ponte-candidates>`;
    if (page === 'candidati/nuova') return writer ? html`<ponte-register data-page .territory=${territory}></ponte-register>` : forbidden;
    if (id(/^candidati\/(\d+)$/)) return html`<ponte-person data-page .territory=${territory} .role=${role} .personId=${id(/^candidati\/(\d+)$/)}></ponte-person>`;
    if (page === 'iscrizioni') return html`<ponte-pending data-page .territory=${territory} .role=${role}></ponte-pending>`;
    if (page === 'aziende') return html`<ponte-companies data-page .territory=${territory} .role=${role}></ponte-companies>`;
    if (id(/^aziende\/(\d+)$/)) return html`<ponte-company data-page .territory=${territory} .role=${role} .companyId=${id(/^aziende\/(\d+)$/)}></ponte-company>`;
    if (id(/^richieste\/(\d+)$/)) return html`<ponte-vacancy data-page .territory=${territory} .role=${role} .vacancyId=${id(/^richieste\/(\d+)$/)}></ponte-vacancy>`;
    if (page === 'inserimenti/nuovo') return writer ? html`<ponte-placement-form data-page .territory=${territory} .role=${role}></ponte-placement-form>` : forbidden;
    const admin = /^amministrazione(?:\/(persone|plugin|dati))?(?:\/([a-z][a-z0-9-]*))?$/.exec(page);
    if (admin && (admin[2] === undefined || admin[1] === 'plugin')) {
      return role === 'ADMIN'
        ? html`<ponte-admin data-page .territory=${territory} .section=${admin[1] ?? ''} .pluginId=${admin[2]}></ponte-admin>`
        : forbidden;
    }
    const plugin = pluginRoute(page);
    if (plugin) return covers(role, plugin.entry.role) ? this.pluginPage(plugin, territory, role) : forbidden;
    if (page === 'report') return html`<ponte-report data-page .territory=${territory}></ponte-report>`;
    if (page === 'corsi') return html`<ponte-courses data-page .territory=${territory} .role=${role}></ponte-courses>`;
    if (id(/^corsi\/(\d+)$/)) return html`<ponte-course data-page .territory=${territory} .role=${role} .courseId=${id(/^corsi\/(\d+)$/)}></ponte-course>`;
    return html`<div class="alert alert-warning" role="alert">${t('error.notFound')}</div>`;
  }

  /** A plugin's page: its module and words loaded once, then its element. */
  pluginPage({ entry, rest }, territory, role) {
    this.plugins ??= { loaded: new Set(), elements: new Map() };
    if (!this.plugins.loaded.has(entry.module)) {
      if (this.plugins.loading !== entry.module) {
        this.plugins.loading = entry.module;
        const base = entry.module.slice(0, entry.module.lastIndexOf('/') + 1);
        Promise.all([import(entry.module), i18n.extend(`${base}i18n/`)])
          .then(() => this.plugins.loaded.add(entry.module))
          .catch(() => (this.plugins.failed = entry.module))
          .finally(() => {
            this.plugins.loading = null;
            this.requestUpdate();
          });
      }
      return this.plugins.failed === entry.module
        ? html`<div class="alert alert-danger" role="alert">${t('error.generic')}</div>`
        : html`<p>${t('app.loading')}</p>`;
    }
    // One element per page and territory, kept while the person stays: its state survives renders.
    const key = `${territory}/${entry.pluginId}/${entry.path}`;
    let element = this.plugins.elements.get(key);
    if (!element) {
      element = document.createElement(entry.element);
      element.dataset.page = '';
      this.plugins.elements.clear();
      this.plugins.elements.set(key, element);
    }
    element.territory = territory;
    element.role = role;
    element.rest = rest;
    return element;
  }
}

customElements.define('ponte-app', PonteApp);
