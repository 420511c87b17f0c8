// Small shared pieces: enum options from the catalogue, status badges, empty states, pagers.
import { html, nothing } from 'lit';
import { t } from '../i18n.js';
import { errorsOf } from '../api.js';

/** The API's enum values of a kind, each with its label from the catalogue ([value, label]). */
export const options = (kind, values) => values.map((v) => [v, t(`${kind}.${v}`)]);

export const ENUMS = {
  gender: ['FEMALE', 'MALE', 'OTHER'],
  education: ['NONE', 'PRIMARY', 'LOWER_SECONDARY', 'VOCATIONAL_QUALIFICATION', 'UPPER_SECONDARY', 'DEGREE', 'POSTGRADUATE'],
  italianLevel: ['PRE_A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'],
  licence: ['DRIVING_B', 'DRIVING_C', 'CQC', 'FORKLIFT', 'ASA', 'OSS', 'HACCP', 'SAFETY'],
  employmentStatus: ['UNEMPLOYED', 'UNDEREMPLOYED', 'SHORT_TIME_WORK', 'NASPI', 'INCOME_SUPPORT'],
  difficulty: ['MOBILITY', 'SCHEDULES', 'LANGUAGE', 'HEALTH', 'NONE'],
  shift: ['MORNING', 'AFTERNOON', 'EVENING', 'NIGHT', 'WEEKEND'],
  status: ['REGISTERED', 'ASSESSED', 'IN_PROTOCOL', 'PLACED', 'OUT_OF_PROTOCOL', 'READMITTED'],
  reason: ['EMPLOYED', 'UNREACHABLE', 'NOT_COLLABORATING', 'OTHER'],
  profileType: ['STRONG', 'IN_TARGET', 'FRAGILE'],
  readiness: ['READY', 'NOT_READY', 'ASSESSMENT_ONGOING'],
  employability: ['IMMEDIATELY', 'WITH_SUPPORT', 'WITH_PATHWAY', 'POORLY'],
  sector: ['CLEANING', 'PRODUCTION', 'LOGISTICS', 'RESTAURANTS', 'CARE', 'OTHER'],
  contract: ['PERMANENT', 'FIXED_TERM', 'APPRENTICESHIP', 'ON_CALL', 'AGENCY', 'SELF_EMPLOYED'],
  placementType: ['HIRING', 'STAGE', 'TIROCINIO', 'MINI_JOB', 'SELF_EMPLOYMENT'],
  link: ['RENEWAL', 'EXTENSION', 'TRANSFORMATION'],
  traineeCategory: ['STANDARD', 'DISADVANTAGED', 'DISABLED'],
  size: ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'],
  requirement: ['LICENCE', 'ITALIAN_LEVEL', 'EDUCATION', 'CAR'],
  vacancyStatus: ['OPEN', 'IN_SELECTION', 'FILLED', 'CLOSED'],
  stage: ['PROPOSED', 'CV_SENT', 'COMPANY_INTERVIEW', 'HIRED', 'REFUSED_BY_CANDIDATE', 'REJECTED'],
  courseCategory: ['ITALIAN', 'SOFT_SKILLS', 'TECHNICAL', 'SAFETY', 'HACCP', 'DYNAMIC_CV', 'SKILLS_ASSESSMENT'],
  mode: ['IN_PERSON', 'REMOTE'],
  enrolment: ['ENROLLED', 'COMPLETED', 'WITHDRAWN'],
  purpose: ['PROGRAMME', 'HEALTH_DATA', 'SHARING_WITH_COMPANIES'],
  kind: ['CV', 'ID'],
  channel: ['PHONE', 'SMS', 'EMAIL', 'MESSAGING', 'LETTER', 'VISIT'],
  contactOutcome: ['REACHED', 'NO_ANSWER', 'WRONG_CONTACT'],
  referral: ['SOCIAL_SERVICES', 'JOB_CENTRE', 'PARTNER', 'SELF_REGISTRATION', 'OTHER'],
  criterion: ['LICENCES', 'ITALIAN_LEVEL', 'EDUCATION', 'CAR', 'ZONE', 'SECTOR', 'READINESS', 'SCHEDULES'],
  lack: ['LICENCES', 'ITALIAN_LEVEL', 'EDUCATION', 'CAR', 'ZONE', 'SECTOR', 'READINESS', 'SCHEDULES'],
};

const TONE = {
  REGISTERED: 'secondary', ASSESSED: 'info', IN_PROTOCOL: 'primary', PLACED: 'success', OUT_OF_PROTOCOL: 'dark', READMITTED: 'warning',
  OPEN: 'primary', IN_SELECTION: 'info', FILLED: 'success', CLOSED: 'dark',
  PROPOSED: 'secondary', CV_SENT: 'info', COMPANY_INTERVIEW: 'primary', HIRED: 'success', REFUSED_BY_CANDIDATE: 'dark', REJECTED: 'dark',
  ENROLLED: 'primary', COMPLETED: 'success', WITHDRAWN: 'dark',
};

/** A status shown as a badge with its label (never the raw value). */
export function badge(kind, value) {
  return value ? html`<span class="badge bg-${TONE[value] ?? 'secondary'}">${t(`${kind}.${value}`)}</span>` : nothing;
}

/** A list of enum values in words, comma separated. */
export const words = (kind, values) => (values ?? []).map((v) => t(`${kind}.${v}`)).join(', ');

/** An error or success message; errors are alerts, successes are status messages. */
export function message(text, tone = 'danger') {
  if (!text) return nothing;
  return html`<div class="alert alert-${tone}" role=${tone === 'danger' || tone === 'warning' ? 'alert' : 'status'}>${text}</div>`;
}

/** Previous/next buttons over an API page (offset/limit/total). */
export function pager({ offset, limit, total, label, move }) {
  if (total <= limit) return nothing;
  return html`<nav class="d-flex gap-2 align-items-center" aria-label=${label}>
    <button class="btn btn-outline-primary btn-sm" ?disabled=${offset === 0} @click=${() => move(Math.max(0, offset - limit))}>${t('paging.previous')}</button>
    <span>${t('paging.range', { from: offset + 1, to: Math.min(offset + limit, total), total })}</span>
    <button class="btn btn-outline-primary btn-sm" ?disabled=${offset + limit >= total} @click=${() => move(offset + limit)}>${t('paging.next')}</button>
  </nav>`;
}

/**
 * Runs a page's write, then reads the page again and says `done`; on failure shows the error, and
 * after a conflict (someone else acted first) reads the page again too. Answers what the write
 * answered (true when nothing), false when it failed. Plugins' pages use it too.
 */
export async function act(page, call, done) {
  try {
    const answer = await call();
    await page.load();
    page.errors = {};
    page.notice = done;
    return answer ?? true;
  } catch (e) {
    page.notice = null;
    page.errors = errorsOf(e);
    if (e.status === 409) await page.load();
    return false;
  }
}

/** A light-DOM Lit element base: Bootstrap Italia styles the content. */
export const lightDom = (Base) =>
  class extends Base {
    createRenderRoot() {
      return this;
    }
  };
