/**
 * Progressive enhancement for citations and embed codes. Without JavaScript
 * the cite text shows the build date as its access date and everything can be
 * selected and copied by hand; with it, the access date becomes today's and
 * the copy buttons appear.
 *
 * - `[data-cite-date]`: the access date in a cite text.
 * - `button[data-copy]`: copies the text of the element with that id (a
 *   textarea's value), or `data-copy-text` itself; reports in the closest
 *   `[data-copied]` block's `[role=status]`.
 */
import { formatAccessDate } from '../presentation/access-date.ts';

const locale = document.documentElement.lang === 'en' ? 'en' : 'vi';
const today = formatAccessDate(new Date(), locale);
for (const el of document.querySelectorAll<HTMLElement>('[data-cite-date]')) el.textContent = today;

/** Clipboard API where allowed (secure contexts), else the old selection route (deprecated, but the only one left over plain http). */
async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy], button[data-copy-text]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const source = button.dataset.copy ? document.getElementById(button.dataset.copy) : null;
    // A textarea keeps its lines (embed code); other text is copied as one line, as read.
    const text =
      button.dataset.copyText ??
      (source instanceof HTMLTextAreaElement ? source.value : (source?.textContent ?? '').replace(/\s+/g, ' ').trim());
    const ok = text !== '' && (await copy(text));
    const block = button.closest<HTMLElement>('[data-copied]');
    const status = block?.querySelector<HTMLElement>('[role="status"]');
    if (block && status) status.textContent = (ok ? block.dataset.copied : block.dataset.failed) ?? '';
  });
}
