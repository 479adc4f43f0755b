/**
 * Progressive enhancement: column headers of `table.sortable` become buttons
 * that sort the rows. Cells may carry `data-sort` (a number) to sort by; text
 * sorts with the Vietnamese collator. Without JavaScript the table is complete
 * and already in rank order.
 */
const collator = new Intl.Collator('vi', { numeric: true });

for (const table of document.querySelectorAll<HTMLTableElement>('table.sortable')) {
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
  const body = table.tBodies[0];
  if (!body) continue;
  headers.forEach((th, col) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    th.replaceChildren(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const h of headers) h.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const key = (row: HTMLTableRowElement) => {
        const cell = row.cells[col];
        return cell?.dataset.sort ?? cell?.textContent?.trim() ?? '';
      };
      const rows = [...body.rows].sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        const na = Number(ka);
        const nb = Number(kb);
        const cmp = ka !== '' && kb !== '' && !Number.isNaN(na) && !Number.isNaN(nb) ? na - nb : collator.compare(ka, kb);
        return ascending ? cmp : -cmp;
      });
      body.append(...rows);
    });
  });
}
