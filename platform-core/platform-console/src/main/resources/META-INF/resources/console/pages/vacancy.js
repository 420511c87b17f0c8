// <ponte-vacancy>: a personnel request. Its ranked matches show each criterion's points as bars
// and what each person lacks, with "propose" for one or the top N; its selection board moves each
// candidatura only to the stages allowed from where it is.
import { LitElement, html, nothing } from 'lit';
import { api, errorsOf } from '../api.js';
import { t, date, number } from '../i18n.js';
import { formAlert } from '../components/form-field.js';
import { ENUMS, badge, words, message, lightDom, act } from '../components/ui.js';

/** The enum kind of what a criterion wants and what the candidate has, to say them in words. */
const WANTED = { LICENCES: 'licence', ITALIAN_LEVEL: 'italianLevel', EDUCATION: 'education', SECTOR: 'sector', SCHEDULES: 'shift' };
const HAS = { ITALIAN_LEVEL: 'italianLevel', EDUCATION: 'education', READINESS: 'readiness' };

/** Something a candidate lacks, in the user's language. */
function lack({ criterion, wanted, has }) {
  return t(`lack.${criterion}`, {
    wanted: wanted && WANTED[criterion] ? t(`${WANTED[criterion]}.${wanted}`) : wanted ?? '',
    has: has ? (HAS[criterion] ? t(`${HAS[criterion]}.${has}`) : has) : t('lack.unknown'),
  });
}

class PonteVacancy extends lightDom(LitElement) {
  static properties = {
    territory: {}, role: {}, vacancyId: {},
    vacancy: { state: true }, matches: { state: true }, selections: { state: true }, errors: { state: true }, notice: { state: true },
  };

  constructor() {
    super();
    this.errors = {};
  }

  get base() {
    return `t/${this.territory}/vacancies/${this.vacancyId}`;
  }

  get writer() {
    return this.role !== 'VIEWER';
  }

  updated(changed) {
    if (changed.has('vacancyId')) this.load();
  }

  async load() {
    try {
      [this.vacancy, this.selections] = await Promise.all([api(this.base), api(`${this.base}/selections`)]);
      this.matches = ['OPEN', 'IN_SELECTION'].includes(this.vacancy.status) ? await api(`${this.base}/matches?limit=20`) : null;
    } catch (e) {
      this.errors = errorsOf(e);
    }
  }

  act(call, done) {
    return act(this, call, done);
  }

  propose(body, done) {
    return this.act(() => api(`${this.base}/selections`, { method: 'POST', body }), done);
  }

  move(s, to) {
    return this.act(
      () => api(`t/${this.territory}/selections/${s.id}/stage`, { method: 'POST', body: { to, version: s.version } }),
      t('selection.moved', { name: s.candidateName ?? '', stage: t(`stage.${to}`) }),
    );
  }

  render() {
    const v = this.vacancy;
    if (!v) return this.errors[''] ? message(this.errors['']) : html`<p>${t('app.loading')}</p>`;
    const requirement = (r) => `${t(`requirement.${r.kind}`)}${r.value ? `: ${t(`${{ LICENCE: 'licence', ITALIAN_LEVEL: 'italianLevel', EDUCATION: 'education' }[r.kind]}.${r.value}`)}` : ''}${r.mandatory ? ` (${t('vacancy.mandatory').toLowerCase()})` : ''}`;
    return html`
      <nav aria-label=${t('app.breadcrumb')}><ol class="breadcrumb">
        <li class="breadcrumb-item"><a href="/t/${this.territory}/aziende">${t('nav.companies')}</a></li>
        <li class="breadcrumb-item"><a href="/t/${this.territory}/aziende/${v.companyId}">${v.companyName}</a></li>
        <li class="breadcrumb-item active" aria-current="page">${v.title ?? v.profession}</li></ol></nav>
      <h1>${v.title ?? v.profession}</h1>
      <p class="d-flex gap-2 flex-wrap align-items-center">${badge('vacancyStatus', v.status)}
        <span>${t('vacancy.positions')}: ${v.positions}</span>
        ${v.contract ? html`<span>· ${t(`contract.${v.contract}`)}</span>` : nothing}
        ${v.zone ? html`<span>· ${v.zone}</span>` : nothing}
        ${v.sector ? html`<span>· ${t(`sector.${v.sector}`)}</span>` : nothing}
        ${v.shifts.length ? html`<span>· ${words('shift', v.shifts)}</span>` : nothing}</p>
      ${v.requirements.length ? html`<p>${t('vacancy.requirements')}: ${v.requirements.map(requirement).join('; ')}</p>` : nothing}
      ${this.writer && ['OPEN', 'IN_SELECTION'].includes(v.status)
        ? html`<button class="btn btn-outline-danger btn-sm mb-3" @click=${() => confirm(t('vacancy.confirmClose')) && this.act(() => api(`${this.base}/close`, { method: 'POST' }), t('vacancy.closed'))}>${t('vacancy.close')}</button>`
        : nothing}
      ${message(this.notice, 'success')}
      ${formAlert(this.errors)}
      ${this.board()}
      ${this.matches ? this.ranking() : nothing}`;
  }

  ranking() {
    const m = this.matches;
    const proposed = new Set((this.selections ?? []).map((s) => s.candidateId));
    return html`
      <h2 class="h3 mt-4">${t('match.title')}</h2>
      <p>${t('match.considered', { count: number(m.considered) })}</p>
      ${this.writer && m.items.length ? html`<form class="d-flex gap-2 align-items-end mb-3" @submit=${(e) => {
          e.preventDefault();
          const n = Number(new FormData(e.target).get('top'));
          this.propose({ topMatches: n }, t('match.proposedTop', { count: n }));
        }}>
        <div><label class="form-label" for="top">${t('match.topN')}</label>
          <input id="top" name="top" type="number" class="form-control" min="1" max="50" value="3"></div>
        <button class="btn btn-primary mb-3" type="submit">${t('match.proposeTop')}</button>
      </form>` : nothing}
      ${m.items.length ? html`<ol class="list-unstyled">${m.items.map((c, i) => html`<li class="card card-bg mb-3" data-match=${c.candidateId}>
        <div class="card-body">
          <div class="d-flex justify-content-between flex-wrap gap-2">
            <h3 class="h5 mb-1">${i + 1}. <a href="/t/${this.territory}/candidati/${c.candidateId}">${c.firstName} ${c.lastName}</a>
              <span class="badge bg-primary ms-2">${t('match.score', { score: c.score })}</span></h3>
            ${this.writer
              ? proposed.has(c.candidateId)
                ? html`<span class="text-muted">${t('match.alreadyProposed')}</span>`
                : html`<button class="btn btn-sm btn-primary" aria-label=${t('match.proposeName', { name: `${c.firstName} ${c.lastName}` })}
                    @click=${() => this.propose({ candidateId: c.candidateId }, t('match.proposed', { name: `${c.firstName} ${c.lastName}` }))}>${t('match.propose')}</button>`
              : nothing}
          </div>
          <dl class="row mb-0 mt-2 ponte-bars">${c.explanation.map((x) => html`
            <dt class="col-sm-3 fw-normal">${t(`criterion.${x.criterion}`)}</dt>
            <dd class="col-sm-9 d-flex align-items-center gap-2">
              <progress class="ponte-bar flex-grow-1" max="100" value=${Math.round(x.fraction * 100)}
                  aria-label=${t(`criterion.${x.criterion}`)}></progress>
              <span class="ponte-points">${t('match.points', { points: number(x.points), weight: x.weight })}</span>
            </dd>`)}</dl>
          ${c.lacks.length ? html`<p class="mb-0 mt-2"><strong>${t('match.missing')}</strong> ${c.lacks.map(lack).join('; ')}</p>` : nothing}
        </div></li>`)}</ol>` : html`<p>${t('match.none')}</p>`}`;
  }

  board() {
    const list = this.selections ?? [];
    if (!list.length) return html`<h2 class="h3">${t('selection.board')}</h2><p>${t('selection.empty')}</p>`;
    return html`<h2 class="h3">${t('selection.board')}</h2>
      <div class="row g-2 ponte-board">${ENUMS.stage.map((stage) => html`<section class="col-md-4 col-xl-2" aria-labelledby="stage-${stage}">
        <h3 class="h6" id="stage-${stage}">${t(`stage.${stage}`)} (${list.filter((s) => s.stage === stage).length})</h3>
        <ul class="list-unstyled">${list.filter((s) => s.stage === stage).map((s) => html`<li class="card mb-2" data-selection=${s.id}>
          <div class="card-body p-2">
            <a href="/t/${this.territory}/candidati/${s.candidateId}">${s.candidateName ?? t('person.erased')}</a>
            ${s.score != null ? html`<small class="d-block">${t('match.score', { score: s.score })}</small>` : nothing}
            <small class="d-block text-muted">${date(s.stageChangedAt)}</small>
            ${s.placementId ? html`<a class="d-block small" href="/t/${this.territory}/candidati/${s.candidateId}?scheda=placements">${t('selection.placed')}</a>` : nothing}
            ${this.writer ? html`<div class="d-flex flex-column gap-1 mt-1">${s.allowed.map((to) => html`<button class="btn btn-sm btn-outline-primary"
                aria-label=${t('selection.moveName', { name: s.candidateName ?? '', stage: t(`stage.${to}`) })}
                @click=${() => this.move(s, to)}>→ ${t(`stage.${to}`)}</button>`)}
              ${s.stage === 'HIRED' && !s.placementId ? html`<a class="btn btn-sm btn-success" href="/t/${this.territory}/inserimenti/nuovo?persona=${s.candidateId}&richiesta=${this.vacancyId}">${t('placement.new')}</a>` : nothing}
            </div>` : nothing}
          </div></li>`)}</ul></section>`)}</div>`;
  }
}
customElements.define('ponte-vacancy', PonteVacancy);
