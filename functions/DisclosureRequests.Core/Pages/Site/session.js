// The application being followed, for this browser tab only: sessionStorage, never localStorage or a URL.
const key = 'disclosure-requests.application';

export function remember(trackingNumber, accessCode) {
  sessionStorage.setItem(key, JSON.stringify({ trackingNumber, accessCode }));
}

export function recall() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(key) || 'null');
    return saved && saved.trackingNumber && saved.accessCode ? saved : null;
  } catch {
    return null;
  }
}

export function forget() {
  sessionStorage.removeItem(key);
}
