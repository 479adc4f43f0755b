/**
 * docs/huong-dan-nop-so-lieu.md, in Vietnamese for commune officers: sections 1–4 here (what to send, personal
 * data, the .mdx file, the .csv table), the rest in guide-rules.ts.
 */
import { reportColumns, reportKinds } from '../../domain/schemas.ts';
import { allowedComponents } from '../../domain/mdx-components.ts';
import { columnLetter } from '../../domain/problems/index.ts';
import { headerAliases } from '../../ingestion/report-table.ts';
import { frontmatterCases, registryAdvice, unusedFileExamples, yamlTips } from './guide-cases.ts';
import { addGuideRules } from './guide-rules.ts';
import { code, Doc, esc, fence, generatedMarker, prettify, table } from './markdown.ts';
import { acceptedDelimiters, canonicalHeader, encodingExamples, encodingOutcome, mdxExamples, mdxResult } from './probes.ts';
import { columnKeys, columnProse, headerAliasDisplay, reportKindProse } from './prose.ts';
import { brokenExampleReport, checkTemplates, exampleBody, exampleCsv, frontmatterMistakes } from './samples.ts';
import { reportRows, reportTemplate, typeVi } from './schema-fields.ts';

export async function renderHuongDan(): Promise<string> {
  checkTemplates();
  const broken = brokenExampleReport();
  const doc = new Doc();
  const h = (s: string) => doc.add(s);
  const requiredColumns = columnKeys.filter((k) => reportColumns[k].required);

  h(generatedMarker);
  h('# Hướng dẫn nộp số liệu phong trào “Bình dân học vụ số”');
  h(
    'Tài liệu này dành cho cán bộ xã, phường, đặc khu được giao tổng hợp báo cáo phong trào “Bình dân học vụ số”. ' +
      'Trang web công khai lại đúng những gì văn bản của xã ghi: con số nào, ở mục nào, là kết quả hay mục tiêu. ' +
      'Vì vậy mỗi văn bản được gửi thành hai tệp, một tệp cho phần chữ và một tệp cho bảng số liệu. Hướng dẫn dưới đây nói cách làm hai tệp đó, cách kiểm tra trước khi gửi và cách đọc thông báo lỗi.',
  );
  doc.toc();

  // 1
  doc.section('1. Cần gửi những gì');
  h('Mỗi văn bản (báo cáo, kế hoạch, hoặc bài báo viết về xã) gửi **hai tệp cùng tên**, chỉ khác phần đuôi:');
  h(
    [
      '- **Tệp `.mdx` — phần thông tin văn bản**: ở đầu tệp là các thông tin của văn bản (loại, trích yếu, số, ngày, cơ quan ban hành, người ký...), tiếp theo là phần tóm tắt hoặc trích nguyên văn những đoạn chính. Tệp này soạn bằng Notepad hoặc trình soạn thảo văn bản thuần khác, không dùng Word. Khi lưu trong Notepad, chọn **Save as type: All Files (\\*.\\*)**, **Encoding: UTF-8** và gõ tên tệp có đuôi `.mdx` (nếu không, tệp sẽ thành `.mdx.txt`).',
      '- **Tệp `.csv` — bảng số liệu**: mỗi con số trong văn bản là một dòng, giống bảng phụ lục xã vẫn điền. Bảng này làm bằng Excel rồi lưu dạng CSV.',
    ].join('\n'),
  );
  h(
    'Hai tệp đặt chung một thư mục, tên thư mục là mã xã và tên xã viết không dấu. Tên tệp nên viết chữ thường không dấu, nối bằng dấu gạch ngang, bắt đầu bằng ngày văn bản. Ví dụ:',
  );
  h(
    fence(
      [
        'content/reports/24682-thuan-an/',
        '    2026-06-02-bao-cao-tong-ket.mdx   (phần thông tin văn bản)',
        '    2026-06-02-bao-cao-tong-ket.csv   (bảng số liệu)',
      ].join('\n'),
    ),
  );
  h(
    'Văn bản không có con số nào thì chỉ cần tệp `.mdx`. Mô hình, sáng kiến của xã được gửi riêng (xem mục 7). ' +
      'Mã xã là mã đơn vị hành chính 5 chữ số theo danh mục sau sắp xếp năm 2025; trên trang web, địa chỉ trang của mỗi xã kết thúc bằng mã này, ví dụ `…/lam-dong/xa-thuan-an-24682/`.',
  );
  h('### Tìm mã 5 chữ số của xã');
  h(registryAdvice().join('\n'));
  h('### Tệp khác trong thư mục');
  h(
    [
      'Chương trình chỉ dùng tệp `.mdx` và bảng `.csv`. Mọi tệp khác đặt trong thư mục `content` đều được **cảnh báo** là không dùng và không công bố, kèm lời dặn cách xử lý, để không tệp nào bị bỏ qua mà không ai hay:',
      '',
      ...unusedFileExamples().map(
        ([name, p]) =>
          `- \`${name}\`: ${esc(p.vi.replace(/^Tệp này không được dùng để dựng trang web và không được công bố \(chỉ đọc tệp \.mdx và bảng \.csv\)\. /, ''))}`,
      ),
      '',
      `Riêng bảng lưu từ Excel dạng **Unicode Text** (tệp \`.txt\`, các cột cách nhau bằng dấu tab) mà đặt cùng tên với tệp \`.mdx\` thì vẫn được đọc như bảng \`.csv\`, kèm cảnh báo \`file.txt-table\`.`,
    ].join('\n'),
  );

  // 2
  doc.section('2. Không gửi thông tin cá nhân của người dân');
  h(
    [
      'Trang web công khai cho mọi người xem. **Chỉ gửi con số tổng hợp**, không bao giờ gửi thông tin về từng người dân:',
      '',
      '- không ghi họ tên, ngày sinh, địa chỉ của người dân;',
      '- không ghi số căn cước công dân, số định danh, số tài khoản VNeID;',
      '- không ghi số điện thoại, email, ảnh chụp giấy tờ;',
      '- không đính kèm danh sách người học, danh sách người được hướng dẫn.',
      '',
      'Ví dụ: ghi “4.500 người dân tham gia học tập”, không ghi danh sách 4.500 người đó. Chỉ có tên người ký văn bản (đã in công khai trên văn bản) và tác giả bài báo được ghi vào phần thông tin văn bản. Nếu văn bản gốc có trích lời hoặc tên người dân, khi chép lại hãy bỏ tên đi.',
    ].join('\n'),
  );

  // 3
  doc.section('3. Phần thông tin văn bản (tệp .mdx)');
  h(
    'Tệp bắt đầu bằng một dòng `---`, tiếp theo là các thông tin, mỗi thông tin một dòng dạng `tên: nội dung`, rồi một dòng `---` nữa. Bên dưới là phần bài viết. Hãy sao chép mẫu sau, sửa nội dung sau dấu hai chấm, giữ nguyên tên trường bên trái (viết thường, không dấu, đúng chính tả). Các dòng bắt đầu bằng `#` là dòng ghi chú, máy bỏ qua; dòng nào “nếu có” mà văn bản không có thì xóa cả dòng.',
  );
  h(fence(`${reportTemplate}\n\n${exampleBody}`, 'mdx'));
  h(
    table(
      ['Tên trường', 'Bắt buộc?', 'Ghi gì', 'Dạng'],
      reportRows.map((r) => [
        code(r.path),
        r.required ? (r.depth > 0 ? `có (nếu có mục ${code(r.path.split('.')[0]!)})` : '**có**') : 'không',
        r.doc.vi,
        typeVi(r),
      ]),
    ),
  );
  h(`Trường \`kind\` ghi một trong ${reportKinds.length} loại:`);
  h(reportKinds.map((k) => `- \`${k}\` — ${reportKindProse[k]!.vi}`).join('\n'));
  h('Mấy điều hay gặp khi gõ phần thông tin:');
  h(yamlTips().join('\n'));
  h('### Thông báo khi phần thông tin viết sai');
  h(
    'Mỗi lỗi dưới đây đã được chạy thử qua chương trình kiểm tra (dấu ⏎ là xuống dòng, ⇥ là phím Tab). Thông báo chỉ ra dòng có lỗi, nói sai ở đâu và cách viết lại:',
  );
  h(
    table(
      ['Viết sai', 'Thông báo của chương trình', 'Viết đúng'],
      frontmatterMistakes().map((m) => [
        code(m.bad.join(' ⏎ ').replace(/\t/g, '⇥')),
        m.problems.map((p) => `dòng ${p.line}: ${esc(p.vi)}`).join(' '),
        m.good.length ? code(m.good.join(' ⏎ ')) : 'xóa cả dòng',
      ]),
    ),
  );
  h('### Các trường hợp hay gặp');
  for (const c of frontmatterCases()) {
    h(`**${c.title}.** ${c.text}`);
    if (c.example) h(fence(c.example, 'yaml'));
  }
  h('### Phần bài viết');
  h(
    'Bên dưới dòng `---` thứ hai là phần chữ: tóm tắt kết quả, khó khăn, kiến nghị, hoặc trích nguyên văn. Viết như văn bản thường; có thể dùng vài ký hiệu đơn giản: `## ` ở đầu dòng cho tiêu đề mục, `- ` ở đầu dòng cho gạch đầu dòng, `**chữ đậm**`, `[tên trang](https://địa-chỉ)` cho liên kết. Muốn làm nổi một ghi chú, dùng khung ghi chú:',
  );
  h(fence('<Callout title="Lưu ý">Số liệu ước tính tới tháng 5/2026.</Callout>', 'mdx'));
  h(
    `Vì lý do an toàn cho trang web, phần bài viết chỉ được dùng chữ, các ký hiệu trên và các thẻ sau: ${Object.entries(allowedComponents)
      .map(([n, attrs]) => `\`<${n}>\`${attrs.length ? ` (thuộc tính: ${attrs.map((a) => `\`${a}\``).join(', ')})` : ''}`)
      .join(', ')}. Bảng dưới cho biết cách viết nào được, cách nào bị báo lỗi:`,
  );
  h(
    table(
      ['Cách viết', 'Là gì', 'Kết quả kiểm tra'],
      mdxExamples.map((e) => {
        const problems = mdxResult(e.text);
        return [
          code(e.text.replace(/\n+/g, ' ⏎ ')),
          esc(e.vi ?? e.en),
          problems.length ? `**lỗi**: ${problems.map((p) => esc(p.vi)).join(' ')}` : 'được',
        ];
      }),
    ),
  );
  h(
    'Tóm lại: không dùng lệnh `import`/`export`, không dùng dấu ngoặc nhọn `{ }` (nếu cần thì viết `\\{` và `\\}`), không dùng `<script>`, `<iframe>` hay thẻ HTML nào khác ngoài danh sách trên, và không dán mã nhúng từ trang khác.',
  );

  // 4
  doc.section('4. Bảng số liệu (tệp .csv)');
  h('### Dòng tiêu đề');
  h(
    'Dòng đầu của bảng là dòng tiêu đề. Cách nhanh nhất: sao chép nguyên dòng sau vào ô A1 của Excel (rồi dùng *Data › Text to Columns*, chọn dấu phẩy), hoặc gõ lần lượt từng tên cột vào các ô A1, B1, C1...',
  );
  h(fence(canonicalHeader, 'csv'));
  h(
    `Các cột bắt buộc: ${requiredColumns.map((k) => `**${reportColumns[k].vi}**`).join(', ')}. Các cột khác có thể bỏ hoặc để trống. Thứ tự cột không quan trọng; tên cột viết hoa hay thường, có dấu hay không dấu đều được, và một số tên quen dùng cũng được chấp nhận (cột cuối bảng dưới đây). Những dòng tên bảng, tên cơ quan phía trên dòng tiêu đề, và những dòng đề mục không có mã và không có số, đều được bỏ qua.`,
  );
  h(
    table(
      ['Cột', 'Tên cột', 'Bắt buộc?', 'Ghi gì', 'Tên khác cũng được'],
      columnKeys.map((k, i) => [
        columnLetter(i + 1),
        `**${reportColumns[k].vi}**`,
        reportColumns[k].required ? '**có**' : 'không',
        columnProse[k].vi,
        headerAliases[k]
          .map((a) => headerAliasDisplay[a]!)
          .filter((a) => a !== reportColumns[k].vi)
          .join(', ') || '—',
      ]),
    ),
  );
  h('Ví dụ một bảng đúng mẫu (ba dòng kết quả và một dòng mục tiêu):');
  h(fence(`${exampleCsv}\n`, 'csv'));
  h('### Lưu bảng từ Excel');
  const delimiters = acceptedDelimiters();
  const encodingRows = encodingExamples.map((e) => ({ e, o: encodingOutcome(e.bytes) }));
  const win1258 = encodingRows.find((r) => r.o.code === 'encoding.windows-1258');
  const utf16 = encodingRows.find((r) => r.o.code === 'encoding.utf16');
  const tcvn3 = encodingRows.find((r) => r.o.code === 'encoding.tcvn3');
  if (!win1258?.o.ok || !utf16?.o.ok || !tcvn3 || tcvn3.o.ok)
    throw new Error('docs: the encoding advice in the guide no longer matches decode.ts.');
  h(
    [
      '1. Làm bảng trên Excel như bình thường, mỗi con số một dòng.',
      '2. Chọn **File › Save As** (Lưu thành), chọn nơi lưu.',
      '3. Ở ô **Save as type** (Kiểu tệp), chọn **CSV UTF-8 (Comma delimited) (\\*.csv)**. Đặt tên tệp giống tên tệp `.mdx`, chỉ khác đuôi `.csv`.',
      '4. Bấm **Save**. Nếu Excel hỏi có giữ định dạng không, chọn **Yes** (giữ dạng CSV).',
    ].join('\n'),
  );
  h(
    [
      `- Máy cài Excel tiếng Việt đôi khi lưu dấu chấm phẩy \`;\` thay cho dấu phẩy giữa các cột: không sao, ngăn cách bằng ${delimiters.map((d) => (d === '\t' ? 'dấu tab' : `\`${d}\``)).join(', ')} đều được.`,
      '- Nếu máy không có mục “CSV UTF-8” mà chỉ có “CSV (Comma delimited)” hoặc “Unicode Text”, vẫn gửi được: hệ thống tự chuyển và chỉ nhắc (cảnh báo). Lần sau nên chọn “CSV UTF-8”.',
      '- Nếu bảng gõ bằng phông chữ cũ **TCVN3 (ABC)** như `.VnTime`, `.VnArial` (chữ hiện thành ký tự lạ khi đổi sang phông Times New Roman), hệ thống **không nhận** và báo lỗi. Cách chuyển sang Unicode bằng Unikey: bôi đen toàn bộ bảng trong Excel và sao chép (Ctrl+C); bấm chuột phải vào biểu tượng Unikey, chọn **Công cụ...** (hoặc bấm Ctrl+Shift+F6); chọn **Nguồn: TCVN3 (ABC)**, **Đích: Unicode**, bấm **Chuyển mã**; dán lại vào Excel (Ctrl+V), đổi phông chữ sang Times New Roman, rồi lưu dạng “CSV UTF-8 (Comma delimited)”.',
      '- Không đổi tên tệp `.xlsx` thành `.csv`: tệp như vậy không phải bảng CSV và sẽ bị báo lỗi.',
      '- **Cũng có thể gửi thẳng tệp Excel `.xlsx`** (Excel: **Excel Workbook (\\*.xlsx)**; LibreOffice: **Excel 2007-365 (.xlsx)**) thay cho tệp `.csv`, cùng tên với tệp `.mdx`, không gửi cả hai. Hệ thống đọc trang tính tên “Số liệu” (nếu không có thì trang tính đầu tiên) và báo lỗi theo ô, ví dụ `Sheet1!E7`. Đây là cách an toàn nhất với chữ tiếng Việt: lệnh lưu “CSV (Comma delimited)” thường của Excel ghi theo bảng mã Windows, có thể làm hỏng dấu. Trong tệp Excel, hãy định dạng cột Kết quả là **Text** (Văn bản): ô định dạng phần trăm lưu 80% thành 0,8 và sẽ bị báo lỗi. Mẫu bảng trống của từng xã tải ở trang **Kiểm tra số liệu** của trang web.',
      '- Excel có thể tự đổi cách viết con số khi gõ hoặc khi mở lại tệp CSV (bỏ số 0 ở đầu, đổi dấu chấm, dấu phẩy theo cài đặt của máy, biến 1/2 thành ngày tháng). Cách chắc chắn nhất là định dạng cột Kết quả là **Text** (Văn bản) trước khi gõ số, và mở tệp CSV bằng Notepad để xem lại trước khi gửi.',
    ].join('\n'),
  );

  addGuideRules(doc, broken);
  return prettify(doc.toString());
}
