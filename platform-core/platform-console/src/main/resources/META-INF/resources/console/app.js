// <ponte-app>: signs in, shows the header (territory, user, role, language) and the page the path
// names. Paths are real (/t/bologna/candidati), so a link can be shared and reloaded.
import { LitElement, html } from 'lit';
import { auth } from './auth.js';
import * as i18n from './i18n.js';
import './pages/home.js';
import './pages/candidates.js';
import './pages/register.js';
import './pages/person.js';

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
    window.addEventListener('ponte-offline', () => (this.offline = true));
    window.addEventListener('ponte-online', () => (this.offline = false));
    this.addEventListener('click', (e) => this.follow(e));
  }

  async connectedCallback() {
    super.connectedCallback();
    await Promise.all([i18n.load(), auth.start()]);
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

  render() {
    if (!this.ready) return html`<p class="container ponte-main">${t('app.loading')}</p>`;
    const territories = auth.territories();
    const { territory, page, role } = this.route();
    return html`
      <a class="visually-hidden-focusable ponte-skip" href="#main">${t('app.skip')}</a>
      <header>
        <div class="bg-primary text-white py-2">
          <div class="container d-flex justify-content-between align-items-center">
            <span>${auth.username()}${role ? html` · ${t(`role.${role}`)}` : ''}</span>
            <div class="d-flex gap-3 align-items-center">
              <label class="visually-hidden" for="language">${t('app.language')}</label>
              <select id="language" class="form-select form-select-sm w-auto"
                  @change=${(e) => this.switchLanguage(e.target.value)}>
                ${i18n.LANGUAGES.map(
                  (l) => html`<option value=${l} ?selected=${l === i18n.current()}>${l.toUpperCase()}</option>`,
                )}
              </select>
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
              <span class="ms-2" data-territory>${territory ?? ''}</span>
            </a>
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
                  <li class="nav-item"><a class="nav-link" href="/t/${territory}"
                      aria-current=${page === '' ? 'page' : 'false'}>${t('nav.home')}</a></li>
                  <li class="nav-item"><a class="nav-link" href="/t/${territory}/candidati"
                      aria-current=${page.startsWith('candidati') ? 'page' : 'false'}>${t('nav.candidates')}</a></li>
                </ul>
              </div>
            </nav>`
          : ''}
      </header>
      ${this.offline
        ? html`<div class="alert alert-warning m-0" role="status">${t('app.offline')}</div>`
        : ''}
      <main id="main" class="container ponte-main" tabindex="-1">
        ${this.page(territory, page, role)}
      </main>`;
  }

  page(territory, page, role) {
    if (!territory || !role) {
      return html`<div class="alert alert-info" role="alert">${t('app.noTerritory')}</div>`;
    }
    switch (page) {
      case '':
        return html`<ponte-home data-page .territory=${territory}></ponte-home>`;
      case 'candidati':
        return html`<ponte-candidates data-page .territory=${territory} .role=${role}></ponte-candidates>`;
      case 'candidati/nuova':
        return role === 'VIEWER'
          ? html`<div class="alert alert-warning" role="alert">${t('error.forbidden')}</div>`
          : html`<ponte-register data-page .territory=${territory}></ponte-register>`;
      default: {
        const person = /^candidati\/(\d+)$/.exec(page);
        if (person) {
          return html`<ponte-person data-page .territory=${territory} .role=${role}
              .personId=${person[1]}></ponte-person>`;
        }
        return html`<div class="alert alert-warning" role="alert">${t('error.notFound')}</div>`;
      }
    }
  }
}

customElements.define('ponte-app', PonteApp);
