// Calls the API from the staff pages: same-origin fetch with the header that proves the call comes from these pages
// (the development sign-in cookie is accepted for changes only with it). Answers are read in Chinese.
import { call } from './api.js';

export function staffCall(method, path, options = {}) {
  return call(method, path, { ...options, staff: true });
}

export const get = path => staffCall('GET', path);
export const post = (path, json) => staffCall('POST', path, { json });
export const put = (path, json) => staffCall('PUT', path, { json });

// The signed-in person, shown in the header with the way to sign out; null when nobody is signed in.
export async function signedIn() {
  const me = await get('/api/staff/me');
  if (!me.ok) return null;
  document.getElementById('who').textContent = me.data.displayName;
  const out = document.getElementById('sign-out');
  out.hidden = false;
  out.addEventListener('click', async () => {
    if (me.data.signOut.startsWith('/.auth/')) {
      location.assign(me.data.signOut);
      return;
    }
    await staffCall('POST', me.data.signOut);
    location.assign('/staff/sign-in');
  });
  for (const link of document.querySelectorAll('[data-role]')) {
    link.hidden = !me.data.roles.includes(link.dataset.role);
  }
  return me.data;
}
