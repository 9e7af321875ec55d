import { call, newKey, failureMessage } from './api.js';
import { date } from './labels.js';
import { clearProblems, showProblem } from './problems.js';
import { remember } from './session.js';

const form = document.getElementById('application-form');
const summary = document.getElementById('form-problem');
const submit = document.getElementById('submit');
const status = document.getElementById('submit-status');
const files = document.getElementById('attachments');

// A retry of the same content (a double click, a lost answer) reuses its key, so the application is filed once.
let attempt = { body: null, key: null };

function value(id) {
  return document.getElementById(id).value.trim() || undefined;
}

function checked(name) {
  return form.querySelector(`input[name="${name}"]:checked`)?.value;
}

function application() {
  const type = checked('applicant-type');
  const person = type === undefined || type === 'natural-person';
  return {
    applicant: {
      type,
      name: value('name'),
      idNumber: person ? value('id-number') : undefined,
      organizationCode: person ? undefined : value('organization-code'),
      email: value('email'),
      phone: value('phone'),
      address: value('address'),
    },
    description: value('description'),
    format: checked('format'),
    delivery: checked('delivery'),
  };
}

function showApplicantType() {
  const type = checked('applicant-type');
  const person = type === undefined || type === 'natural-person';
  document.getElementById('name-label').textContent = person ? '姓名' : '名称';
  document.getElementById('id-number-field').hidden = !person;
  document.getElementById('organization-code-field').hidden = person;
}

async function attach(receipt) {
  const chosen = Array.from(files.files);
  if (chosen.length === 0) return '';
  const data = new FormData();
  for (const file of chosen) data.append('files', file, file.name);
  const result = await call('POST', `/api/requests/${encodeURIComponent(receipt.id)}/attachments`, { accessCode: receipt.accessCode, form: data });
  return result.ok
    ? `已上传附件 ${chosen.length} 个。`
    : `申请已提交，但附件未能上传：${failureMessage(result)} 您可以在查询页面查看申请。`;
}

function showReceipt(receipt, attachments) {
  document.getElementById('receipt-number').textContent = receipt.trackingNumber;
  document.getElementById('receipt-code').textContent = receipt.accessCode;
  document.getElementById('receipt-received').textContent = date(receipt.receivedOn);
  document.getElementById('receipt-due').textContent = receipt.replyDueOn
    ? `${date(receipt.replyDueOn)}（收到申请之日起20个工作日内）`
    : '收到申请之日起20个工作日内（具体日期另行告知）';
  document.getElementById('receipt-email').hidden = receipt.emailConfirmation !== 'pending';
  const note = document.getElementById('receipt-attachments');
  note.textContent = attachments;
  note.hidden = attachments === '';
  document.getElementById('application').hidden = true;
  const section = document.getElementById('receipt');
  section.hidden = false;
  document.title = '申请已提交 — 政府信息公开申请';
  section.focus();
}

form.addEventListener('change', event => {
  if (event.target.name === 'applicant-type') showApplicantType();
});

form.addEventListener('submit', async event => {
  event.preventDefault();
  if (submit.disabled) return;
  const body = application();
  const serialized = JSON.stringify(body);
  if (attempt.body !== serialized) attempt = { body: serialized, key: newKey() };
  submit.disabled = true;
  status.textContent = '正在提交，请稍候……';
  clearProblems(form, summary);
  try {
    const result = await call('POST', '/api/requests', { json: body, idempotencyKey: attempt.key });
    if (result.status === 201 && result.data) {
      status.textContent = '';
      if (Array.from(files.files).length > 0) status.textContent = '申请已提交，正在上传附件……';
      const attachments = await attach(result.data);
      remember(result.data.trackingNumber, result.data.accessCode);
      showReceipt(result.data, attachments);
      return;
    }
    status.textContent = '';
    if (result.status === 400 && result.data?.errors) showProblem(form, summary, result.data.title || '提交的内容不完整或有误', result.data.errors);
    else showProblem(form, summary, failureMessage(result), {});
  } finally {
    submit.disabled = false;
  }
});

document.getElementById('receipt-print').addEventListener('click', () => window.print());
showApplicantType();
