// The words the pages show for the API's codes, as the Regulations word them.

export const statuses = {
  'received': '已收到申请，正在办理',
  'awaiting-clarification': '待申请人补正',
  'in-progress': '正在办理',
  'awaiting-third-party': '征求第三方意见中',
  'awaiting-other-agency': '征求其他行政机关意见中',
  'awaiting-fee-payment': '待缴纳信息处理费',
  'in-legal-review': '审查中',
  'awaiting-approval': '审批中',
  'replied': '已答复',
  'withdrawn': '申请人已撤回申请',
  'lapsed': '已终止处理',
};

export const closedStatuses = ['replied', 'withdrawn', 'lapsed'];

// Why a running application shows no due date: the period restarts after clarification (Art. 30), and time spent
// consulting or awaiting a fee is not counted (Arts. 32–34, 42).
export const dueDateWithheld = {
  'awaiting-clarification': '自收到补正之日起重新计算',
  'awaiting-third-party': '征求意见期间不计算在内，恢复计算后显示',
  'awaiting-other-agency': '征求意见期间不计算在内，恢复计算后显示',
  'awaiting-fee-payment': '缴费期间不计算在内，缴费后显示',
};

export const applicantTypes = {
  'natural-person': '自然人',
  'commercial-enterprise': '商业企业',
  'research-institution': '科研机构',
  'public-interest-organization': '社会公益组织',
  'legal-services-organization': '法律服务机构',
  'other-organization': '其他组织',
};

export const dispatchMethods = {
  'registered-post': '挂号信',
  'express': '特快专递',
  'ordinary-post': '平信',
  'in-person': '当面送达',
};

export const formats = { 'electronic': '电子文本', 'paper': '纸质文本' };

export const deliveries = { 'email': '电子邮件', 'post': '邮寄', 'pickup': '当面领取', 'online': '网上获取' };

export const channels = {
  'online': '网上申请',
  'in-person': '当面提交',
  'registered-post': '挂号信',
  'ordinary-post': '平信',
  'fax': '传真',
};

export const letterStatuses = {
  'pending': '待送达',
  'delivered': '已送达',
  'to-post': '待邮寄',
  'posted': '已邮寄',
  'served': '已送达',
  'parked': '送达遇到问题，工作人员正在处理',
  'awaiting-confirmation': '待确认电子邮箱后发送',
};

export function label(table, code) {
  return table[code] || code || '';
}

// "2026-03-02" as 2026年3月2日: legal dates are China-time days, read as written.
export function date(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || '');
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : '';
}

export function instant(value) {
  if (!value) return '';
  const parts = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false,
  }).formatToParts(new Date(value));
  const part = type => parts.find(p => p.type === type)?.value || '';
  return `${part('year')}年${part('month')}月${part('day')}日 ${part('hour')}:${part('minute')}`;
}

export function size(bytes) {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
