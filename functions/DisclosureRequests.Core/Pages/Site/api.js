// Calls to the public API. Answers are read in Chinese whatever the browser's language, as the pages are.

export async function call(method, path, { accessCode, json, form, idempotencyKey, ifMatch, staff, prefer, accept = 'application/json' } = {}) {
  const headers = { 'Accept': accept, 'Accept-Language': 'zh-CN' };
  if (staff) headers['X-Staff-Request'] = '1';
  if (prefer) headers['Prefer'] = prefer;
  if (accessCode) headers['X-Access-Code'] = accessCode;
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  if (ifMatch) headers['If-Match'] = ifMatch;
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (form !== undefined) {
    body = form;
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'same-origin', cache: 'no-store', referrerPolicy: 'no-referrer' });
  } catch {
    return { status: 0, ok: false, data: null, text: '' };
  }
  const text = await response.text();
  let data = null;
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json') && text) {
    try { data = JSON.parse(text); } catch { data = null; }
  }
  return { status: response.status, ok: response.ok, data, text };
}

// 32 random hex digits: an Idempotency-Key that also works where crypto.randomUUID does not.
export function newKey() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

export function failureMessage(result) {
  if (result.status === 0) return '无法连接到服务器，请检查网络后重试。';
  if (result.data && result.data.title) return result.data.title + (result.data.detail ? '（' + result.data.detail + '）' : '');
  return '系统暂时无法处理您的请求，请稍后重试。';
}
