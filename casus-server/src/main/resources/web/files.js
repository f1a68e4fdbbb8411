// A download fetched with the token (a plain link could not carry it), offered as a Blob link.

import { el, replace } from './dom.js';

/**
 * Offers a fetched response as a file: puts a link to it (a Blob URL) into holder, replacing the
 * previous one and freeing its URL, and clicks it once. attrs go on the link (id, data-test).
 */
export async function offerDownload(holder, response, name, type, attrs = {}) {
  const blob = await response.blob();
  const old = holder.querySelector('a');
  if (old) {
    URL.revokeObjectURL(old.href);
  }
  const link = el('a', { ...attrs, href: URL.createObjectURL(new Blob([blob], { type })), download: name, text: name });
  replace(holder, ' Saved as ', link, ' (click to save again).');
  link.click();
  return link;
}

