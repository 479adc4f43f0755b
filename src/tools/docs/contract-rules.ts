/**
 * docs/data-contract.md, sections 7–13: qualifiers, the indicator catalogue, model frontmatter, MDX safety,
 * encodings, limits, problems, build and validate.
 */
import { indicatorGroups, indicators, LOCAL_INDICATOR_PREFIX, unitKinds } from '../../domain/indicators.ts';
import { earliestYear, modelCategories, modelStatuses } from '../../domain/schemas.ts';
import { allowedComponents } from '../../domain/mdx-components.ts';
import { formatProblem, problemCatalogue, type Problem, type ProblemCode } from '../../domain/problems/index.ts';
import { qualifierWords } from '../../ingestion/value.ts';
import { code, Doc, esc, fence, table } from './markdown.ts';
import {
  encodingExamples,
  encodingOutcome,
  limitRows,
  mdxExamples,
  mdxResult,
  messageEn,
  messageVi,
  problemCodes,
  problemCodesOf,
  problemGroups,
} from './probes.ts';
import { modelCategoryProse, modelStatusProse, problemGroupProse, qualifierProse, qualifierWordDisplay, unitKindProse } from './prose.ts';
import { brokenExample } from './samples.ts';
import { fieldTable, modelRows, modelTemplate } from './schema-fields.ts';

/** Sections 7–13 of the data contract, added to `doc`; `broken` is the validator run on the broken example. */
export function addContractRules(doc: Doc, broken: { text: string; problems: Problem[] }): void {
  const h = (s: string) => doc.add(s);

  // 7. Qualifiers
  doc.section('Qualifiers');
  h(
    'Words before the number qualify it (`Qualifier`). They are matched case-insensitively and without diacritics (“Uớc tính” is “ước tính”), longest first, so “trên dưới” is not read as “trên”. Several may follow each other. Some words carry no qualifier and are simply skipped.',
  );
  h(
    table(
      ['Word', 'Matched as', 'Qualifier', 'Meaning'],
      qualifierWords.map(([w, q]) => [
        code(qualifierWordDisplay[w]!),
        code(w),
        q ? code(q) : '(none)',
        q ? qualifierProse[q]!.en : 'Carries no meaning (“đạt 80%” = “80%”).',
      ]),
    ),
  );

  // 8. Indicators
  doc.section('Indicator catalogue');
  h(
    `Every figure is one of these ${indicators.length} indicators (\`data/indicators.json\`, checked when loaded by \`src/domain/indicators.ts\`; see \`data/README.md\`). The code decides what a figure means; the commune's own wording of the row is published beside the catalogue label. The unit kind drives the checks (\`quality.unit-mismatch\`, \`quality.non-integer-count\` …) and how a figure is shown. Headline indicators are shown as cards on the commune page, in the order given.`,
  );
  h(
    table(
      ['Unit kind', 'Meaning'],
      unitKinds.map((u) => [code(u), unitKindProse[u].en]),
    ),
  );
  h(
    table(
      ['Group', 'Vietnamese', 'English', 'Indicators'],
      Object.entries(indicatorGroups).map(([g, l]) => [
        code(g),
        esc(l.vi),
        esc(l.en),
        String(indicators.filter((d) => d.group === g).length),
      ]),
    ),
  );
  h(
    table(
      ['Code', 'Group', 'Unit kind', 'Counts', 'Vietnamese label', 'English label', 'Headline'],
      indicators.map((d) => [
        code(d.code),
        code(d.group),
        code(d.unitKind),
        d.counts === 'người' ? 'people (người)' : d.counts === 'lượt' ? 'visits (lượt)' : '',
        esc(d.vi),
        esc(d.en),
        d.headline !== undefined ? String(d.headline) : '',
      ]),
    ),
  );
  h(
    'Counts marked *people* count each person once; counts marked *visits* count each time someone was reached. A row whose unit says “lượt” under a people indicator (or “người” under a visits indicator) is published with `quality.unit-mismatch`.',
  );
  h(
    `**Local indicators.** A figure the catalogue lacks is submitted under a code \`${LOCAL_INDICATOR_PREFIX}<name>\` (lower-case ASCII letters, digits and \`_\`, at most 60), never under a code that means something else. Its Description and Unit columns are required (\`row.local-indicator-incomplete\`) and become its published name and unit; its unit kind is \`percent\` when the unit says %, else \`count\`. Local indicators are published in their own section of the commune page and in every download, with their provenance and qualifiers, and are never ranked, used in medians or compared between communes.`,
  );

  // 9. Models
  doc.section('Model frontmatter');
  h(
    'A model (mô hình, a local initiative) is an `.mdx` file under `content/models/`, with frontmatter checked against `ModelFrontmatter` (strict, like reports) and a short narrative. A model always points at the report that describes it.',
  );
  h(fieldTable(modelRows));
  h('`status` values (`modelStatuses`):');
  h(
    table(
      ['Value', 'Meaning'],
      modelStatuses.map((s) => [code(s), modelStatusProse[s]!.en]),
    ),
  );
  h('`category` values (`modelCategories`):');
  h(
    table(
      ['Value', 'Meaning'],
      modelCategories.map((c) => [code(c), modelCategoryProse[c]!.en]),
    ),
  );
  h('Example:');
  h(fence(`${modelTemplate}\n\nMô tả mô hình.\n`, 'mdx'));

  // 10. MDX
  doc.section('MDX safety');
  h(
    'MDX is JavaScript when compiled, and submissions are untrusted. The site never compiles them: before anything is built, `src/ingestion/mdx-body.ts` parses every file (remark-mdx) and refuses everything but Markdown and an allow-list of elements (`src/domain/mdx-components.ts`), each with an allow-list of attributes whose values must be literal strings; `src/presentation/narrative.ts` then turns the checked tree into HTML, rendering only those elements and attributes:',
  );
  h(
    table(
      ['Element', 'Attributes'],
      Object.entries(allowedComponents).map(([n, attrs]) => [code(`<${n}>`), attrs.length ? attrs.map(code).join(', ') : '(none)']),
    ),
  );
  h(
    [
      'Refused, each with its location:',
      '',
      '- `import` / `export` statements (`mdx.forbidden-esm`);',
      '- JavaScript expressions `{…}` in text, as attribute values and as spread attributes (`mdx.forbidden-expression`);',
      '- any element not listed above, including `<script>`, `<iframe>`, `<style>`, `<img>`, fragments `<>` and raw HTML (`mdx.forbidden-element`);',
      '- attributes not listed for the element, such as `onClick` or `style` (`mdx.forbidden-attribute`);',
      '- images (`![…](…)`), whatever their address: they would be fetched from elsewhere or break the build (`mdx.forbidden-element`), and image references `![…][ref]`, whose address is in a definition elsewhere (`mdx.forbidden-image-reference`);',
      '- link and definition URLs with a scheme other than `http:`, `https:` or `mailto:` (relative URLs and `#anchors` are fine), including `javascript:` hidden with whitespace, and protocol-relative URLs (`//host/…`, `/\\host/…`), which point at another site (`mdx.forbidden-url`);',
      '- anything MDX cannot parse. The common causes each have their own message saying how to write it instead: `<` not followed by a tag name, an HTML comment or a `<https://…>` link (`mdx.syntax-lt`); a tag never closed or closed in the wrong order or case (`mdx.syntax-unclosed`, located at the opening tag); an unquoted attribute value (`mdx.syntax-attribute`); an unclosed `{` (`mdx.syntax-brace`); a lazy line inside a block quote or list (`mdx.syntax-lazy`). Anything else is `mdx.syntax`, whose Vietnamese message is generic and whose English gloss carries the parser’s own text.',
    ].join('\n'),
  );
  // The claims in the list above, checked.
  const claims: Array<[string, ProblemCode | null]> = [
    ['<style></style>', 'mdx.forbidden-element'],
    ['<img src="anh.png" />', 'mdx.forbidden-element'],
    ['<>x</>', 'mdx.forbidden-element'],
    ['<Callout style="color:red">x</Callout>', 'mdx.forbidden-attribute'],
    ['<Callout {...props}>x</Callout>', 'mdx.forbidden-expression'],
    ['[a](<java script:alert(1)>)', 'mdx.forbidden-url'],
    ['![a](data:image/png;base64,AAAA)', 'mdx.forbidden-element'],
    ['![ảnh](anh.png)', 'mdx.forbidden-element'],
    ['[a](trang.html) [b](#muc) [c](mailto:a@b.vn) [d](http://a.vn)', null],
    ['Tỷ lệ { chưa đóng', 'mdx.syntax-brace'],
    ['Tỷ lệ <50%', 'mdx.syntax-lt'],
    ['<!-- ghi chú -->', 'mdx.syntax-lt'],
    ['<Callout title="a">x', 'mdx.syntax-unclosed'],
    ['<Callout title=a>x</Callout>', 'mdx.syntax-attribute'],
    ['> <Callout\ntitle="a">x</Callout>', 'mdx.syntax-lazy'],
    ['![a][r]\n\n[r]: https://a.vn/x.png', 'mdx.forbidden-image-reference'],
    ['[a](//evil.example/x)', 'mdx.forbidden-url'],
    ['[r]: //evil.example/x', 'mdx.forbidden-url'],
  ];
  for (const [snippet, expected] of claims) {
    const got = mdxResult(snippet).map((p) => p.code);
    if (JSON.stringify(got) !== JSON.stringify(expected ? [expected] : [])) {
      throw new Error(
        `docs: the MDX rules say ${JSON.stringify(snippet)} gives ${expected ?? 'no problem'}, the checker says ${got.join(', ') || 'none'}.`,
      );
    }
  }
  h('Each snippet below was run through the checker:');
  h(
    table(
      ['Snippet', 'What it shows', 'Result'],
      mdxExamples.map((e) => [
        code(e.text.replace(/\n+/g, ' ⏎ ')),
        esc(e.en),
        mdxResult(e.text).length ? problemCodesOf(mdxResult(e.text)) : 'accepted',
      ]),
    ),
  );

  // 11. Encodings
  doc.section('Encodings');
  h(
    'Files are read as bytes and decoded by `src/ingestion/decode.ts`; the result is always NFC text. UTF-8 is the contract; the encodings Excel produces in a Vietnamese locale are converted with a warning, and the legacy TCVN3 (ABC) encoding, which cannot be told apart from Windows-1258 reliably enough to convert, is refused with instructions. Each sample below (a two-line CSV) was run through the decoder:',
  );
  h(
    table(
      ['Sample', 'Result', 'Problem'],
      encodingExamples.map((e) => {
        const o = encodingOutcome(e.bytes);
        return [e.en, o.en, o.code ? `${code(o.code)} (${problemCatalogue[o.code].severity})` : '—'];
      }),
    ),
  );

  doc.section('Limits');
  h(
    'Every size limit lives in one constant, `limits` in `src/domain/schemas.ts`; the checks use it and this table is rendered from it. Real submissions are far below these (the seed reports are 2–9 KB of CSV and 1–3 KB of MDX). Input beyond a limit is refused with a located error, never truncated; below them, checking and building cost time linear in the input.',
  );
  h(
    table(
      ['Limit', 'Key', 'Value', 'Refused with'],
      limitRows().map((r) => [r.en, code(r.key), r.valueEn, r.codes.map(code).join(', ')]),
    ),
  );
  h(
    [
      'Also refused, wherever they occur:',
      '',
      `- symbolic links (to a file, a device or a folder outside \`content/\`) and anything that is not a regular file or folder (\`file.symlink\`, \`file.not-regular\`): they are reported, never followed;`,
      '- YAML anchors, aliases and tags in a frontmatter (`mdx.yaml-special`), before anything is resolved: no field needs them, and an alias “bomb” can expand a few lines into gigabytes;',
      '- file and folder names with anything but ASCII letters, digits, `-`, `_` and `.` (no `..`, `%`, spaces, diacritics or control characters) (`file.unsafe-name`), and two files that would become the same page — the same id after NFC normalisation and case folding, e.g. `content/x.mdx` and `content/reports/content/x.mdx` (`file.duplicate-id`, on both);',
      '- control characters other than tab and line breaks (NUL, ESC, DEL, C1), bidi overrides and marks, non-characters and lone surrogates in any file (`encoding.illegal-character`, located). Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) are removed from every text field and cell, so a title of only U+200B is empty;',
      `- dates before ${earliestYear} and documents (\`date\`, a model's \`start\`) dated after the day of the check in Vietnam (\`mdx.future-date\`). Period bounds may lie ahead (plans); synthetic content (a \`SYNTHETIC\` marker) is exempt from the future check;`,
      '- a unit code that is not five digits as written: a plain YAML number keeps its source text, so `commune: 09466` is `"09466"` but `024682`, `0x5FAA`, `2.4682e4` and `+24682` are refused, never coerced.',
      '',
      'Line endings: CRLF, LF and a lone CR are each one line break (a file may mix them); line numbers are what a text editor shows.',
    ].join('\n'),
  );

  // 12. Problems
  doc.section('Problems');
  h(
    'Every check reports a `Problem` (`src/domain/problems/`): a stable code, a severity, the file, the 1-based physical line, the column (in a CSV the spreadsheet column, printed as a letter like Excel’s; in MDX the character), the field (CSV header as written, or frontmatter key), what was found, and a message in Vietnamese with an English gloss. ' +
      '**Errors** stop the build and make `npm run validate` exit 1. **Warnings** never change a value: quality warnings travel with the figure (`Figure.warnings`) and are published beside it, with their code.',
  );
  h('One problem is printed like this (`formatProblem`):');
  h(fence(formatProblem(broken.problems.find((p) => p.code === 'row.unreadable-value')!)));
  h(
    'Note that the line is the physical line of the file: when a quoted cell contains line breaks, it is larger than the row number Excel shows. The full catalogue, with messages rendered with `…` in place of the detail:',
  );
  for (const g of problemGroups) {
    h(`### ${problemGroupProse[g]!.en}`);
    h(
      table(
        ['Code', 'Severity', 'Vietnamese', 'English'],
        problemCodes.filter((c) => c.startsWith(`${g}.`)).map((c) => [code(c), problemCatalogue[c].severity, messageVi(c), messageEn(c)]),
      ),
    );
  }

  // 13. Build and validate
  doc.section('Build, validate and docs');
  h(
    [
      '- `checkSubmissions` (`src/ingestion/submissions.ts`) is the one pure function that turns files into a dataset and problems. The build, `npm run validate` and the tests all call it, so they report the same thing.',
      '- **Build**: the Astro integration (`src/integration.ts`) loads `content/` before anything is compiled. Any error (`SubmissionError`) stops the build with the full report as `npm run validate` prints it and one plain final line, so unsafe MDX is never turned into code and a broken submission never reaches the site. The build writes into a staging folder beside the output folder (`.dist.building/` for `dist/`) and replaces the previous output only when everything is written: a failed build leaves the last good site in place. Warnings are logged and published beside their figures.',
      '- **`npm run validate [paths…]`** (`src/tools/validate.ts`) checks files or folders (default: `content`), prints every problem, then what was checked, and last the count line `X lỗi, Y cảnh báo` (`0 lỗi, 0 cảnh báo` on a clean run, as the guide promises; `formatValidation` in `src/domain/problems/format.ts`), and exits 1 if there is an error (2 if a path does not exist). When every path is a folder, a CSV without its `.mdx` is an error; when files are named one by one it is not, so a table can be checked before its narrative is written. Files are classified by where they are: under `content/models/` as models, anywhere else as reports.',
      '- **`npm run docs`** (`src/tools/docs.ts`, the generator in `src/tools/docs/`) rewrites this file and the Vietnamese guide; `node src/tools/docs.ts --check` exits 1 if either is stale.',
    ].join('\n'),
  );
  h(`For example, this broken pair of files (the same example as in the officers' guide):`);
  for (const f of brokenExample) h(`\`${f.path}\`:\n\n${fence(f.text, f.path.endsWith('.csv') ? 'csv' : 'mdx')}`);
  h('makes `npm run validate content/reports/24682-thuan-an` print:');
  h(fence(broken.text));
}
