// The forms of the steps around the reply: consultations (Arts. 32, 34), the extension (Art. 33), the later reply
// date (Art. 35), the processing fee (Art. 42) and, after the reply, reconsideration and lawsuit records. Each is
// offered only where the server would accept it from the signed-in person.
import * as labels from './staff-labels.js';

const value = id => document.getElementById(id).value.trim();
const checked = name => document.querySelector(`input[name="${name}"]:checked`)?.value || '';
const number = id => value(id) === '' ? undefined : Number(value(id));

function option(code, text) {
  const o = document.createElement('option');
  o.value = code;
  o.textContent = text;
  return o;
}

const openConsultations = view => view.consultations.filter(c => !c.respondedOn);

export const bodies = {
  'consultation': () => ({
    parties: value('consultation-name') ? [{
      name: value('consultation-name'),
      email: value('consultation-email') || undefined,
      address: value('consultation-address') || undefined,
    }] : [],
    purpose: checked('consultation-kind') === 'secrecy-review' ? 'secrecy-review' : undefined,
    information: value('consultation-information') || undefined,
  }),
  'consultation-response': () => ({
    consultationId: value('response-consultation'),
    response: checked('response-choice'),
    reasons: value('response-reasons') || undefined,
  }),
  'extension-request': () => ({ workingDays: number('extension-days'), reason: value('extension-reason') }),
  'extension-approval': () => ({ decision: checked('extension-decision'), comments: value('extension-comments') || undefined }),
  'reply-delay': () => ({ replyBy: value('delay-date') || undefined, reason: value('delay-reason') }),
  'fee-notice': () => ({ basis: checked('fee-basis'), units: number('fee-units') }),
  'fee-payment': () => ({ amount: number('fee-amount') }),
  'reconsideration': () => ({ result: value('reconsideration-result') }),
  'litigation': () => ({ route: checked('litigation-route'), result: value('litigation-result') }),
};

// The route a form posts to, where the form's choices decide it.
export function routeOf(action, view) {
  // A secrecy determination (Art. 17) is asked of another agency.
  if (action === 'consultation') {
    const kind = checked('consultation-kind');
    return kind === 'secrecy-review' ? 'other-agency-consultations' : kind;
  }
  if (action === 'consultation-response') {
    const consultation = view.consultations.find(c => c.id === value('response-consultation'));
    return consultation?.kind === 'other-agency-consultation' ? 'other-agency-responses' : 'third-party-responses';
  }
  return action;
}

export const done = {
  'consultation': '征求意见书已发出，答复期限暂停计算。',
  'consultation-response': '答复意见已记录。',
  'extension-request': '延期申请已报负责人审批。',
  'extension-approval': '审批意见已提交。',
  'reply-delay': '延迟答复期限已确定，并告知申请人。',
  'fee-notice': '收费通知已发出。',
  'fee-payment': '缴费已记录。',
  'reconsideration': '行政复议已登记。',
  'litigation': '行政诉讼已登记。',
};

const consulted = c => c.purpose === 'secrecy-review' ? '报请确定能否公开'
  : c.kind === 'other-agency-consultation' ? '其他行政机关' : '第三方';

function fillPickers(view) {
  const open = openConsultations(view);
  const picker = document.getElementById('response-consultation');
  const kept = picker.value;
  picker.replaceChildren(...open.map(c => option(c.id,
    `${c.party.name}（${consulted(c)}，${labels.date(c.sentOn)}发出）`)));
  if (open.some(c => c.id === kept)) picker.value = kept;
  for (const select of document.querySelectorAll('select.remedy-results')) {
    if (select.options.length === 0) select.append(...Object.entries(labels.remedyResults).map(([code, text]) => option(code, text)));
  }
  const afterReconsideration = document.querySelector('input[name="litigation-route"][value="after-reconsideration"]');
  afterReconsideration.disabled = !view.reconsideration;
  if (!view.reconsideration) document.querySelector('input[name="litigation-route"][value="direct"]').checked = true;
  const extension = view.extension;
  document.getElementById('extension-requested').textContent = extension
    ? `申请延长 ${extension.workingDays} 个工作日（${labels.date(extension.requestedOn)}提出）。理由：${extension.reason}` : '';
  document.getElementById('fee-noticed').textContent = view.fee
    ? `收费通知载明的金额：${view.fee.quote.amount} 元；${labels.date(view.fee.noticeOn)}发出${view.fee.payBy ? `，缴费期限：${labels.date(view.fee.payBy)}`
      : view.fee.service && !view.fee.service.servedOn ? '，收费通知待送达，缴费期限自申请人收到之日的次日起20个工作日，送达后起算' : ''}。` : '';
}

// Which of these forms the server would take from this person now: the same roles and stages it checks.
export function visibleSteps(view, { id, roles }) {
  fillPickers(view);
  const officer = roles.includes('CaseOfficer');
  const approver = roles.includes('Approver');
  const administrator = roles.includes('Administrator');
  const open = !labels.closedStatuses.includes(view.status);
  const working = ['in-progress', 'awaiting-third-party', 'awaiting-other-agency'].includes(view.status);
  const clarifying = view.status === 'awaiting-clarification';
  const extended = view.extension && view.extension.decision !== 'refuse';
  const dueKnown = view.replyDueOn && view.workingDaysLeft !== null && view.workingDaysLeft >= 0;
  const remedies = ['replied', 'lapsed'].includes(view.status);
  return {
    'consultation-form': officer && working,
    'response-form': officer && open && openConsultations(view).length > 0,
    'extension-form': officer && open && !clarifying && !extended && !(view.replyDueOn && view.workingDaysLeft < 0),
    // Four eyes: whoever asked for the extension does not decide it.
    'extension-decision-form': approver && open && !!view.extension && view.extension.decision == null && view.extension.requestedBy !== id,
    'delay-form': approver && open && !clarifying && !view.delayedTo && !!dueKnown,
    'fee-form': officer && view.status === 'in-progress' && !view.fee,
    'fee-payment-form': officer && view.status === 'awaiting-fee-payment',
    'reconsideration-form': administrator && remedies,
    'litigation-form': administrator && remedies,
  };
}
