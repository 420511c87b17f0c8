// <ponte-home>: the operator's day. People waiting for their first interview with the days left
// before the territory's target (overdue first), this week's interviews, open vacancies,
// selections in progress and recent placements.
import { LitElement, html, nothing } from 'lit';
import { api, errorsOf } from '../api.js';
import { t, date, dateTime, daysUntil, number, today, weekday } from '../i18n.js';
import { badge, message, lightDom } from '../components/ui.js';

/** Monday and Sunday of this week in the territory's calendar, as YYYY-MM-DD. */
function thisWeek() {
  const back = (weekday(today()) + 6) % 7;
  return [today(-back), today(6 - back)];
}

class PonteHome extends lightDom(LitElement) {
  static properties = { territory: {}, role: {}, data: { state: true }, error: { state: true } };

  updated(changed) {
    if (changed.has('territory')) this.load();
  }

  async load() {
    this.data = null;
    const base = `t/${this.territory}`;
    const [from, to] = thisWeek();
    try {
      const placements = await api(`${base}/placements?limit=1`);
      const [waiting, inProtocol, agenda, open, inSelection, recent] = await Promise.all([
        api(`${base}/candidates?status=REGISTERED&limit=10`),
        api(`${base}/candidates?status=IN_PROTOCOL&limit=1`),
        api(`${base}/interviews?from=${from}&to=${to}`),
        api(`${base}/vacancies?status=OPEN&limit=5`),
        api(`${base}/vacancies?status=IN_SELECTION&limit=5`),
        api(`${base}/placements?offset=${Math.max(0, placements.total - 5)}&limit=5`),
      ]);
      waiting.items.sort((a, b) => a.firstInterviewDueAt.localeCompare(b.firstInterviewDueAt));
      this.data = { waiting, inProtocol, agenda, open, inSelection, recent: recent.items.reverse(), placements: placements.total };
    } catch (e) {
      this.error = errorsOf(e)[''];
    }
  }

  render() {
    const d = this.data;
    return html`
      <h1>${t('home.title')}</h1>
      ${message(this.error)}
      ${!d ? html`<p>${t('app.loading')}</p>` : html`
        <div class="row g-3 mb-4">
          ${this.figure('waiting', t('home.waiting'), d.waiting.total)}
          ${this.figure('in-protocol', t('home.inProtocol'), d.inProtocol.total)}
          ${this.figure('open-vacancies', t('home.openVacancies'), d.open.total)}
          ${this.figure('placements', t('home.placements'), d.placements)}
        </div>
        <div class="row g-4">
          <section class="col-lg-6" aria-labelledby="h-waiting">
            <h2 class="h4" id="h-waiting">${t('home.waitingList')}</h2>
            ${d.waiting.items.length ? html`<ul class="list-group">${d.waiting.items.map((p) => {
              const days = daysUntil(p.firstInterviewDueAt);
              return html`<li class="list-group-item d-flex justify-content-between align-items-center" data-waiting=${p.id}>
                <a href="/t/${this.territory}/candidati/${p.id}?scheda=interviews">${p.firstName} ${p.lastName}</a>
                ${days < 0
                  ? html`<span class="badge bg-danger">${t('home.overdueBy', { days: -days })}</span>`
                  : html`<span class="badge ${days <= 3 ? 'bg-warning' : 'bg-secondary'}">${t('home.daysLeft', { days })}</span>`}
              </li>`;
            })}</ul>${d.waiting.total > d.waiting.items.length ? html`<p class="mt-2"><a href="/t/${this.territory}/candidati?stato=REGISTERED">${t('home.allWaiting', { total: number(d.waiting.total) })}</a></p>` : nothing}`
              : html`<p>${t('home.noneWaiting')}</p>`}
          </section>
          <section class="col-lg-6" aria-labelledby="h-agenda">
            <h2 class="h4" id="h-agenda">${t('home.agenda')}</h2>
            ${d.agenda.length ? html`<ul class="list-group">${d.agenda.map((a) => html`<li class="list-group-item d-flex justify-content-between">
                <a href="/t/${this.territory}/candidati/${a.interview.candidateId}?scheda=interviews">${a.candidateName}</a>
                <span>${dateTime(a.interview.scheduledAt)}${a.interview.completedAt ? html` · ${t('interview.done')}` : nothing}</span></li>`)}</ul>`
              : html`<p>${t('home.noAgenda')}</p>`}
          </section>
          <section class="col-lg-6" aria-labelledby="h-vacancies">
            <h2 class="h4" id="h-vacancies">${t('home.vacancies')}</h2>
            ${[...d.inSelection.items, ...d.open.items].length ? html`<ul class="list-group">${[...d.inSelection.items, ...d.open.items].map((v) => html`<li class="list-group-item d-flex justify-content-between">
                <a href="/t/${this.territory}/richieste/${v.id}">${v.title ?? v.profession} · ${v.companyName}</a>${badge('vacancyStatus', v.status)}</li>`)}</ul>`
              : html`<p>${t('vacancy.none')}</p>`}
          </section>
          <section class="col-lg-6" aria-labelledby="h-placements">
            <h2 class="h4" id="h-placements">${t('home.recentPlacements')}</h2>
            ${d.recent.length ? html`<ul class="list-group">${d.recent.map((p) => html`<li class="list-group-item d-flex justify-content-between">
                <a href="/t/${this.territory}/candidati/${p.candidateId}?scheda=placements">${p.candidateName ?? t('person.erased')}</a>
                <span>${t(`placementType.${p.type}`)} · ${p.companyName} · ${date(p.startDate)}</span></li>`)}</ul>`
              : html`<p>${t('placement.none')}</p>`}
          </section>
        </div>`}`;
  }

  figure(id, label, value) {
    return html`<div class="col-6 col-lg-3"><div class="card card-bg h-100"><div class="card-body">
      <h2 class="card-title h6">${label}</h2><p class="h2 mb-0" data-figure=${id}>${number(value)}</p></div></div></div>`;
  }
}

customElements.define('ponte-home', PonteHome);
