// <ponte-home>: the territory at a glance (to grow into the operators' home of issue #17).
import { LitElement, html } from 'lit';
import { api } from '../api.js';
import { t, number } from '../i18n.js';

class PonteHome extends LitElement {
  static properties = { territory: {}, figures: { state: true }, error: { state: true } };

  createRenderRoot() {
    return this;
  }

  updated(changed) {
    if (changed.has('territory')) this.load();
  }

  async load() {
    this.figures = null;
    try {
      const [waiting, inProtocol] = await Promise.all([
        api(`t/${this.territory}/candidates?status=REGISTERED&limit=1`),
        api(`t/${this.territory}/candidates?status=IN_PROTOCOL&limit=1`),
      ]);
      this.figures = { waiting: waiting.total, inProtocol: inProtocol.total };
    } catch (e) {
      this.error = e.status === 403 ? t('error.forbidden') : t('error.generic');
    }
  }

  render() {
    return html`
      <h1>${t('home.title')}</h1>
      ${this.error ? html`<div class="alert alert-danger" role="alert">${this.error}</div>` : ''}
      ${this.figures
        ? html`<div class="row">
            <div class="col-md-6"><div class="card card-bg"><div class="card-body">
              <h2 class="card-title h5">${t('home.waiting')}</h2>
              <p class="h2" data-figure="waiting">${number(this.figures.waiting)}</p>
            </div></div></div>
            <div class="col-md-6"><div class="card card-bg"><div class="card-body">
              <h2 class="card-title h5">${t('home.inProtocol')}</h2>
              <p class="h2" data-figure="in-protocol">${number(this.figures.inProtocol)}</p>
            </div></div></div>
          </div>`
        : html`<p>${t('app.loading')}</p>`}`;
  }
}

customElements.define('ponte-home', PonteHome);
