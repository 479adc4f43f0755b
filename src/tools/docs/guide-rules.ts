/**
 * docs/huong-dan-nop-so-lieu.md, sections 5–10: writing figures, target rows, models, the indicator catalogue,
 * checking before sending, and every message.
 */
import { indicatorGroups, indicators, LOCAL_INDICATOR_PREFIX, unitKinds, type IndicatorDefinition } from '../../domain/indicators.ts';
import { modelCategories, modelStatuses, qualifierKinds, reportColumns, rowTypes } from '../../domain/schemas.ts';
import { columnLetter, formatProblem, problemCatalogue, type Problem } from '../../domain/problems/index.ts';
import { qualifierWords } from '../../ingestion/value.ts';
import { brokenExampleFixes } from './guide-cases.ts';
import { code, Doc, esc, fence, table } from './markdown.ts';
import { canonicalHeader, limitRows, messageVi, probeValue, problemCodes, problemGroups, understoodVi, valueExamples } from './probes.ts';
import { modelCategoryProse, modelStatusProse, problemGroupProse, qualifierProse, qualifierWordDisplay, unitKindProse } from './prose.ts';
import { brokenExample, cleanExampleReport, exampleCsv } from './samples.ts';
import { modelRows, modelTemplate } from './schema-fields.ts';

const unitVi = (d: IndicatorDefinition) => unitKindProse[d.unitKind].vi;

/** Sections 5–10 of the guide, added to `doc`; `broken` is the validator run on the broken example. */
export function addGuideRules(doc: Doc, broken: { text: string; problems: Problem[] }): void {
  const h = (s: string) => doc.add(s);

  // 5
  doc.section('5. Cách ghi con số');
  h(
    [
      'Ở cột **Kết quả**, hãy chép con số **đúng như văn bản ghi**, kể cả các chữ “khoảng”, “ước tính”, “hơn”... Trang web giữ nguyên cách viết của xã và ghi rõ con số đó là ước tính, gần đúng hay tối thiểu.',
      '',
      '- Dấu chấm `.` ngăn cách hàng nghìn: `14.033` là mười bốn nghìn không trăm ba mươi ba.',
      '- Dấu phẩy `,` là dấu thập phân: `80,06%`.',
      '- Tỷ lệ viết kèm dấu `%`: `80%`, `80,5%`.',
      '- Số trên tổng số viết bằng dấu gạch chéo: `12564/16900` (hoặc `12.564/16.900`); có thể ghi kèm tỷ lệ: `14.033/17.423 đạt 80,5%`.',
      '- Ô để trống hoặc chỉ có dấu gạch `-` nghĩa là văn bản không có số: dòng đó không được công bố. Dòng của mẫu bảng trống còn nguyên như mẫu (chỉ có mã, tên và đơn vị tính của danh mục) là chỉ tiêu chưa báo cáo, không bị cảnh báo; dòng đã điền dở (có thuyết minh, nguồn, năm… mà ô kết quả trống) thì có cảnh báo.',
      '- Chỉ ghi **một** con số trong một ô. Lời giải thích ghi ở cột Thuyết minh.',
    ].join('\n'),
  );
  h('Các ví dụ dưới đây đã được chạy thử qua chương trình kiểm tra; cột giữa cho biết trang web hiểu con số như thế nào:');
  h(
    table(
      ['Cách viết', 'Trang web hiểu là', 'Thông báo'],
      valueExamples
        .filter((e) => e.guide)
        .map((e) => {
          const { problems } = probeValue(e.raw, e.indicator, e.unit);
          const note = problems.map((p) => `${p.severity === 'error' ? 'Lỗi' : 'Cảnh báo'}: ${esc(p.vi)}`).join(' ');
          return [`${code(e.raw)} (đơn vị ${e.unit})`, understoodVi(e.raw, e.indicator, e.unit), note || '—'];
        }),
    ),
  );
  const readAs = (raw: string, indicator: string, unit: string) => probeValue(raw, indicator, unit).figure?.value.value;
  if (
    readAs('80.5%', 'ty_le.can_bo', '%') !== '80.5' ||
    readAs('1.500%', 'ty_le.can_bo', '%') !== '1500' ||
    readAs('1,500', 'to_cns.thanh_vien', 'Người') !== '1.500'
  ) {
    throw new Error('docs: the explanation of dots and commas in the guide no longer matches the value parser.');
  }
  h(
    'Hay nhầm nhất là dấu chấm và dấu phẩy theo kiểu tiếng Anh. `80.5%` được đọc là 80,5% nhưng bị nhắc. `1.500%` được đọc là một nghìn năm trăm phần trăm, còn `1,500` được đọc là một phẩy năm (1,5), vì vậy cả hai đều bị nhắc để xã kiểm tra lại. Hãy viết theo kiểu Việt Nam: `80,5%`, `1,5%`, `1.500`.',
  );
  h('### Từ chỉ mức độ');
  h('Các từ sau đặt **trước** con số, viết hoa hay thường, có dấu hay không dấu đều được. Trang web ghi rõ ý nghĩa bên cạnh con số:');
  const byQualifier = (q: string | null) => qualifierWords.filter(([, x]) => x === q).map(([w]) => `“${qualifierWordDisplay[w]}”`);
  h(
    table(
      ['Từ', 'Ý nghĩa', 'Ví dụ'],
      [
        ...qualifierKinds.map((q) => {
          const first = qualifierWordDisplay[qualifierWords.find(([, x]) => x === q)![0]]!;
          return [byQualifier(q).join(', '), qualifierProse[q]!.vi, code(`${first[0]!.toUpperCase()}${first.slice(1)} 14.173`)];
        }),
        [byQualifier(null).join(', '), 'Không làm thay đổi ý nghĩa, có hay không đều được.', code('đạt 80%')],
      ],
    ),
  );

  // 6
  doc.section('6. Dòng mục tiêu');
  h(
    [
      'Kế hoạch và phần “nhiệm vụ năm tới” của báo cáo thường nêu **chỉ tiêu phấn đấu**, không phải kết quả đã đạt. Những con số đó ghi như sau:',
      '',
      `- cột **${reportColumns.type.vi}** ghi \`mục tiêu\`;`,
      `- cột **${reportColumns.year.vi}** ghi năm phải đạt, đủ 4 chữ số, ví dụ \`2026\` (bắt buộc);`,
      `- con số mục tiêu vẫn ghi ở cột **${reportColumns.result.vi}**, kể cả từ chỉ mức độ: \`trên 90%\`.`,
      '',
      `Dòng kết quả thì để trống cột ${reportColumns.type.vi} (hoặc ghi \`kết quả\`) và thường để trống cột ${reportColumns.year.vi}. Cột ${reportColumns.type.vi} chỉ nhận ${rowTypes.map((t) => `“${t}”`).join(' hoặc ')}. Ví dụ (dòng cuối của bảng mẫu ở mục 4):`,
    ].join('\n'),
  );
  h(fence(`${canonicalHeader}\n${exampleCsv.split('\n').pop()}`, 'csv'));
  h(
    'Nếu văn bản nêu cùng một chỉ tiêu hai lần với hai con số khác nhau (ví dụ phụ lục ghi 15, phần trên ghi 25), cứ chép cả hai dòng như văn bản: trang web công bố cả hai và ghi chú là chúng khác nhau.',
  );

  // 7
  doc.section('7. Mô hình, sáng kiến');
  h(
    'Mỗi mô hình, sáng kiến, cách làm hay mà báo cáo nêu tên được gửi thành một tệp `.mdx` riêng, đặt trong thư mục `content/models/<mã xã>-<tên xã>/`, không có bảng số liệu. Mô hình phải dẫn về báo cáo có nói đến nó (trường `report`), và báo cáo đó phải cùng xã. Mẫu:',
  );
  h(fence(`${modelTemplate}\n\nMô tả ngắn mô hình: làm gì, ở đâu, ai làm, kết quả ra sao (theo báo cáo).\n`, 'mdx'));
  h(
    table(
      ['Tên trường', 'Bắt buộc?', 'Ghi gì'],
      modelRows.map((r) => [code(r.path), r.required ? '**có**' : 'không', r.doc.vi]),
    ),
  );
  h(
    `Trường \`status\` (mức độ) ghi một trong: ${modelStatuses.map((s) => `\`${s}\` (${modelStatusProse[s]!.vi.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase())})`).join('; ')}.`,
  );
  h(
    `Trường \`category\` (lĩnh vực) ghi một trong: ${modelCategories.map((c) => `\`${c}\` (${modelCategoryProse[c]!.vi.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase())})`).join('; ')}.`,
  );

  // 8
  doc.section('8. Danh mục mã chỉ tiêu');
  h(
    `Mỗi dòng của bảng số liệu cần một mã trong danh mục dưới đây (${indicators.length} mã). Gõ mã đúng từng ký tự: chữ thường, không dấu, dấu chấm và dấu gạch dưới. Nếu gõ sai một vài ký tự, thông báo lỗi sẽ gợi ý mã gần đúng nhất. Cột Nội dung của bảng cứ ghi theo lời văn bản của xã, không cần chép tên trong danh mục. Cột “Dạng số” cho biết nên ghi con số thế nào:`,
  );
  h(unitKinds.map((u) => `- **${unitKindProse[u].vi}**: ${unitKindProse[u].write}`).join('\n'));
  for (const [g, label] of Object.entries(indicatorGroups)) {
    // The local-indicator group has no catalogue entries: it is explained below.
    if (!indicators.some((d) => d.group === g)) continue;
    h(`### ${esc(label.vi)}`);
    h(
      table(
        ['Mã', 'Nội dung', 'Dạng số'],
        indicators.filter((d) => d.group === g).map((d) => [code(d.code), esc(d.vi), unitVi(d)]),
      ),
    );
  }
  h('### Số người và số lượt');
  h(
    `Số **người** đếm mỗi người một lần; số **lượt** đếm mỗi lần một người được hướng dẫn, hỗ trợ, tham gia (một người đến ba buổi là ba lượt). Hai loại số này không thay thế cho nhau. Mã đếm người: ${indicators
      .filter((d) => d.counts === 'người')
      .map((d) => code(d.code))
      .join(', ')}. Mã đếm lượt: ${indicators
      .filter((d) => d.counts === 'lượt')
      .map((d) => code(d.code))
      .join(', ')}. Nếu đơn vị tính ghi “lượt” ở mã đếm người (hoặc ngược lại), trang web vẫn công bố nhưng kèm cảnh báo.`,
  );
  h('### Số liệu danh mục chưa có: chỉ tiêu riêng của địa phương');
  h(
    `Nếu văn bản nêu một con số mà danh mục chưa có mã phù hợp, **đừng ghi nó vào một mã có nghĩa khác**. Hãy dùng mã riêng bắt đầu bằng \`${LOCAL_INDICATOR_PREFIX}\`, tiếp theo là tên ngắn viết chữ thường, không dấu, nối bằng dấu gạch dưới, ví dụ \`${LOCAL_INDICATOR_PREFIX}co_quan_hop_truc_tuyen\`. Cột Nội dung và cột Đơn vị tính bắt buộc phải ghi: trang web dùng đúng lời đó làm tên và đơn vị của chỉ tiêu. Chỉ tiêu riêng được công bố trong mục “Chỉ tiêu riêng của địa phương” trên trang của xã, có nguồn và mức độ như mọi số liệu khác, nhưng không dùng để xếp hạng hay so sánh với nơi khác. Nếu nhiều xã cùng cần một chỉ tiêu, hãy đề nghị đơn vị tiếp nhận bổ sung vào danh mục chung.`,
  );

  // 9
  doc.section('9. Kiểm tra trước khi gửi');
  h(
    'Chương trình kiểm tra đọc các tệp giống hệt như khi dựng trang web, nên nếu kiểm tra không còn lỗi thì tệp sẽ được nhận. Nếu đơn vị có cài bộ công cụ của dự án, đặt các tệp vào đúng thư mục của xã rồi chạy lệnh sau (thay đường dẫn bằng thư mục hoặc tệp của mình):',
  );
  h(fence('npm run validate content/reports/24682-thuan-an', 'sh'));
  h(
    'Có thể kiểm tra cả thư mục, hoặc từng tệp một (khi kiểm tra riêng tệp `.csv`, chương trình không đòi tệp `.mdx` đi kèm). Nếu không cài công cụ, cứ gửi tệp cho đơn vị tiếp nhận: họ chạy kiểm tra và gửi lại kết quả dạng như dưới đây.',
  );
  h('### Ví dụ: một bộ tệp có lỗi');
  h('Giả sử xã gửi hai tệp sau:');
  for (const f of brokenExample) h(`\`${f.path}\`:\n\n${fence(f.text, f.path.endsWith('.csv') ? 'csv' : 'mdx')}`);
  h('Chương trình kiểm tra in ra đúng như sau: từng lỗi, cảnh báo; rồi số tệp đã kiểm tra; dòng cuối cùng luôn là số lỗi và số cảnh báo:');
  h(fence(broken.text));
  const clean = cleanExampleReport();
  h('### Ví dụ: một bộ tệp đúng');
  h(
    `Với hai tệp mẫu ở mục 3 và mục 4 (đặt tên \`${clean.files[1]!.path.split('/').pop()}\` và \`${clean.files[0]!.path.split('/').pop()}\`), chương trình in ra:`,
  );
  h(fence(clean.text));
  h('Dòng cuối `0 lỗi` nghĩa là tệp sẽ được nhận. Các cảnh báo (nếu có) không chặn việc nhận tệp, nhưng nên đọc và xem lại.');
  h('### Cách đọc một dòng thông báo');
  const sample = broken.problems.find((p) => p.code === 'row.unreadable-value');
  if (!sample || sample.line === undefined || sample.column === undefined)
    throw new Error('docs: the broken example no longer has a located CSV error to explain.');
  const sampleLines = formatProblem(sample).split('\n');
  h(`Lấy thông báo đầu tiên của bảng số liệu làm ví dụ:`);
  h(fence(sampleLines.join('\n')));
  h(
    [
      `- **${sample.severity === 'error' ? 'LỖI' : 'CẢNH BÁO'}**: \`LỖI\` là phải sửa thì tệp mới được nhận; \`CẢNH BÁO\` là tệp vẫn được nhận nhưng nên xem lại — con số có cảnh báo sẽ được công bố kèm lời nhắc.`,
      `- **\`${sample.file}\`**: tệp có vấn đề.`,
      `- **dòng ${sample.line}**: dòng thứ ${sample.line} của tệp. Dòng tiêu đề là dòng 1, nên đây là con số thứ ${sample.line - 1} trong bảng. Lưu ý: nếu có ô nào xuống dòng bên trong (Alt+Enter trong Excel), số dòng sẽ lớn hơn số hàng Excel hiển thị; khi đó mở tệp bằng Notepad để tìm đúng dòng.`,
      `- **cột ${columnLetter(sample.column)}**: cột ${columnLetter(sample.column)} trong Excel, tức là cột thứ ${sample.column}.`,
      `- **[${sample.field}]**: tên cột (hoặc tên trường trong phần thông tin văn bản) như trong tệp.`,
      '- Tiếp theo là nội dung lỗi và cách sửa, bằng tiếng Việt; dòng trong ngoặc là bản tiếng Anh của cùng nội dung.',
      `- **Tìm thấy**: đúng nội dung chương trình đọc được trong ô đó (ở đây là \`${sample.found}\`), để dễ tìm và so sánh.`,
      '',
      'Với tệp `.mdx`, “cột” là vị trí ký tự trong dòng. Dòng cuối cùng đếm số lỗi và số cảnh báo. Sửa hết các lỗi rồi kiểm tra lại cho đến khi báo `0 lỗi`.',
    ].join('\n'),
  );
  h('Trong ví dụ trên, cách sửa là:');
  h(brokenExampleFixes(broken.problems).join('\n'));
  h('### Giới hạn');
  h(
    'Một văn bản thật nhỏ hơn rất nhiều so với các giới hạn dưới đây. Tệp vượt giới hạn bị báo lỗi (có chỉ rõ vị trí) chứ không bị cắt bớt.',
  );
  h(
    table(
      ['Giới hạn', 'Tối đa'],
      limitRows().map((r) => [r.vi, r.value]),
    ),
  );
  h(
    'Ngoài ra: tên tệp và thư mục chỉ dùng chữ không dấu a-z, chữ số, dấu `-` và `_`; không gửi liên kết tắt (shortcut, symlink); ngày văn bản không được ở tương lai; mã đơn vị phải đúng 5 chữ số (nên đặt trong ngoặc kép, ví dụ `commune: "09466"`); tệp không được chứa ký tự điều khiển ẩn (thường do sao chép từ phần mềm khác).',
  );

  // 10
  doc.section('10. Danh sách thông báo lỗi và cảnh báo');
  h(
    'Đây là toàn bộ các thông báo chương trình kiểm tra có thể đưa ra. Dấu `…` là chỗ chương trình điền chi tiết cụ thể (tên cột, con số, mã gợi ý...).',
  );
  for (const g of problemGroups) {
    h(`### ${problemGroupProse[g]!.vi}`);
    h(
      table(
        ['Mức độ', 'Thông báo', 'Mã'],
        problemCodes
          .filter((c) => c.startsWith(`${g}.`))
          .map((c) => [problemCatalogue[c].severity === 'error' ? '**Lỗi**' : 'Cảnh báo', messageVi(c), code(c)]),
      ),
    );
  }
}
