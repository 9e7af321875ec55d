// The worklist: my cases or all open ones, searched and filtered by the API, a page at a time (continuation tokens).
import { get, signedIn } from './staff-api.js';
import { failureMessage } from './api.js';
import * as labels from './staff-labels.js';

const rows = document.getElementById('worklist-rows');
const status = document.getElementById('list-status');
const problem = document.getElementById('list-problem');
const next = document.getElementById('page-next');
const first = document.getElementById('page-first');
let me = null;
let mine = false;
let continuation = null;

function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

function cell(content, className) {
  const td = document.createElement('td');
  if (content instanceof Node) td.append(content);
  else td.textContent = content;
  if (className) td.className = className;
  return td;
}

function due(item) {
  if (item.replyDueOn) return labels.date(item.replyDueOn);
  if (labels.awaitsCalendar(item)) return `待定（节假日安排未发布，最早 ${labels.date(item.rankDate)}）`;
  if (item.clock === 'paused') return '暂停计时';
  return '—';
}

function row(item, names) {
  const tr = document.createElement('tr');
  const link = document.createElement('a');
  link.href = `/staff/cases/${encodeURIComponent(item.id)}`;
  link.textContent = item.trackingNumber;
  const urgency = labels.urgency(item);
  if (urgency.mark) tr.classList.add(urgency.mark);
  const mark = document.createElement('span');
  mark.textContent = urgency.text;
  if (urgency.mark) mark.className = 'mark ' + urgency.mark;
  tr.append(
    cell(link),
    cell(item.applicantName),
    cell(item.summary, 'summary'),
    cell(labels.label(labels.staffStatuses, item.status)),
    cell(item.assignee ? names.get(item.assignee) || item.assignee : '未分办'),
    cell(due(item)),
    cell(mark));
  return tr;
}

let names = new Map();
let loads = 0;

function query(token) {
  const params = new URLSearchParams({ pageSize: '25' });
  const q = document.getElementById('search-q').value.trim();
  const s = document.getElementById('search-status').value;
  const assignee = mine ? me.id : document.getElementById('search-assignee').value;
  const dueBefore = document.getElementById('search-due').value;
  if (q) params.set('q', q);
  if (s) params.set('status', s);
  if (assignee) params.set('assignee', assignee);
  if (dueBefore) params.set('dueBefore', dueBefore);
  if (token) params.set('continuation', token);
  return '/api/cases?' + params;
}

async function load(token) {
  problem.hidden = true;
  status.textContent = '正在加载…';
  const ticket = ++loads;
  const result = await get(query(token));
  // Only the latest search shows: an earlier one answering late does not overwrite it.
  if (ticket !== loads) return;
  if (!result.ok) {
    status.textContent = '';
    problem.textContent = failureMessage(result);
    problem.hidden = false;
    problem.focus();
    return;
  }
  rows.replaceChildren(...result.data.items.map(item => row(item, names)));
  continuation = result.data.continuation;
  next.hidden = !continuation;
  first.hidden = !token;
  status.textContent = result.data.items.length === 0 ? '没有符合条件的案件。' : `本页 ${result.data.items.length} 件${continuation ? '，还有下一页' : ''}。`;
}

function scope(toMine) {
  mine = toMine;
  document.getElementById('scope-mine').setAttribute('aria-pressed', String(mine));
  document.getElementById('scope-all').setAttribute('aria-pressed', String(!mine));
  document.getElementById('search-assignee').disabled = mine;
  load(null);
}

async function start() {
  me = await signedIn();
  if (!me) return;
  const statusPicker = document.getElementById('search-status');
  for (const [code, text] of Object.entries(labels.staffStatuses)) statusPicker.append(option(code, text));
  const staff = await get('/api/staff');
  if (staff.ok) {
    names = new Map(staff.data.map(m => [m.id, m.displayName]));
    const picker = document.getElementById('search-assignee');
    for (const m of staff.data.filter(m => m.roles.includes('CaseOfficer'))) picker.append(option(m.id, m.displayName));
  }
  document.getElementById('scope-mine').addEventListener('click', () => scope(true));
  document.getElementById('scope-all').addEventListener('click', () => scope(false));
  next.addEventListener('click', () => load(continuation));
  first.addEventListener('click', () => load(null));
  started = true;
  await load(null);
}

// Registered before anything is awaited: a search sent while the page is still starting is not a plain form
// submission that reloads the page and drops what was typed; the first load reads the search box as it then is.
let started = false;
document.getElementById('search-form').addEventListener('submit', event => {
  event.preventDefault();
  if (started) load(null);
});

start();
