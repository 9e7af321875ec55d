// The local development sign-in: the server keeps the chosen identity in an HttpOnly cookie.
import { post } from './staff-api.js';
import { failureMessage } from './api.js';
import { showProblem, clearProblems } from './problems.js';

const form = document.getElementById('sign-in-form');
const summary = document.getElementById('sign-in-problem');

form.addEventListener('submit', async event => {
  event.preventDefault();
  clearProblems(form, summary);
  const roles = [...form.querySelectorAll('input[name="roles"]:checked')].map(r => r.value);
  const result = await post('/staff/dev-sign-in', {
    id: document.getElementById('sign-in-id').value,
    displayName: document.getElementById('sign-in-name').value,
    roles,
  });
  if (result.ok) {
    location.assign('/staff');
    return;
  }
  const first = showProblem(form, summary, failureMessage(result), result.data?.errors);
  if (!first) summary.focus();
});
