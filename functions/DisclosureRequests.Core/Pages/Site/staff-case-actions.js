// The forms of the actions the signed-in person may take at the case's stage. The server decides; a refusal is
// shown as it answers, in Chinese.
import { get, staffCall } from './staff-api.js';
import { showProblem, clearProblems } from './problems.js';
import { explain } from './staff-refusals.js';
import * as labels from './staff-labels.js';
import * as steps from './staff-case-steps.js';

const summary = document.getElementById('action-problem');
let context = null;
let outcomes = null;
let wired = false;

function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

function show(id, visible) {
  document.getElementById(id).hidden = !visible;
  return visible;
}

async function loadOutcomes() {
  if (outcomes) return outcomes;
  const result = await get('/api/reply-outcomes');
  outcomes = result.ok ? result.data : [];
  return outcomes;
}

const withheldReasons = () => outcomes.find(o => o.code === 'withheld')?.reasons || [];

// An outcome's reasons, then its variants: other wordings of the reply that count in the outcome's own row.
const reasonsOf = outcome => [...(outcome?.reasons || []), ...(outcome?.variants || [])];

// Art. 36(1) (already public) and Art. 39(2) (a publication) tell the applicant how and where to obtain the information.
const namesAccessRoute = (outcome, reason) =>
  (outcome === 'disclosed' && reason === 'already-public') || (outcome === 'not-processed' && reason === 'publication');

function outcomeText(draft) {
  const outcome = outcomes?.find(o => o.code === draft.outcome);
  const reason = reasonsOf(outcome).find(r => r.code === draft.reason);
  return [outcome?.label || draft.outcome, reason?.label].filter(Boolean).join(' ');
}

function listItem(text) {
  const li = document.createElement('li');
  li.textContent = text;
  return li;
}

function renderDraft(view) {
  const draft = view.draft;
  const reviewing = ['in-legal-review', 'awaiting-approval'].includes(view.status) && draft;
  show('draft-panel', reviewing);
  show('four-eyes', reviewing || (view.status === 'in-progress' && context.me.roles.includes('CaseOfficer')));
  if (!reviewing) return;
  document.getElementById('draft-outcome-shown').textContent = outcomeText(draft);
  document.getElementById('draft-by-shown').textContent = context.staff.find(m => m.id === draft.draftedBy)?.displayName || draft.draftedBy;
  document.getElementById('draft-agency-shown').textContent =
    [draft.responsibleAgency, draft.responsibleAgencyContact && `联系方式：${draft.responsibleAgencyContact}`].filter(Boolean).join('，') || '—';
  document.getElementById('draft-route-shown').textContent = draft.accessRoute || '—';
  const overrides = (draft.overriddenObjections || []).map(o =>
    `${view.consultations.find(c => c.id === o.consultationId)?.party.name || o.consultationId}：${o.reasons}`);
  document.getElementById('draft-overrides-shown').textContent = overrides.join('；') || '—';
  document.getElementById('draft-summary-shown').textContent = draft.summary;
  const reasons = withheldReasons();
  const withheld = draft.withheld.map(w => listItem(`${w.description}——${reasons.find(r => r.code === w.reason)?.label || w.reason}`));
  document.getElementById('draft-withheld-shown').replaceChildren(...(withheld.length ? withheld : [listItem('无')]));
  const releases = context.documents.releases.map(d => listItem(d.fileName));
  document.getElementById('draft-releases-shown').replaceChildren(...(releases.length ? releases : [listItem('无')]));
  // Art. 36(2): what is disclosed is provided; a disclosure pointing to where it is already public needs no file.
  show('draft-releases-missing', ['disclosed', 'partially-disclosed'].includes(draft.outcome) && !namesAccessRoute(draft.outcome, draft.reason)
    && releases.length === 0);
}

// Focus moves to a part added on request only: one added while the outcome is being picked with the arrow keys
// would pull the keyboard out of the picker.
function addWithheldPart(event) {
  const list = document.getElementById('withheld-parts');
  const n = list.children.length + 1;
  const li = document.createElement('li');
  li.className = 'withheld-part';
  const reasonLabel = document.createElement('label');
  reasonLabel.htmlFor = `withheld-reason-${n}`;
  reasonLabel.textContent = `第 ${n} 部分的理由`;
  const reason = document.createElement('select');
  reason.id = `withheld-reason-${n}`;
  reason.className = 'withheld-reason';
  for (const r of withheldReasons()) reason.append(option(r.code, r.label));
  const descriptionLabel = document.createElement('label');
  descriptionLabel.htmlFor = `withheld-description-${n}`;
  descriptionLabel.textContent = `第 ${n} 部分：不予公开的内容`;
  const description = document.createElement('input');
  description.id = `withheld-description-${n}`;
  description.className = 'withheld-description';
  description.maxLength = 500;
  li.append(descriptionLabel, description, reasonLabel, reason);
  list.append(li);
  if (event) description.focus();
}

// Art. 32: the third parties that objected with reasons, each with a box for the reasons to disclose all the same.
// The list is rebuilt only when those parties change, so what was typed survives a reload of the case.
const objectionsOf = view => view.consultations.filter(c => c.kind === 'third-party-consultation' && c.response === 'objection');

function renderObjections(view) {
  const list = document.getElementById('objection-overrides');
  const objections = objectionsOf(view);
  const key = objections.map(c => c.id).join(',');
  if (list.dataset.for === `${view.id}:${key}`) return;
  list.dataset.for = `${view.id}:${key}`;
  list.replaceChildren(...objections.map(c => {
    const li = document.createElement('li');
    const label = document.createElement('label');
    label.htmlFor = `objection-reasons-${c.id}`;
    label.textContent = `决定向${c.party.name}公开的理由（其不同意公开的理由：${c.reasons || '未记录'}）`;
    const reasons = document.createElement('textarea');
    reasons.id = `objection-reasons-${c.id}`;
    reasons.className = 'objection-reasons';
    reasons.dataset.consultation = c.id;
    reasons.rows = 3;
    reasons.maxLength = 2000;
    li.append(label, reasons);
    return li;
  }));
  refreshReasonFields();
}

function refreshDraftFields() {
  const outcome = outcomes.find(o => o.code === document.getElementById('draft-outcome').value);
  const reason = document.getElementById('draft-reason');
  // An outcome with variants only may also be answered without a reason: for 予以公开, the plain disclosure of 36(2).
  const plain = outcome && !outcome.reasons.length && outcome.variants?.length ? [option('', '予以公开（第三十六条第二项）')] : [];
  reason.replaceChildren(...plain, ...reasonsOf(outcome).map(r => option(r.code, r.label)));
  show('draft-reason-field', reason.options.length > 0);
  const partial = show('draft-withheld', outcome?.code === 'partially-disclosed');
  if (partial && document.getElementById('withheld-parts').children.length === 0) addWithheldPart(null);
  refreshReasonFields();
}

function refreshReasonFields() {
  const outcome = value('draft-outcome');
  const reason = document.getElementById('draft-reason-field').hidden ? '' : value('draft-reason');
  show('draft-agency', outcome === 'unavailable' && reason === 'not-held');
  show('draft-route-field', namesAccessRoute(outcome, reason));
  const discloses = (outcome === 'disclosed' && reason !== 'already-public') || outcome === 'partially-disclosed';
  show('draft-objections', discloses && document.getElementById('objection-overrides').children.length > 0);
}

const value = id => document.getElementById(id).value.trim();
const checked = name => document.querySelector(`input[name="${name}"]:checked`)?.value || '';

const bodies = {
  'assign': () => ({ assignee: value('assign-officer') }),
  'clarification-request': () => ({
    items: value('clarification-items-input').split('\n').map(i => i.trim()).filter(Boolean),
    replyWithinWorkingDays: Number(value('clarification-days')) || undefined,
  }),
  'draft-reply': () => {
    const outcome = value('draft-outcome');
    const hasReason = !document.getElementById('draft-reason-field').hidden;
    const agency = !document.getElementById('draft-agency').hidden;
    const route = !document.getElementById('draft-route-field').hidden;
    const objections = !document.getElementById('draft-objections').hidden;
    return {
      outcome,
      reason: hasReason ? value('draft-reason') : undefined,
      summary: value('draft-summary'),
      withheld: outcome === 'partially-disclosed'
        ? [...document.querySelectorAll('.withheld-part')].map(p => ({
          reason: p.querySelector('.withheld-reason').value,
          description: p.querySelector('.withheld-description').value.trim(),
        })).filter(w => w.description)
        : [],
      responsibleAgency: agency ? value('draft-agency-name') || undefined : undefined,
      responsibleAgencyContact: agency ? value('draft-agency-contact') || undefined : undefined,
      accessRoute: route ? value('draft-access-route') || undefined : undefined,
      overriddenObjections: objections
        ? [...document.querySelectorAll('.objection-reasons')]
          .map(r => ({ consultationId: r.dataset.consultation, reasons: r.value.trim() }))
          .filter(o => o.reasons)
        : undefined,
    };
  },
  'legal-review': () => ({ decision: checked('review-decision'), comments: value('review-comments') || undefined }),
  'approval': () => ({ decision: checked('approval-decision'), comments: value('approval-comments') || undefined }),
  ...steps.bodies,
};

const changedMeanwhile = '该申请在您打开页面后已被他人办理，您的操作未提交。页面已更新为最新情况，您填写的内容仍保留，请核对后再提交。';

const done = {
  'assign': '已分办。',
  'clarification-request': '补正通知已发出。',
  'draft-reply': '答复草稿已提交法制审核。',
  'legal-review': '审核意见已提交。',
  'approval': '审批意见已提交。',
  ...steps.done,
};

async function submit(event) {
  event.preventDefault();
  const form = event.target;
  const action = form.dataset.action;
  clearProblems(form, summary);
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  const route = steps.routeOf(action, context.view);
  // Acts on the case as this page shows it: if someone changed it meanwhile, nothing is done and the page shows the
  // change, keeping what was typed, for the officer to check before sending again.
  const result = await staffCall('POST', `/api/cases/${encodeURIComponent(context.view.id)}/${route}`,
    { json: bodies[action](), ifMatch: `"${context.view.version}"` });
  button.disabled = false;
  if (result.status === 412) {
    await context.reload();
    showProblem(form, summary, changedMeanwhile, {});
    return;
  }
  if (!result.ok) {
    const { title, errors } = explain(result, route);
    showProblem(form, summary, title, errors);
    return;
  }
  form.reset();
  if (action === 'draft-reply') refreshDraftFields();
  await context.reload(done[action]);
  document.getElementById('case-message').focus?.();
}

export async function renderActions(view, { me, staff, documents, reload }) {
  context = { view, me, staff, documents, reload };
  await loadOutcomes();
  if (!wired) {
    wired = true;
    for (const form of document.querySelectorAll('form.action')) form.addEventListener('submit', submit);
    document.getElementById('draft-outcome').addEventListener('change', refreshDraftFields);
    document.getElementById('draft-reason').addEventListener('change', refreshReasonFields);
    document.getElementById('withheld-add').addEventListener('click', addWithheldPart);
    const outcomePicker = document.getElementById('draft-outcome');
    outcomePicker.append(...outcomes.map(o => option(o.code, o.label)));
    refreshDraftFields();
  }
  const officer = me.roles.includes('CaseOfficer');
  const open = !labels.closedStatuses.includes(view.status);
  const picker = document.getElementById('assign-officer');
  picker.replaceChildren(...staff.filter(m => m.active && m.roles.includes('CaseOfficer')).map(m => option(m.id, `${m.displayName}（${m.id}）`)));
  if (view.assignee) picker.value = view.assignee;
  const shown = [
    show('assign-form', officer && open),
    show('clarification-form', officer && ['received', 'in-progress'].includes(view.status) && !view.clarification),
    show('draft-form', officer && view.status === 'in-progress'),
    show('review-form', me.roles.includes('LegalReviewer') && view.status === 'in-legal-review'),
    show('approval-form', me.roles.includes('Approver') && view.status === 'awaiting-approval'),
    ...Object.entries(steps.visibleSteps(view, me)).map(([id, visible]) => show(id, visible)),
  ];
  renderObjections(view);
  renderDraft(view);
  show('actions-none', !shown.some(Boolean));
}
