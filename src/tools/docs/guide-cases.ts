/**
 * The guide's answers to what officers ask, each checked against the real code: YAML pitfalls, documents without a
 * number, partial dates, the signature block, later reports, where the 5-digit code is, unused files, and how to
 * fix each problem of the broken example.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSiteData, latestResult } from '../../domain/commune-data.ts';
import { registry } from '../../domain/registry.ts';
import { reportColumns, ReportFrontmatter } from '../../domain/schemas.ts';
import { readMdxSource } from '../../ingestion/mdx-source.ts';
import { type Problem, type ProblemCode } from '../../domain/problems/index.ts';
import { checkSubmissions, REPORTS_DIR } from '../../ingestion/submissions.ts';
import { downloadPath } from '../../presentation/open-data/downloads.ts';
import { unitsTable } from '../../presentation/open-data/units.ts';
import { columnProse } from './prose.ts';
import { exampleBody, exampleCsv, readReport, templateWith, toFiles } from './samples.ts';
import { reportTemplate } from './schema-fields.ts';

/** Small YAML pitfalls, each checked against the real frontmatter reader. */
export function yamlTips(): string[] {
  const base = reportTemplate.split('\n').filter((l) => !l.startsWith('title:'));
  const read = (titleLine: string) =>
    readMdxSource('vi-du.mdx', [...base.slice(0, -1), titleLine, '---', ''].join('\n'), ReportFrontmatter);
  const colonBad = read('title: Chỉ tiêu 1: tỷ lệ người dân có kỹ năng số');
  const colonGood = read('title: "Chỉ tiêu 1: tỷ lệ người dân có kỹ năng số"');
  const hashBad = read('title: Báo cáo #2 năm 2025');
  const hashGood = read('title: "Báo cáo #2 năm 2025"');
  if (colonBad.data || !colonGood.data || hashBad.data?.title !== 'Báo cáo' || hashGood.data?.title !== 'Báo cáo #2 năm 2025') {
    throw new Error('docs: the YAML tips in the guide no longer hold.');
  }
  return [
    '- Nội dung có dấu hai chấm và dấu cách (`: `) thì phải đặt trong ngoặc kép: `title: "Chỉ tiêu 1: tỷ lệ người dân có kỹ năng số"`. Không có ngoặc kép sẽ bị báo lỗi sai cú pháp.',
    '- Dấu `#` đứng sau dấu cách được hiểu là bắt đầu ghi chú: `title: Báo cáo #2 năm 2025` chỉ còn “Báo cáo”. Hãy đặt trong ngoặc kép: `title: "Báo cáo #2 năm 2025"`.',
    '- Mỗi tên trường chỉ được xuất hiện một lần; tên trường gõ sai hoặc không có trong mẫu sẽ bị báo lỗi.',
    '- Các dòng con của `period` và `signatory` phải thụt vào đúng 2 dấu cách, không dùng phím Tab.',
  ];
}

/** Documents without a number, dates known to the year, the signature block, later and corrected reports (checked). */
export function frontmatterCases(): Array<{ title: string; text: string; example?: string }> {
  // No number: the line is removed; the blank form's "/BC-UBND" is refused.
  const noNumber = readReport(templateWith('number', []));
  const blankForm = readReport(templateWith('number', ['number: /BC-UBND'])).problems.map((p) => p.code);
  // Dates known to the month or the year only.
  const yearOnly = ['date: 2026', 'period:', '  from: 2025', '  to: 2025', '  label: năm 2025'];
  const year = readReport(templateWith('period', []).replace(/^date: .*$/m, yearOnly.join('\n')));
  const month = readReport(templateWith('date', ['date: 2026-05']));
  // The signature block.
  const signatory = ['signatory:', '  name: Nguyễn Văn A', '  title: KT. Chủ tịch, Phó Chủ tịch'];
  const signed = readReport(templateWith('signatory', signatory));
  const titleOnly = readReport(templateWith('signatory', ['signatory:', '  title: Chủ tịch']));
  if (
    !noNumber.data ||
    noNumber.problems.length ||
    JSON.stringify(blankForm) !== '["mdx.number-no-digits"]' ||
    year.data?.date !== '2026' ||
    year.data.period?.from !== '2025' ||
    month.data?.date !== '2026-05' ||
    signed.data?.signatory?.title !== 'KT. Chủ tịch, Phó Chủ tịch' ||
    signed.data.signatory.name !== 'Nguyễn Văn A' ||
    !titleOnly.data
  ) {
    throw new Error('docs: the frontmatter cases in the guide no longer hold.');
  }
  // A later report: both documents are kept; the newest one's figure is the current one.
  const later = { path: `${REPORTS_DIR}24682-thuan-an/2026-11-20-bao-cao-so-ket.mdx`, text: templateWith('date', ['date: 2026-11-20']) };
  const files = toFiles([
    { path: `${REPORTS_DIR}24682-thuan-an/2026-06-02-bao-cao-tong-ket.mdx`, text: `${reportTemplate}\n\n${exampleBody}` },
    { path: `${REPORTS_DIR}24682-thuan-an/2026-06-02-bao-cao-tong-ket.csv`, text: `${exampleCsv}\n` },
    later,
    {
      path: later.path.replace(/\.mdx$/, '.csv'),
      text: `${exampleCsv.replace(`Ước tính ${columnProse.result.example}`, 'Ước tính 85%')}\n`,
    },
  ]);
  const { dataset, problems } = checkSubmissions(files);
  const site = buildSiteData(dataset, registry());
  const current = latestResult(site.communes.get('24682'), columnProse.code.example);
  if (
    problems.length ||
    dataset.reports.length !== 2 ||
    current?.report.id !== '24682-thuan-an/2026-11-20-bao-cao-so-ket' ||
    current.figure.value.value !== '85'
  ) {
    throw new Error(
      'docs: the guide says a later report is kept beside the earlier one and its figure becomes the current one; it does not.',
    );
  }
  return [
    {
      title: 'Văn bản không có số',
      text: 'Văn bản để trống số (“Số:      /BC-UBND”) thì **xóa cả dòng** `number`. Không chép phần ký hiệu còn lại: `number: /BC-UBND` bị báo lỗi vì số văn bản không có chữ số nào.',
    },
    {
      title: 'Chỉ biết tháng, hoặc chỉ biết năm',
      text: 'Chỉ ghi những gì văn bản ghi, không tự điền ngày 01 hay ngày cuối tháng. Văn bản ghi “ngày    tháng 5 năm 2026” thì ghi `date: 2026-05`; chỉ ghi năm thì `date: 2026`. Kỳ báo cáo (`period`) cũng vậy, ví dụ báo cáo cả năm 2025:',
      example: yearOnly.join('\n'),
    },
    {
      title: 'Người ký',
      text: 'Phần ký cuối văn bản thường in nhiều dòng: “TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / (chữ ký, dấu) / Nguyễn Văn A”. Ghi chức vụ vào `title` đúng như in, gộp trên một dòng, viết hoa chữ đầu (dòng “TM. Ủy ban nhân dân” đã có ở `issuer`); họ tên ghi vào `name`. Bản văn bản không in họ tên thì bỏ dòng `name`, chỉ giữ `title`. Không ghi tên ai khác ngoài người ký. Hai dòng con thụt vào 2 dấu cách:',
      example: signatory.join('\n'),
    },
    {
      title: 'Gửi báo cáo kỳ sau, báo cáo bổ sung hoặc sửa đổi',
      text: 'Mỗi văn bản là một cặp tệp riêng. Báo cáo kỳ sau, báo cáo bổ sung, hoặc văn bản mới thay thế, đính chính văn bản trước đều gửi thành **cặp tệp mới**, tên bắt đầu bằng ngày của văn bản mới (ví dụ `2026-11-20-bao-cao-so-ket.mdx` và `.csv`), **không ghi đè** tệp đã gửi. Trang web giữ cả hai văn bản; với mỗi chỉ tiêu, con số của văn bản có ngày mới nhất là con số hiện tại, và nếu nó khác con số trước thì trang ghi “Đã điều chỉnh so với” văn bản trước. Văn bản sửa đổi, đính chính thì ghi rõ trong trường `note` là nó sửa văn bản nào (số, ngày). Chỉ sửa thẳng tệp đã gửi khi việc chép số liệu bị nhầm (văn bản gốc không đổi), và báo cho đơn vị tiếp nhận biết đã sửa dòng nào.',
    },
  ];
}

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Where the 5-digit code is: the registry download of the site (checked against the open-data tables). */
export function registryAdvice(): string[] {
  const file = downloadPath(unitsTable, 'csv');
  if (!existsSync(join(root, 'src/pages/du-lieu/[table].csv.ts'))) throw new Error('docs: /du-lieu/<table>.csv is no longer a route.');
  const col = (name: string) => {
    const c = unitsTable.columns.find((x) => x.name === name);
    if (!c) throw new Error(`docs: the registry download has no "${name}" column.`);
    return c.title;
  };
  const reg = registry();
  const u = reg.commune('24682')!;
  const zero = reg.commune('09466')!;
  const sameName = reg.communes.filter((c) => c.shortName === u.shortName).length;
  return [
    `- Trên trang web, mở trang **Dữ liệu mở** (\`/du-lieu/\`) và tải tệp **${unitsTable.title.vi}** (\`/du-lieu/${file}\`). Mỗi dòng là một tỉnh hoặc một xã, phường, đặc khu. Tìm tên xã ở cột **${col('name')}**, xem đúng tỉnh ở cột **${col('province_name')}**, rồi chép mã ở cột **${col('code')}**. Ví dụ: ${u.name}, ${reg.province(u.provinceCode)!.name} có mã \`${u.code}\`.`,
    `- Hoặc tìm xã trên trang web: địa chỉ trang của xã kết thúc bằng mã, ví dụ \`…/${u.path}/\`.`,
    `- Nhiều đơn vị trùng tên (${sameName} đơn vị tên “${u.shortName}”), nên luôn xem cả tên tỉnh.`,
    `- Mã luôn đủ 5 chữ số. Excel có thể bỏ số 0 ở đầu khi mở tệp (\`${zero.code}\` của ${zero.name} hiện thành \`${Number(zero.code)}\`): khi chép mã vào tệp \`.mdx\`, ghi đủ 5 chữ số và đặt trong ngoặc kép, \`commune: "${zero.code}"\`.`,
  ];
}

/** Files the build does not use, each run through the checker: the advice it gives. */
export function unusedFileExamples(): Array<[string, Problem]> {
  const dir = `${REPORTS_DIR}24682-thuan-an/`;
  const names = [
    '2026-06-02-bao-cao.mdx.txt',
    '2026-06-02-bao-cao.xls',
    '2026-06-02-bao-cao.docx',
    '2026-06-02-bao-cao.md',
    'anh-lop-hoc.jpg',
  ];
  return names.map((name) => {
    const { problems } = checkSubmissions(
      toFiles([
        { path: `${dir}2026-06-02-mau.mdx`, text: `${reportTemplate}\n\n${exampleBody}` },
        { path: `${dir}${name}`, text: 'x' },
      ]),
    );
    if (problems.length !== 1 || problems[0]!.code !== 'file.unused') throw new Error(`docs: "${name}" is not reported as file.unused.`);
    return [name, problems[0]!];
  });
}

/** How to fix each problem of the broken example, keyed by problem code (checked). */
export function brokenExampleFixes(problems: readonly Problem[]): string[] {
  const fixes: Partial<Record<ProblemCode, (p: Problem) => string>> = {
    'mdx.frontmatter-field': (p) => `- \`${p.field}: ${p.found}\` → viết theo dạng năm-tháng-ngày: \`${p.field}: 2026-06-02\`.`,
    'mdx.forbidden-expression': (p) => `- \`${p.found}\` trong bài viết → viết thẳng con số: \`Tổng cộng 25 lớp học.\``,
    'row.unknown-code': (p) => `- \`${p.found}\` → sửa đúng mã theo gợi ý: \`${p.detail}\`.`,
    'row.unreadable-value': (p) => `- \`${p.found}\` → chỉ ghi con số: \`4\`.`,
    'quality.ambiguous-number': (p) =>
      `- \`${p.found}\` (cảnh báo) → nếu là một nghìn năm trăm thì viết \`1.500\`; nếu là một phẩy năm thì viết \`1,5\`.`,
    'quality.non-integer-count': () => '',
    'row.bad-year': () => `- dòng mục tiêu thiếu năm → ghi năm vào cột ${reportColumns.year.vi}: \`2026\`.`,
  };
  const seen = new Set<ProblemCode>();
  const lines: string[] = [];
  for (const p of problems) {
    const fix = fixes[p.code];
    if (!fix) throw new Error(`docs: the broken example now reports ${p.code}; say how to fix it in brokenExampleFixes.`);
    if (seen.has(p.code)) continue;
    seen.add(p.code);
    const line = fix(p);
    if (line) lines.push(line);
  }
  const unused = Object.keys(fixes).filter((c) => !seen.has(c as ProblemCode));
  if (unused.length) throw new Error(`docs: the broken example no longer reports ${unused.join(', ')}; update brokenExampleFixes.`);
  return lines;
}
