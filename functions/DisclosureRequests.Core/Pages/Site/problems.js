// Shows an API problem: each field's messages beside the field, the rest in the form's summary.

export function clearProblems(scope, summary) {
  for (const error of scope.querySelectorAll('[data-error-for]')) {
    error.textContent = '';
    error.hidden = true;
  }
  for (const field of scope.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
  if (summary) {
    summary.hidden = true;
    summary.replaceChildren();
  }
}

export function showProblem(scope, summary, title, errors) {
  clearProblems(scope, summary);
  const heading = document.createElement('h2');
  heading.textContent = title;
  const list = document.createElement('ul');
  let first = null;
  for (const [field, messages] of Object.entries(errors || {})) {
    const text = messages.join('；');
    const error = scope.querySelector(`[data-error-for="${CSS.escape(field)}"]`);
    const control = scope.querySelector(`[data-field="${CSS.escape(field)}"]`);
    const item = document.createElement('li');
    if (error) {
      error.textContent = text;
      error.hidden = false;
    }
    if (control) {
      control.setAttribute('aria-invalid', 'true');
      const target = focusable(control);
      if (error) describe(target, error);
      first ??= target;
      if (target.id) {
        const link = document.createElement('a');
        link.href = '#' + target.id;
        link.textContent = named(scope, control, target, text);
        // Following the link puts the keyboard in the field, not only the view on it.
        link.addEventListener('click', event => {
          event.preventDefault();
          target.focus();
        });
        item.append(link);
      } else {
        item.textContent = named(scope, control, target, text);
      }
    } else {
      item.textContent = text;
    }
    list.append(item);
  }
  summary.append(heading);
  if (list.children.length > 0) summary.append(list);
  summary.hidden = false;
  summary.focus();
  return first;
}

// In the summary a message stands apart from its field, so it says which field it is about.
function named(scope, control, target, text) {
  const legend = control.matches('fieldset') ? control.querySelector('legend') : null;
  const label = legend ?? (target.id ? scope.querySelector(`label[for="${CSS.escape(target.id)}"]`) : null);
  const name = label?.textContent.replace(/[*＊]/g, '').trim();
  return name && !text.includes(name) ? `${name}：${text}` : text;
}

// A screen reader reads the message with the field it is about, when the field takes the focus.
let errorIds = 0;
function describe(target, error) {
  if (!error.id) error.id = `field-error-${++errorIds}`;
  const ids = (target.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
  if (!ids.includes(error.id)) target.setAttribute('aria-describedby', [...ids, error.id].join(' '));
}

function focusable(control) {
  return control.matches('input, textarea, select') ? control : control.querySelector('input, textarea, select') || control;
}
