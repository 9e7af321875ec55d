import { call, newKey, failureMessage } from './api.js';
import { renderCase } from './case-view.js';
import { clearProblems, showProblem } from './problems.js';
import { remember, recall, forget } from './session.js';

const lookupSection = document.getElementById('lookup');
const lookupForm = document.getElementById('lookup-form');
const lookupProblem = document.getElementById('lookup-problem');
const caseSection = document.getElementById('case');
const message = document.getElementById('case-message');

// The application on screen and the code that proves it is the applicant's; kept in memory and this tab's session.
let current = null;

// Full-width digits and dashes, as a Chinese input method may type them, read as the plain ones.
function normalise(value) {
  return value.trim()
    .replace(/[\uFF10-\uFF19]/g, c => String.fromCharCode(c.charCodeAt(0) - 0xFEE0))
    .replace(/[\uFF0D\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, '');
}

async function open(trackingNumber, accessCode) {
  const result = await call('GET', `/api/requests/by-tracking-number/${encodeURIComponent(trackingNumber)}`, { accessCode });
  if (!result.ok || !result.data) return result;
  current = { view: result.data, accessCode };
  remember(trackingNumber, accessCode);
  render();
  return result;
}

async function reload() {
  return open(current.view.trackingNumber, current.accessCode);
}

function render() {
  renderCase(current.view, { openLetter: showLetter });
  lookupSection.hidden = true;
  caseSection.hidden = false;
  document.title = `申请编号 ${current.view.trackingNumber} — 查询政府信息公开申请`;
}

// The letter is shown as sent, inside a sandboxed frame that runs no script and shares nothing with this page.
async function showLetter(letter) {
  const viewer = document.getElementById('letter-viewer');
  const result = await call('GET', letter.url, { accessCode: current.accessCode, accept: 'text/html' });
  if (!result.ok) {
    message.textContent = result.status === 404 ? '该文书暂时无法阅读，请稍后再试。' : failureMessage(result);
    return;
  }
  document.getElementById('letter-frame').srcdoc = result.text;
  document.getElementById('letter-title').textContent = letter.title;
  viewer.hidden = false;
  document.getElementById('letter-title').focus();
}

function showLookup() {
  current = null;
  caseSection.hidden = true;
  lookupSection.hidden = false;
  document.title = '查询政府信息公开申请';
}

lookupForm.addEventListener('submit', async event => {
  event.preventDefault();
  const button = document.getElementById('lookup-submit');
  if (button.disabled) return;
  const trackingNumber = normalise(document.getElementById('tracking-number').value);
  const accessCode = normalise(document.getElementById('access-code').value).toUpperCase();
  clearProblems(lookupForm, lookupProblem);
  if (!trackingNumber || !accessCode) {
    showProblem(lookupForm, lookupProblem, '请输入申请编号和查询码。', {});
    return;
  }
  button.disabled = true;
  try {
    const result = await open(trackingNumber, accessCode);
    if (result.ok) {
      document.getElementById('access-code').value = '';
      message.textContent = '';
      caseSection.focus();
    } else {
      showProblem(lookupForm, lookupProblem, result.status === 404 ? '未找到该申请，或查询码不正确。请核对申请编号和查询码。' : failureMessage(result), {});
    }
  } finally {
    button.disabled = false;
  }
});

const confirmationForm = document.getElementById('email-confirmation-form');
const confirmationProblem = document.getElementById('email-confirmation-problem');

confirmationForm.addEventListener('submit', async event => {
  event.preventDefault();
  const button = document.getElementById('email-confirmation-submit');
  if (button.disabled) return;
  const code = normalise(document.getElementById('email-confirmation-code').value).toUpperCase();
  clearProblems(confirmationForm, confirmationProblem);
  if (!code) {
    showProblem(confirmationForm, confirmationProblem, '请输入邮件中的确认码。', { code: ['此项为必填项'] });
    return;
  }
  button.disabled = true;
  try {
    const result = await call('POST', `/api/requests/${encodeURIComponent(current.view.id)}/email-confirmation`,
      { accessCode: current.accessCode, json: { code } });
    if (result.ok) {
      document.getElementById('email-confirmation-code').value = '';
      await reload();
      message.textContent = '电子邮箱已确认。本机关将通过该邮箱向您送达文书。';
      caseSection.focus();
    } else {
      showProblem(confirmationForm, confirmationProblem, failureMessage(result), result.data?.errors || {});
    }
  } finally {
    button.disabled = false;
  }
});

const clarificationForm = document.getElementById('clarification-form');
const clarificationProblem = document.getElementById('clarification-problem');
let clarificationKey = newKey();

clarificationForm.addEventListener('submit', async event => {
  event.preventDefault();
  const button = document.getElementById('clarification-submit');
  if (button.disabled) return;
  const answer = document.getElementById('clarification-answer').value.trim();
  clearProblems(clarificationForm, clarificationProblem);
  if (!answer) {
    showProblem(clarificationForm, clarificationProblem, '请填写补正内容。', { answer: ['此项为必填项'] });
    return;
  }
  button.disabled = true;
  try {
    const result = await call('POST', `/api/requests/${encodeURIComponent(current.view.id)}/clarification`,
      { accessCode: current.accessCode, json: { answer }, idempotencyKey: clarificationKey });
    if (result.ok) {
      clarificationKey = newKey();
      document.getElementById('clarification-answer').value = '';
      await reload();
      message.textContent = '补正已提交。答复期限自收到补正之日起重新计算。';
      caseSection.focus();
    } else {
      showProblem(clarificationForm, clarificationProblem, failureMessage(result), result.data?.errors || {});
    }
  } finally {
    button.disabled = false;
  }
});

const withdrawalForm = document.getElementById('withdrawal-form');
const withdrawalProblem = document.getElementById('withdrawal-problem');
let withdrawalKey = newKey();

document.getElementById('withdraw-start').addEventListener('click', () => {
  withdrawalForm.hidden = false;
  document.getElementById('withdraw-start').hidden = true;
  document.getElementById('withdraw-cancel').focus();
});

document.getElementById('withdraw-cancel').addEventListener('click', () => {
  withdrawalForm.hidden = true;
  document.getElementById('withdraw-start').hidden = false;
  document.getElementById('withdraw-start').focus();
});

withdrawalForm.addEventListener('submit', async event => {
  event.preventDefault();
  const button = document.getElementById('withdraw-confirm');
  if (button.disabled) return;
  clearProblems(withdrawalForm, withdrawalProblem);
  button.disabled = true;
  try {
    const reason = document.getElementById('withdrawal-reason').value.trim();
    const result = await call('POST', `/api/requests/${encodeURIComponent(current.view.id)}/withdrawal`,
      { accessCode: current.accessCode, json: reason ? { reason } : {}, idempotencyKey: withdrawalKey });
    if (result.ok) {
      withdrawalKey = newKey();
      await reload();
      message.textContent = '您的申请已撤回。';
      caseSection.focus();
    } else {
      showProblem(withdrawalForm, withdrawalProblem, failureMessage(result), {});
    }
  } finally {
    button.disabled = false;
  }
});

document.getElementById('letter-close').addEventListener('click', () => {
  document.getElementById('letter-viewer').hidden = true;
  document.getElementById('letter-frame').srcdoc = '';
});

// A new code goes only to the confirmed address the application gave; the answer is the same whatever was sent.
const recoveryForm = document.getElementById('recovery-form');
const recoveryProblem = document.getElementById('recovery-problem');
const recoverySent = document.getElementById('recovery-sent');
recoveryForm.addEventListener('submit', async event => {
  event.preventDefault();
  clearProblems(recoveryForm, recoveryProblem);
  recoverySent.hidden = true;
  const trackingNumber = normalise(document.getElementById('recovery-number').value);
  const email = document.getElementById('recovery-email').value.trim();
  if (!trackingNumber || !email) {
    showProblem(recoveryForm, recoveryProblem, '请填写申请编号和电子邮箱。',
      { ...(trackingNumber ? {} : { trackingNumber: ['此项为必填项'] }), ...(email ? {} : { email: ['此项为必填项'] }) });
    return;
  }
  const button = document.getElementById('recovery-submit');
  button.disabled = true;
  const result = await call('POST', '/api/requests/access-code-recovery', { json: { trackingNumber, email } });
  button.disabled = false;
  if (!result.ok) {
    showProblem(recoveryForm, recoveryProblem, failureMessage(result), result.data?.errors || {});
    return;
  }
  recoveryForm.reset();
  recoverySent.hidden = false;
  recoverySent.focus();
});

document.getElementById('case-leave').addEventListener('click', () => {
  forget();
  showLookup();
  document.getElementById('tracking-number').focus();
});

const saved = recall();
if (saved) {
  document.getElementById('tracking-number').value = saved.trackingNumber;
  const result = await open(saved.trackingNumber, saved.accessCode);
  if (!result.ok) forget();
}
