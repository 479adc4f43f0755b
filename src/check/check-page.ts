/**
 * DOM side of the check page. The heavy parts (the ingestion code with its MDX and
 * spreadsheet readers, the template writer) are loaded when first needed, so the
 * page itself starts with a small script; the registry is fetched as data
 * (registry-data.ts), when a commune code is typed or a narrative is checked.
 */
type Strings = Record<string, string>;

const fill = (s: string, params: Record<string, string>) => s.replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

function saveBytes(name: string, bytes: Uint8Array | Blob, type: string): void {
  const blob = bytes instanceof Blob ? bytes : new Blob([bytes.slice().buffer], { type });
  const a = el('a', name, { href: URL.createObjectURL(blob), download: name });
  document.body.append(a);
  a.click();
  a.remove();
}

export function initCheckPage(root: HTMLElement): void {
  const locale = root.dataset.locale === 'en' ? 'en' : 'vi';
  const str = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const code = $<HTMLInputElement>('check-commune');
  const communeName = $('check-commune-name');
  const xlsxButton = $<HTMLButtonElement>('check-template-xlsx');
  const csvButton = $<HTMLButtonElement>('check-template-csv');
  const input = $<HTMLInputElement>('check-files');
  const drop = $('check-drop');
  const status = $('check-status');
  const problems = $('check-problems');
  const preview = $('check-preview');
  const downloads = $('check-downloads');
  // Read when picked: a file saved again on disk is picked again (the input is cleared so the same name fires).
  let picked: { name: string; bytes: Uint8Array }[] = [];
  const take = async (files: readonly File[]) => {
    picked = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    input.value = '';
    await run();
  };

  const registryUrl = root.dataset.registry!;
  const registry = async () => (await import('./registry-data.ts')).loadRegistry(registryUrl);

  async function showCommune() {
    const value = code.value.trim();
    const reg = /^\d{5}$/.test(value) ? await registry().catch(() => undefined) : undefined;
    if (/^\d{5}$/.test(value) && !reg) {
      communeName.textContent = str['check.registryFailed']!;
      xlsxButton.disabled = csvButton.disabled = true;
      return undefined;
    }
    const c = reg?.commune(value);
    const province = c ? reg?.province(c.provinceCode) : undefined;
    communeName.textContent = c ? `${c.name}, ${province?.name ?? ''}` : value ? str['check.communeUnknown']! : '';
    xlsxButton.disabled = csvButton.disabled = !c;
    return c && province ? { code: c.code, name: c.name, provinceName: province.name, slug: c.slug.replace(/-\d{5}$/, '') } : undefined;
  }

  const params = new URLSearchParams(location.search);
  if (params.get('ma')) code.value = params.get('ma')!;
  code.addEventListener('input', () => void showCommune());
  void showCommune();

  xlsxButton.addEventListener('click', async () => {
    const c = await showCommune();
    if (!c) return;
    const t = await import('../presentation/template.ts');
    saveBytes(
      t.templateFileName(c, c.slug, 'xlsx'),
      await t.templateWorkbook(c),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });
  csvButton.addEventListener('click', async () => {
    const c = await showCommune();
    if (!c) return;
    const t = await import('../presentation/template.ts');
    saveBytes(t.templateFileName(c, c.slug, 'csv'), new TextEncoder().encode(t.templateCsv(c)), 'text/csv');
  });

  input.addEventListener('change', () => void take([...(input.files ?? [])]));
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    void take([...(e.dataTransfer?.files ?? [])]);
  });
  $('check-run').addEventListener('click', () => void run());

  function form() {
    const details = $<HTMLDetailsElement>('check-form');
    const v = (id: string) => $<HTMLInputElement>(id).value;
    if (!details.open && !v('check-title') && !v('check-issuer')) return undefined;
    return {
      commune: code.value,
      kind: v('check-kind') as 'báo cáo',
      title: v('check-title'),
      number: v('check-number'),
      date: v('check-date'),
      issuer: v('check-issuer'),
      body: $<HTMLTextAreaElement>('check-body').value,
    };
  }

  async function run() {
    const core = await import('./check-core.ts');
    const notes: string[] = [];
    const prepared = await core.prepareFiles(picked, form());
    if (prepared.ignored.length) notes.push(fill(str['check.ignored']!, { names: prepared.ignored.join(', ') }));
    if (prepared.renamed) notes.push(fill(str['check.renamed']!, { given: prepared.renamed[0], name: prepared.renamed[1] }));
    preview.replaceChildren();
    downloads.replaceChildren();
    if (prepared.files.length === 0) {
      status.textContent = [str['check.noFiles'], ...notes].join(' ');
      problems.textContent = '';
      return;
    }
    // A narrative names its commune: the registry is fetched first, and a failed fetch (offline) is said as such.
    if (
      prepared.files.some((f) => /\.mdx$/i.test(f.path)) &&
      !(await registry().then(
        () => true,
        () => false,
      ))
    ) {
      status.textContent = str['check.registryFailed']!;
      problems.textContent = '';
      return;
    }
    const { result, text } = await core.runCheck(prepared, { loadRegistry: registry });
    const errors = result.problems.some((p) => p.severity === 'error');
    status.textContent = [errors ? str['check.hasErrors'] : str['check.ok'], ...notes].join(' ');
    problems.textContent = text;

    const figures = result.dataset.reports.flatMap((r) => r.figures);
    const table = figures.length ? figureTable(core.previewRows(figures, locale)) : undefined;
    if (table) preview.append(table);

    const dl = await core.checkedDownloads(prepared, result);
    if (!dl) {
      downloads.append(el('p', str['check.noDownload']));
      return;
    }
    const folder = dl.zip.path.replace(/\.zip$/, '');
    downloads.append(el('p', fill(str['check.downloadNote']!, { folder })));
    const list = el('ul');
    for (const f of [dl.zip, ...dl.files]) {
      const li = el('li');
      const name = f === dl.zip ? fill(str['check.downloadZip']!, { name: f.path }) : f.path;
      const b = el('button', name, { type: 'button', 'data-path': f.path });
      b.addEventListener('click', () => saveBytes(f.path.replace('/', '_'), f.bytes, 'application/octet-stream'));
      li.append(b);
      list.append(li);
    }
    downloads.append(list);
  }

  function figureTable(rows: import('./check-core.ts').PreviewRow[]): HTMLTableElement {
    const table = el('table', undefined, { id: 'check-figures' });
    const head = el('tr');
    for (const k of ['check.colRow', 'check.colIndicator', 'check.colType', 'check.colValue', 'check.colUnit', 'check.colNotes']) {
      head.append(el('th', str[k], { scope: 'col' }));
    }
    table.append(el('thead'));
    table.tHead!.append(head);
    const body = el('tbody');
    for (const r of rows) {
      const tr = el('tr');
      tr.append(el('td', String(r.line)));
      const name = el('th', r.name, { scope: 'row' });
      name.append(el('br'), el('code', r.code));
      tr.append(name, el('td', r.type), el('td', r.value), el('td', r.unit));
      const notes = el('td');
      const items = [...r.qualifiers, ...(r.rate ? [fill(str['check.computedRate']!, { rate: r.rate })] : []), ...r.warnings];
      items.forEach((n, i) => {
        if (i) notes.append(el('br'));
        notes.append(document.createTextNode(n));
      });
      tr.append(notes);
      body.append(tr);
    }
    table.append(body);
    return table;
  }
}
