// Shows one application as its applicant sees it. Every value goes in as text, never as markup.
import * as labels from './labels.js';

function text(id, value) {
  document.getElementById(id).textContent = value;
}

export function renderCase(view, { openLetter }) {
  const closed = labels.closedStatuses.includes(view.status);
  text('case-number', view.trackingNumber);
  text('case-status', labels.label(labels.statuses, view.status));
  text('case-received', labels.date(view.receivedOn));
  text('case-due', closed ? '—' : view.replyDueOn ? labels.date(view.replyDueOn) : labels.dueDateWithheld[view.status] || '收到申请之日起20个工作日内（具体日期另行告知）');
  text('case-days-left', daysLeft(view, closed));
  text('case-applicant', `${view.applicantName}（${labels.label(labels.applicantTypes, view.applicantType)}）`);
  text('case-channel', labels.label(labels.channels, view.channel));
  text('case-description', view.description);
  text('case-format', `${labels.label(labels.formats, view.format)}；${labels.label(labels.deliveries, view.delivery)}`);
  renderClarification(view);
  renderFee(view);
  renderLetters(view.letters || [], openLetter, view.delivery);
  renderDocuments(view.documents || { attachments: [], releases: [] });
  document.getElementById('withdrawal').hidden = closed;
  document.getElementById('withdrawal-form').hidden = true;
  document.getElementById('withdraw-start').hidden = false;
}

function daysLeft(view, closed) {
  if (closed || view.workingDaysLeft === undefined || view.workingDaysLeft === null) return '—';
  if (!view.replyDueOn) return `${view.workingDaysLeft} 个工作日（暂停计算）`;
  if (view.workingDaysLeft < 0) return `已超过答复期限 ${-view.workingDaysLeft} 个工作日`;
  return `${view.workingDaysLeft} 个工作日`;
}

function renderClarification(view) {
  document.getElementById('email-confirmation').hidden = view.emailConfirmation !== 'pending';
  const section = document.getElementById('clarification');
  const asked = view.clarification;
  section.hidden = !(view.status === 'awaiting-clarification' && asked);
  if (section.hidden) return;
  // Before the year of the last day is published, the notice gives the working days instead of a date.
  text('clarification-by', asked.replyBy ? labels.date(asked.replyBy) + ' 前' : `收到补正告知书之日起 ${asked.replyWithinWorkingDays ?? 15} 个工作日内`);
  const items = asked.items.map(item => {
    const li = document.createElement('li');
    li.textContent = item;
    return li;
  });
  document.getElementById('clarification-items').replaceChildren(...items);
}

// Art. 42: what the fee notice asks, until the case moves on; once paid, the day it was paid.
function renderFee(view) {
  const fee = view.fee;
  const section = document.getElementById('fee');
  section.hidden = !fee || !(view.status === 'awaiting-fee-payment' || fee.paidOn);
  if (section.hidden) return;
  const paid = Boolean(fee.paidOn);
  text('fee-amount', `人民币${fee.amount}元`);
  text('fee-when-label', paid ? '缴费情况' : '缴费期限');
  text('fee-when', paid
    ? `已于${labels.date(fee.paidOn)}缴纳`
    : fee.payBy ? `${labels.date(fee.payBy)} 前` : `收到收费通知书之日的次日起 ${fee.payWithinWorkingDays} 个工作日内`);
  text('fee-instructions', fee.paymentInstructions);
  for (const id of ['fee-instructions-label', 'fee-instructions', 'fee-hint']) document.getElementById(id).hidden = paid;
}

// A paper letter waits to be posted, or, for an applicant who collects in person, to be collected.
const letterStatus = (status, delivery) =>
  status === 'to-post' && delivery === 'pickup' ? '待领取' : labels.label(labels.letterStatuses, status);

function renderLetters(letters, openLetter, applicantDelivery) {
  document.getElementById('letters-empty').hidden = letters.length > 0;
  document.getElementById('letter-viewer').hidden = true;
  const items = letters.map(letter => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link';
    button.textContent = letter.title;
    button.addEventListener('click', () => openLetter(letter));
    const details = document.createElement('span');
    details.className = 'meta';
    const status = letterStatus(letter.status, applicantDelivery);
    const delivery = letter.dispatchedOn
      ? `${labels.date(letter.dispatchedOn)}${status}（${labels.label(labels.dispatchMethods, letter.dispatchMethod)}）`
      : status;
    details.textContent = [labels.instant(letter.deliveredAt || letter.createdAt), delivery].filter(Boolean).join(' · ');
    li.append(button, ' ', details);
    return li;
  });
  document.getElementById('letters-list').replaceChildren(...items);
}

function renderDocuments(documents) {
  const releases = documents.releases || [];
  const attachments = documents.attachments || [];
  document.getElementById('releases-empty').hidden = releases.length > 0;
  document.getElementById('releases-hint').hidden = releases.length === 0;
  document.getElementById('releases-list').replaceChildren(...releases.map(release => {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = release.url;
    link.download = release.fileName;
    link.rel = 'noopener noreferrer';
    link.textContent = release.fileName;
    li.append(link, ` （${labels.size(release.size)}，链接有效至 ${labels.instant(release.expiresAt)}）`);
    return li;
  }));
  document.getElementById('attachments-empty').hidden = attachments.length > 0;
  document.getElementById('attachments-list').replaceChildren(...attachments.map(attachment => {
    const li = document.createElement('li');
    li.textContent = `${attachment.fileName}（${labels.size(attachment.size)}，${labels.instant(attachment.uploadedAt)}）`;
    return li;
  }));
}
