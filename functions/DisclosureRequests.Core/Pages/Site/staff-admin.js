// Administration: the annual report (compile, progress, the table, downloads), parked messages, the staff
// directory and how far the working-day calendar reaches.
import { get, put, staffCall, signedIn } from './staff-api.js';
import { failureMessage } from './api.js';
import { showProblem, clearProblems } from './problems.js';
import * as labels from './staff-labels.js';

const formats = [['xlsx', 'Excel 表格（XLSX）'], ['html', '网页（HTML）'], ['csv', 'CSV'], ['md', 'Markdown'], ['json', 'JSON']];
const pause = ms => new Promise(resolve => setTimeout(resolve, ms));

function cell(content) {
  const td = document.createElement('td');
  if (content instanceof Node) td.append(content);
  else td.textContent = content ?? '';
  return td;
}

function linkButton(text, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'link';
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

// ---- annual report ----
const reportForm = document.getElementById('report-form');
const reportProblem = document.getElementById('report-problem');
const progress = document.getElementById('report-progress');
const year = () => document.getElementById('report-year').value.trim();

async function showReport(y) {
  const html = await staffCall('GET', `/api/reports/annual/${y}?format=html`, { accept: 'text/html' });
  if (!html.ok) {
    progress.textContent = `${y}年度报告尚未编制。`;
    return false;
  }
  document.getElementById('report-frame').srcdoc = html.text;
  document.getElementById('report-downloads').replaceChildren(...formats.map(([format, name]) => {
    const a = document.createElement('a');
    a.href = `/api/reports/annual/${y}?format=${format}`;
    a.download = `annual-report-${y}.${format}`;
    a.textContent = `下载${name}`;
    return a;
  }));
  document.getElementById('report-result').hidden = false;
  return true;
}

reportForm.addEventListener('submit', async event => {
  event.preventDefault();
  clearProblems(reportForm, reportProblem);
  const y = year();
  const started = await staffCall('POST', `/api/reports/annual/${encodeURIComponent(y)}`, { json: {}, prefer: 'respond-async' });
  if (!started.ok) {
    showProblem(reportForm, reportProblem, failureMessage(started), started.data?.errors);
    return;
  }
  for (;;) {
    const status = await get(`/api/reports/annual/${y}/status`);
    const state = status.data?.state;
    if (state === 'completed') {
      if (await showReport(y)) progress.textContent = `${y}年度报告已编制完成，共读取 ${status.data.processed} 件申请记录${status.data.provisional ? '（本年度尚未结束，数据截至编制之时）' : ''}。`;
      return;
    }
    if (state === 'failed') {
      progress.textContent = '';
      showProblem(reportForm, reportProblem, '年度报告编制失败：数据不平衡，请核对所列申请。', {});
      return;
    }
    progress.textContent = `正在编制，已读取 ${status.data?.processed ?? 0} 件申请记录…`;
    await pause(500);
  }
});

document.getElementById('report-show').addEventListener('click', () => showReport(year()));

// ---- parked messages ----
async function loadParked(message) {
  const result = await get('/api/admin/parked-messages');
  const parked = result.ok ? result.data : [];
  document.getElementById('parked').replaceChildren(...parked.map(p => {
    const tr = document.createElement('tr');
    tr.append(cell(p.trackingNumber), cell(p.kind), cell(String(p.attempts)), cell(labels.instant(p.parkedAt)),
      cell(linkButton(`重新发送（${p.trackingNumber}）`, async () => {
        const retried = await staffCall('POST', `/api/admin/parked-messages/${encodeURIComponent(p.caseId)}/${encodeURIComponent(p.itemId)}/retry`, { json: {} });
        await loadParked(retried.ok ? '已重新发送。' : failureMessage(retried));
      })));
    return tr;
  }));
  document.getElementById('parked-status').textContent = message || (parked.length === 0 ? '没有发送失败的消息。' : '');
}

// ---- staff directory ----
const staffForm = document.getElementById('staff-form');
const staffProblem = document.getElementById('staff-problem');

function edit(member) {
  document.getElementById('staff-id').value = member.id;
  document.getElementById('staff-name').value = member.displayName;
  document.getElementById('staff-email').value = member.email || '';
  for (const box of staffForm.querySelectorAll('input[name="staff-roles"]')) box.checked = member.roles.includes(box.value);
  document.getElementById('staff-active').checked = member.active;
  document.getElementById('staff-id').focus();
}

async function loadStaff(message) {
  const result = await get('/api/staff');
  const staff = result.ok ? result.data : [];
  document.getElementById('staff').replaceChildren(...staff.map(m => {
    const tr = document.createElement('tr');
    tr.append(cell(m.id), cell(m.displayName), cell(m.email || '—'), cell(m.roles.map(r => labels.label(labels.roles, r)).join('、')),
      cell(m.active ? '是' : '否'), cell(linkButton(`修改${m.displayName}`, () => edit(m))));
    return tr;
  }));
  document.getElementById('staff-status').textContent = message || '';
}

staffForm.addEventListener('submit', async event => {
  event.preventDefault();
  clearProblems(staffForm, staffProblem);
  const id = document.getElementById('staff-id').value.trim();
  if (!id) {
    showProblem(staffForm, staffProblem, '提交的内容不完整或有误', { id: ['此项为必填项'] });
    return;
  }
  const result = await put(`/api/staff/${encodeURIComponent(id)}`, {
    displayName: document.getElementById('staff-name').value.trim() || undefined,
    email: document.getElementById('staff-email').value.trim(),
    roles: [...staffForm.querySelectorAll('input[name="staff-roles"]:checked')].map(b => b.value),
    active: document.getElementById('staff-active').checked,
  });
  if (!result.ok) {
    showProblem(staffForm, staffProblem, failureMessage(result), result.data?.errors);
    return;
  }
  await loadStaff(`已保存${result.data.displayName}。`);
});

// ---- calendar ----
async function loadCalendar() {
  const health = await get('/api/health');
  const calendar = health.data?.calendar;
  if (!calendar) return;
  const next = Number(calendar.coveredThrough.slice(0, 4)) + 1;
  document.getElementById('calendar-coverage').textContent =
    `工作日历已录入至${labels.date(calendar.coveredThrough)}（还有 ${calendar.daysLeft} 天）。` +
    (calendar.warning ? `国务院办公厅关于${next}年部分节假日安排的通知尚未录入：答复期限跨入${next}年的申请暂不显示答复期限，录入后自动补设提醒。` : '');
}

async function start() {
  if (!await signedIn()) return;
  document.getElementById('report-year').value = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date());
  await Promise.all([loadParked(), loadStaff(), loadCalendar()]);
}

start();
