// A new access code for an applicant who lost theirs, once the officer has checked who they are. The code is shown
// this once, after the page has reloaded the case, and is kept nowhere.
import { staffCall } from './staff-api.js';
import { newKey } from './api.js';
import { showProblem, clearProblems } from './problems.js';
import { explain } from './staff-refusals.js';

const form = document.getElementById('access-code-form');
const problem = document.getElementById('access-code-problem');
const issued = document.getElementById('access-code-issued');
let current = null;
// One key until the code is given: a retry after a lost answer gets the same code instead of a second one.
let key = newKey();

export function renderAccessCode(view, { me, reload }) {
  current = { view, reload };
  // A case imported from the records kept before this system has no code to replace.
  document.getElementById('access-code').hidden = !me.roles.includes('CaseOfficer') || Boolean(view.import);
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  clearProblems(form, problem);
  issued.hidden = true;
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  const result = await staffCall('POST', `/api/cases/${encodeURIComponent(current.view.id)}/access-code`,
    { json: { identityCheck: document.getElementById('access-code-check').value.trim() }, idempotencyKey: key });
  button.disabled = false;
  if (!result.ok) {
    const { title, errors } = explain(result, 'access-code');
    showProblem(form, problem, title, errors);
    return;
  }
  key = newKey();
  form.reset();
  await current.reload('已重新生成查询码。');
  document.getElementById('access-code-number').textContent = result.data.trackingNumber;
  document.getElementById('access-code-value').textContent = result.data.accessCode;
  issued.hidden = false;
  issued.focus();
});
