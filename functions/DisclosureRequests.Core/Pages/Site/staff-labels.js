// The words the staff pages show for the API's codes, beside those the citizens' pages use.
export * from './labels.js';

export const staffStatuses = {
  'received': '待分办',
  'awaiting-clarification': '待申请人补正',
  'in-progress': '办理中',
  'awaiting-third-party': '征求第三方意见',
  'awaiting-other-agency': '征求其他机关意见',
  'awaiting-fee-payment': '待缴费',
  'in-legal-review': '法制审核中',
  'awaiting-approval': '待审批',
  'replied': '已答复',
  'withdrawn': '已撤回',
  'lapsed': '已终止',
};

export const roles = {
  'CaseOfficer': '承办人员',
  'LegalReviewer': '法制审核人员',
  'Approver': '审批负责人',
  'Administrator': '系统管理员',
};

export const outcomes = {
  'disclosed': '予以公开',
  'partially-disclosed': '部分公开',
  'withheld': '不予公开',
  'unavailable': '无法提供',
  'not-processed': '不予处理',
  'other': '其他处理',
};

export const clocks = { 'running': '计时中', 'paused': '暂停计时', 'stopped': '已停止' };

export const events = {
  'application-received': '收到申请',
  'applicant-email-confirmed': '申请人确认电子邮箱',
  'assigned': '分办',
  'clarification-requested': '发出补正通知',
  'clarification-answered': '申请人补正',
  'third-parties-consulted': '征求第三方意见',
  'other-agencies-consulted': '征求其他机关意见',
  'third-party-responded': '收到第三方意见',
  'third-party-told-of-disclosure': '决定公开并书面告知第三方',
  'other-agency-responded': '收到其他机关意见',
  'consultation-period-expired': '征求意见期满',
  'extension-requested': '申请延期',
  'extension-approved': '批准延期',
  'extension-refused': '不批准延期',
  'reply-delayed': '确定延迟答复期限',
  'fee-notice-issued': '发出收费通知',
  'fee-paid': '缴纳费用',
  'reply-drafted': '拟定答复',
  'legal-review-passed': '法制审核通过',
  'legal-review-returned': '法制审核退回',
  'approval-returned': '审批退回',
  'replied': '审批通过并答复',
  'withdrawn': '申请人撤回',
  'access-code-reissued': '重新生成查询码',
  'access-code-recovered': '申请人通过电子邮箱重新获取查询码',
  'lapsed': '终止处理',
  'reply-reminder': '到期提醒',
  'overdue-escalated': '逾期督办',
  'clarification-window-reminder': '补正期限提醒',
  'letter-posted': '文书已邮寄',
  'letter-received': '邮寄文书已签收',
  'letter-read-online': '申请人在线查阅文书',
  'letter-served': '文书已送达',
  'letter-emailed-late': '文书电子邮件延后发出，期限自发出之日起计算',
  'reconsideration-recorded': '记录行政复议结果',
  'litigation-recorded': '记录行政诉讼结果',
};

// Section 四 of the national annual report counts reconsiderations and lawsuits by these results.
export const remedyResults = { 'upheld': '结果维持', 'corrected': '结果纠正', 'other': '其他结果', 'pending': '尚未审结' };

export const remedyRoutes = { 'direct': '未经复议直接起诉', 'after-reconsideration': '复议后起诉' };

export const consultationPurposes = { 'secrecy-review': '报请确定能否公开（保密审查，《条例》第十七条）' };

export const consultationResponses = { 'consent': '同意公开', 'objection': '不同意公开', 'silent': '逾期未提出意见' };

export const feeBases = { 'items': '按件计收', 'pages': '按量计收' };

// Working days left as the worklist shows them, with overdue and due-soon marked.
// The due date is unknown because a year's holiday notice is missing, not because the period waits for a 补正.
export const awaitsCalendar = view => (view.clockUnavailable || '').startsWith('calendar-');

export function urgency(item) {
  if (item.workingDaysLeft === null || item.workingDaysLeft === undefined) return { text: '—', mark: '' };
  if (!item.replyDueOn) return { text: `${item.workingDaysLeft}（暂停）`, mark: '' };
  if (item.workingDaysLeft < 0) return { text: `逾期 ${-item.workingDaysLeft}`, mark: 'overdue' };
  if (item.workingDaysLeft <= 5) return { text: `${item.workingDaysLeft}（即将到期）`, mark: 'due-soon' };
  return { text: String(item.workingDaysLeft), mark: '' };
}
