// The print queue: paper letters to print, then record as posted or served (how and on which day).
import { get, post, signedIn } from './staff-api.js';
import { openLetter, openReceipt } from './staff-letters.js';
import { showProblem, clearProblems } from './problems.js';
import { explain } from './staff-refusals.js';
import * as labels from './staff-labels.js';

const status = document.getElementById('queue-status');
const form = document.getElementById('dispatch-form');
const summary = document.getElementById('dispatch-problem');
let current = null;

function cell(content) {
  const td = document.createElement('td');
  if (content instanceof Node) td.append(content);
  else td.textContent = content ?? '';
  return td;
}

function today() {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  return parts;
}

function caseLink(entry) {
  const link = document.createElement('a');
  link.href = `/staff/cases/${encodeURIComponent(entry.caseId)}`;
  link.textContent = entry.trackingNumber;
  return link;
}

function linkButton(text, onClick) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'link';
  button.textContent = text;
  button.addEventListener('click', onClick);
  return button;
}

async function load(message) {
  const result = await get('/api/print-queue');
  const entries = result.ok ? result.data : [];
  document.getElementById('queue').replaceChildren(...entries.map(e => {
    const tr = document.createElement('tr');
    const open = linkButton(`打印${e.title}（${e.trackingNumber}）`, async () => {
      current = e;
      clearProblems(form, summary);
      document.getElementById('dispatch-on').value = today();
      await openLetter(e.letter, `${e.title}（${e.trackingNumber}）`, false);
    });
    open.dataset.tracking = e.trackingNumber;
    open.dataset.kind = e.kind;
    // An applicant who chose to collect in person is handed the letter, not sent it.
    const where = e.delivery === 'pickup' ? '申请人当面领取' : e.address || '—';
    tr.append(cell(caseLink(e)), cell(e.addressee), cell(where), cell(e.title), cell(labels.instant(e.queuedAt)), cell(open));
    return tr;
  }));
  status.textContent = message || (entries.length === 0 ? '没有待打印的文书。' : `待打印 ${entries.length} 件。`);
}

async function loadReceipts(message) {
  const result = await get('/api/posted-letters');
  const entries = result.ok ? result.data : [];
  document.getElementById('receipts').replaceChildren(...entries.map(e => {
    const tr = document.createElement('tr');
    const letter = { id: e.itemId, title: e.title, dispatch: { on: e.postedOn } };
    const record = linkButton(`登记${e.title}签收（${e.trackingNumber}）`, () => openReceipt(e.caseId, letter, async done => {
      await loadReceipts(`${e.trackingNumber}：${done}`);
      document.getElementById('receipts-status').focus();
    }));
    tr.append(cell(caseLink(e)), cell(e.addressee), cell(e.title), cell(`${labels.date(e.postedOn)} ${labels.label(labels.dispatchMethods, e.method)}`),
      cell(e.timeLimitAwaitsReceipt ? '自签收之日起算' : '—'), cell(record));
    return tr;
  }));
  document.getElementById('receipts-status').textContent = message || (entries.length === 0 ? '没有待登记签收的文书。' : `待登记签收 ${entries.length} 件。`);
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  if (!current) return;
  clearProblems(form, summary);
  const result = await post(`/api/cases/${encodeURIComponent(current.caseId)}/correspondence/${encodeURIComponent(current.itemId)}/dispatch`, {
    method: document.getElementById('dispatch-method').value,
    on: document.getElementById('dispatch-on').value || undefined,
  });
  if (!result.ok) {
    const { title, errors } = explain(result);
    showProblem(form, summary, title, errors);
    return;
  }
  document.getElementById('letter-viewer').hidden = true;
  const done = `已记录${current.trackingNumber}的${current.title}。`;
  current = null;
  await load(done);
  await loadReceipts();
  status.focus();
});

async function start() {
  if (!await signedIn()) return;
  await load();
  await loadReceipts();
}

start();
