// What the server's refusal codes mean, in the words officers read; the server's own text where a code is not listed.
import { failureMessage } from './api.js';

const refusals = {
  'four-eyes': '审核、审批须由不同人员进行：拟稿人不能审核或审批本答复，法制审核人员不能审批本答复。',
  'role': '您的角色无权进行此操作。',
  'stage': '当前办理阶段不能进行此操作。',
  'closed': '该申请已办结。',
  'clarification-already-requested': '补正通知只能发出一次（《条例》第三十条）。',
  'clarification-window-passed': '补正通知应当自收到申请之日起7个工作日内发出，期限已过。',
  'consultation-open': '请先完成正在进行的征求意见。',
  'items': '请列出1至20项需要补正的事项，每项不超过500字。',
  'replyWithinWorkingDays': '补正期限应为1至60个工作日。',
  'outcome': '答复类型、理由或不予公开的部分不符合要求：部分公开的，须逐项写明不予公开的部分及理由。',
  'summary': '请填写答复内容，不超过8000字。',
  'accessRoute': '请写明获取该信息的方式和途径，不超过500字；只有已经主动公开的信息或公开出版物的答复才写明。',
  'comments': '退回的，须写明理由。',
  'decision': '请选择审核或审批意见。',
  'assignee': '请从工作人员名录中选择在岗的承办人员。',
  'method': '请选择邮寄或送达的方式。',
  'on': '邮寄或送达的日期应在收到申请之日至今天之间。',
  'already-dispatched': '该文书的邮寄或送达已经记录。',
};

// Where one code means different things for different actions, the action's own wording.
const byAction = {
  'extension-approval four-eyes': '提出延期的人员不能审批本人的延期申请（延长答复期限须经政府信息公开工作机构负责人同意）。',
};

// The problem's message for the summary, and its field errors in Chinese.
export function explain(result, action) {
  const code = result.data?.code;
  const title = byAction[`${action} ${code}`] || (code && refusals[code] ? refusals[code] : failureMessage(result));
  const errors = {};
  for (const [field, messages] of Object.entries(result.data?.errors || {})) {
    errors[field] = refusals[field] && !/[\u4e00-\u9fff]/.test(messages.join('')) ? [refusals[field]] : messages;
  }
  return { title, errors };
}
