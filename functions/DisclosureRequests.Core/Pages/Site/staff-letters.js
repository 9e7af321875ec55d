// Every letter and mail of a case with its delivery; a letter opens laid out for A4 with a seal placeholder, and as sent.
import { get, staffCall } from './staff-api.js';
import * as labels from './staff-labels.js';
import { renderSheet } from './staff-letter-sheet.js';

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

export async function renderLetters(caseId) {
  const result = await get(`/api/cases/${encodeURIComponent(caseId)}/correspondence`);
  const entries = result.ok ? result.data : [];
  document.getElementById('letters').replaceChildren(...entries.map(e => {
    const tr = document.createElement('tr');
    const actions = document.createElement('span');
    actions.className = 'row-actions';
    if (e.letter) {
      actions.append(button(`查看${e.title}`, () => openLetter(e.letter, e.title, false)));
    }
    const when = e.dispatch ? `${labels.date(e.dispatch.on)} ${labels.label(labels.dispatchMethods, e.dispatch.method)}` : '';
    tr.append(cell(e.title), cell(audiences[e.audience] || e.audience), cell(labels.instant(e.createdAt)),
      cell([labels.label(deliveryStatuses, e.status), when].filter(Boolean).join('：')), cell(actions));
    return tr;
  }));
}
