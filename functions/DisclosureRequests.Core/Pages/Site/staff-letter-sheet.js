// A letter laid out for printing on A4 as an official letter (GB/T 9704): the agency's name in red, the document
// number above a red rule, the title, the addressee, the body, and the signature with a place for the seal over it.
// The letter's own HTML is only read (a parsed document runs nothing and loads nothing); every word is set as text.

function element(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

const lines = node => node ? [...node.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent.trim()).filter(Boolean) : [];

// The parts of a letter as the agency's letter layout writes them.
export function partsOf(html) {
  const letter = new DOMParser().parseFromString(html, 'text/html');
  const heading = lines(letter.querySelector('h1'));
  const signature = lines(letter.querySelector('.signature'));
  const reference = letter.querySelector('.reference')?.textContent.trim() || '';
  const addressee = [...letter.querySelectorAll('body > p')]
    .find(p => !p.matches('.reference, .body, .signature'))?.textContent.trim() || '';
  return {
    agency: reference ? signature[0] || '' : '',
    reference,
    title: heading.at(-1) || '',
    addressee,
    paragraphs: [...letter.querySelectorAll('.body')].map(p => p.textContent.trim()),
    signer: signature.slice(0, -1).join(' '),
    date: signature.at(-1) || '',
  };
}

export function renderSheet(sheet, html) {
  const parts = partsOf(html);
  const children = [];
  if (parts.agency) {
    children.push(element('p', 'masthead', parts.agency), element('p', 'doc-number', parts.reference), element('hr', 'red-rule'));
  }
  children.push(element('p', 'letter-title', parts.title));
  if (parts.addressee) children.push(element('p', 'addressee', parts.addressee));
  children.push(...parts.paragraphs.map(p => element('p', 'letter-body', p)));
  const signature = element('div', 'signature-block');
  signature.append(element('p', '', parts.signer), element('p', '', parts.date));
  const seal = element('span', 'seal-mark', '印章');
  seal.setAttribute('aria-hidden', 'true');
  signature.append(seal);
  children.push(signature);
  sheet.replaceChildren(...children);
}
