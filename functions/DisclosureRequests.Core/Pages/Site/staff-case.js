// One case as the agency works it: facts, the request beside its clarification, the clock, documents, letters,
// history, and the actions the signed-in person may take at this stage.
import { get, signedIn } from './staff-api.js';
import { failureMessage } from './api.js';
import * as labels from './staff-labels.js';
import { renderActions } from './staff-case-actions.js';
import { renderLetters } from './staff-letters.js';
import { renderAccessCode } from './staff-access-code.js';

const caseId = decodeURIComponent(location.pathname.split('/').pop());
let me = null;
let staff = [];

function text(id, value) {
  document.getElementById(id).textContent = value ?? '';
}

function item(content) {
  const li = document.createElement('li');
  if (content instanceof Node) li.append(content);
  else li.textContent = content;
  return li;
}

function cell(content) {
  const td = document.createElement('td');
  td.textContent = content ?? '';
  return td;
}

const nameOf = id => staff.find(m => m.id === id)?.displayName || id;

function renderFacts(view) {
  const a = view.application.applicant;
  text('case-number', view.trackingNumber);
  document.title = `申请编号 ${view.trackingNumber} — 政府信息公开工作平台`;
  text('case-status', labels.label(labels.staffStatuses, view.status));
  text('case-assignee', view.assignee ? nameOf(view.assignee) : '未分办');
  const id = a.idNumber ? `，身份证件号码 ${a.idNumber}` : a.organizationCode ? `，统一社会信用代码 ${a.organizationCode}` : '';
  text('case-applicant', `${a.name}（${labels.label(labels.applicantTypes, a.type)}${id}）`);
  text('case-contact', [a.email && `电子邮箱：${a.email}`, a.phone && `电话：${a.phone}`, a.address && `地址：${a.address}`].filter(Boolean).join('\n'));
  text('case-channel', labels.label(labels.channels, view.channel));
  text('case-received', labels.date(view.receivedOn));
  text('case-format', `${labels.label(labels.formats, view.application.format)}；${labels.label(labels.deliveries, view.application.delivery)}`);
  text('case-description', view.application.description);
  const clarification = view.clarification;
  document.getElementById('clarified').hidden = !clarification;
  if (clarification) {
    document.getElementById('clarification-items').replaceChildren(...clarification.items.map(i => item(i)));
    text('clarification-answer', clarification.answer || `尚未补正（${clarificationPeriod(clarification)}）`);
  }
}

const awaitingService = request => Boolean(request.service && !request.service.servedOn);

function clarificationPeriod(clarification) {
  const days = clarification.replyWithinWorkingDays ?? 15;
  if (clarification.replyBy) return `补正期限：${labels.date(clarification.replyBy)}`;
  return awaitingService(clarification)
    ? `补正告知书待送达，补正期限自申请人收到之日起 ${days} 个工作日，送达后起算`
    : `补正期限：收到补正告知书之日起 ${days} 个工作日`;
}

function renderClock(view) {
  text('clock-state', labels.label(labels.clocks, view.clock));
  text('clock-due', view.replyDueOn ? labels.date(view.replyDueOn)
    : labels.awaitsCalendar(view) ? '待定：该年度节假日安排尚未发布' : labels.dueDateWithheld[view.status] || '—');
  text('clock-counted', view.countedWorkingDays === null || view.countedWorkingDays === undefined ? '—'
    : `${view.countedWorkingDays} 个工作日（不含暂停计时期间）`);
  const left = labels.urgency(view);
  text('clock-left', left.text);
  text('clock-pauses', view.consultations.length === 0 && !view.fee ? '无'
    : [...view.consultations.map(c => `征求${c.party.name}意见：${labels.date(c.sentOn)} 起${c.respondedOn ? `，${labels.date(c.respondedOn)} 收到答复`
         : awaitingService(c) ? '，征求意见书待送达，提出意见的期限送达后起算' : ''}`),
       ...(view.fee ? [`收费通知：${labels.date(view.fee.noticeOn)} 起${view.fee.paidOn ? `，${labels.date(view.fee.paidOn)} 缴费` : ''}`] : [])].join('\n'));
  text('clock-extension', view.extension
    ? `${view.extension.workingDays} 个工作日（${view.extension.decision === 'approve' ? '已批准' : view.extension.decision === 'refuse' ? '未批准' : '待审批'}）`
    : '无');
  text('clock-delay', view.delayedTo ? `${labels.date(view.delayedTo)}（《条例》第三十五条）` : '无');
}

async function renderDocuments() {
  const result = await get(`/api/requests/${encodeURIComponent(caseId)}/documents`);
  const documents = result.ok ? result.data : { attachments: [], releases: [] };
  const list = (docs, empty) => docs.length === 0 ? [item(empty)]
    : docs.map(d => item(`${d.fileName}（${labels.size(d.size)}）`));
  document.getElementById('attachments').replaceChildren(...list(documents.attachments, '无'));
  document.getElementById('releases').replaceChildren(...list(documents.releases, '无'));
  return documents;
}

async function renderHistory() {
  const result = await get(`/api/cases/${encodeURIComponent(caseId)}/history`);
  const events = result.ok ? result.data : [];
  document.getElementById('history').replaceChildren(...events.map(e => {
    const tr = document.createElement('tr');
    const details = Object.entries(e.details || {}).filter(([, v]) => v).map(([k, v]) => detail(k, v)).filter(Boolean).join('；');
    tr.append(cell(labels.instant(e.at)), cell(e.actor === 'applicant' ? '申请人' : e.actor === 'system' ? '系统' : nameOf(e.actor)),
      cell(labels.label(labels.events, e.type)),
      cell(e.from === e.to ? labels.label(labels.staffStatuses, e.to) : `${labels.label(labels.staffStatuses, e.from)} → ${labels.label(labels.staffStatuses, e.to)}`),
      cell(details));
    return tr;
  }));
}

function detail(key, value) {
  const names = {
    comments: '意见', assignee: '承办人', method: '方式', on: '日期', letter: '文书', replyBy: '补正期限', outcome: '答复类型',
    reason: '理由', trackingNumber: '申请编号', channel: '申请方式', receivedOn: '收到申请之日', items: '补正事项数',
    replyDueOn: '答复期限', approvedBy: '审批人', workingDaysLeft: '剩余工作日', itemId: null, consultationId: null,
    parties: '被征求意见方', party: '被征求意见方', respondBy: '提出意见期限', response: '意见', workingDays: '延长工作日',
    amount: '金额（元）', payBy: '缴费期限', result: '结果', route: '起诉方式', purpose: '目的',
    information: '所涉及的政府信息', identityCheck: '身份核实方式',
  };
  if (names[key] === null) return '';
  const dates = ['on', 'replyBy', 'receivedOn', 'replyDueOn', 'respondBy', 'payBy'];
  const shown = ['assignee', 'approvedBy'].includes(key) ? nameOf(value)
    : key === 'method' ? labels.label(labels.dispatchMethods, value)
    : key === 'channel' ? labels.label(labels.channels, value)
    : dates.includes(key) ? labels.date(value)
    : key === 'outcome' ? labels.label(labels.outcomes, value)
    : key === 'response' ? labels.label(labels.consultationResponses, value)
    : key === 'result' ? labels.label(labels.remedyResults, value)
    : key === 'route' ? labels.label(labels.remedyRoutes, value)
    : key === 'purpose' ? labels.label(labels.consultationPurposes, value)
    : value;
  return `${names[key] || key}：${shown}`;
}

export async function load(message) {
  const result = await get(`/api/cases/${encodeURIComponent(caseId)}`);
  const problem = document.getElementById('case-problem');
  if (!result.ok) {
    problem.textContent = failureMessage(result);
    problem.hidden = false;
    problem.focus();
    return;
  }
  const view = result.data;
  document.getElementById('case').hidden = false;
  renderFacts(view);
  renderClock(view);
  const documents = await renderDocuments();
  await renderLetters(caseId, load, view.application.delivery);
  await renderHistory();
  renderActions(view, { me, staff, documents, reload: load });
  renderAccessCode(view, { me, reload: load });
  text('case-message', message || '');
}

async function start() {
  me = await signedIn();
  if (!me) return;
  const directory = await get('/api/staff');
  staff = directory.ok ? directory.data : [];
  await load();
}

start();
