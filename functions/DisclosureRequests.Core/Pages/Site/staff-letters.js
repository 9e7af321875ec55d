// Every letter and mail of a case with its delivery; a letter opens laid out for A4 with a seal placeholder, and as sent.
import { get, post, staffCall } from './staff-api.js';
import * as labels from './staff-labels.js';
import { renderSheet } from './staff-letter-sheet.js';
import { showProblem, clearProblems } from './problems.js';
import { explain } from './staff-refusals.js';

const audiences = {
  'applicant': '申请人',
  'third-party': '第三方',
  'other-agency': '其他行政机关',
  'assignee': '承办人',
  'case-officers': '承办人员',
  'legal-reviewers': '法制审核人员',
  'approvers': '审批负责人',
};

export const deliveryStatuses = {
  'pending': '待发送',
  'delivered': '已发送',
  'to-post': '待打印邮寄',
  'posted': '已邮寄',
  'served': '已送达',
  'parked': '发送失败，待处理',
  'awaiting-confirmation': '待申请人确认电子邮箱',
};

function cell(content) {
  const td = document.createElement('td');
  if (content instanceof Node) td.append(content);
  else td.textContent = content ?? '';
  return td;
}

function button(text, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'link';
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

let wired = false;

export async function openLetter(url, title, print) {
  const result = await staffCall('GET', url, { accept: 'text/html' });
  if (!result.ok) return false;
  const viewer = document.getElementById('letter-viewer');
  document.getElementById('letter-title').textContent = title;
  document.getElementById('letter-frame').srcdoc = result.text;
  renderSheet(document.getElementById('letter-sheet'), result.text);
  viewer.hidden = false;
  if (!wired) {
    wired = true;
    document.getElementById('letter-close').addEventListener('click', () => {
      viewer.hidden = true;
      document.body.classList.remove('printing-letter');
    });
    document.getElementById('letter-print').addEventListener('click', () => window.print());
  }
  document.body.classList.toggle('printing-letter', true);
  document.getElementById('letter-title').focus();
  if (print) window.print();
  return true;
}

function statusText(entry, applicantDelivery) {
  if (entry.status === 'to-post' && entry.audience === 'applicant' && applicantDelivery === 'pickup') return '待打印，申请人当面领取';
  return labels.label(deliveryStatuses, entry.status);
}

function dispatchText(dispatch) {
  if (!dispatch) return '';
  const sent = `${labels.date(dispatch.on)} ${labels.label(labels.dispatchMethods, dispatch.method)}`;
  return dispatch.receivedOn ? `${sent}，${labels.date(dispatch.receivedOn)} 签收` : sent;
}

// A posted letter is served on the day it was signed for; until that is recorded, a time limit it gave does not run.
let receiptFor = null;
let receiptWired = false;

export function openReceipt(caseId, entry, reload) {
  const form = document.getElementById('receipt-form');
  const summary = document.getElementById('receipt-problem');
  receiptFor = { caseId, entry, reload };
  clearProblems(form, summary);
  document.getElementById('receipt-title').textContent = `登记签收：${entry.title}（${labels.date(entry.dispatch.on)}寄出）`;
  document.getElementById('receipt-on').value = '';
  form.hidden = false;
  document.getElementById('receipt-on').focus();
  if (receiptWired) return;
  receiptWired = true;
  document.getElementById('receipt-cancel').addEventListener('click', () => {
    form.hidden = true;
    clearProblems(form, summary);
  });
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const { caseId: id, entry: letter, reload: done } = receiptFor;
    clearProblems(form, summary);
    const result = await post(`/api/cases/${encodeURIComponent(id)}/correspondence/${encodeURIComponent(letter.id)}/receipt`, {
      on: document.getElementById('receipt-on').value || undefined,
    });
    if (!result.ok) {
      const { title, errors } = explain(result);
      showProblem(form, summary, title, errors);
      return;
    }
    form.hidden = true;
    await done(`已登记${letter.title}的签收日期。`);
  });
}

export async function renderLetters(caseId, reload, applicantDelivery) {
  const result = await get(`/api/cases/${encodeURIComponent(caseId)}/correspondence`);
  const entries = result.ok ? result.data : [];
  document.getElementById('letters').replaceChildren(...entries.map(e => {
    const tr = document.createElement('tr');
    const actions = document.createElement('span');
    actions.className = 'row-actions';
    if (e.letter) {
      actions.append(button(`查看${e.title}`, () => openLetter(e.letter, e.title, false)));
    }
    if (e.status === 'posted' && reload) {
      actions.append(button(`登记${e.title}签收`, () => openReceipt(caseId, e, reload)));
    }
    tr.append(cell(e.title), cell(audiences[e.audience] || e.audience), cell(labels.instant(e.createdAt)),
      cell([statusText(e, applicantDelivery), dispatchText(e.dispatch)].filter(Boolean).join('：')), cell(actions));
    return tr;
  }));
}
