/**
 * Narratives as long as the real ones, for the national benchmark: the seed reports run 15-80 KB of text, with
 * numbered headings, long administrative paragraphs, bullet lists and tables. The short synthetic narrative of
 * `synth/documents.ts` (about 1 KB) made the bench's output far smaller than a real national site would be.
 *
 * The text is assembled from phrase banks written in the register of commune reports, deterministic for a seed.
 * It states no figure of the commune's table (the figures live in the CSV); the few numbers it contains are
 * counts of sessions and dates, as real narratives have. Tables are written as Markdown pipe tables, as an
 * officer would paste them; the site renders narratives without GFM, so they show as text rows.
 */
import type { Rng } from './rng.ts';

/** Sizes of the seed reports' text: the generated narratives are drawn uniformly between these, in bytes. */
export const longNarrativeBytes = { min: 20_000, max: 80_000 } as const;

interface NarrativeContext {
  /** "xã Thuận An" */
  unitName: string;
  periodLabel: string;
  kind: 'báo cáo' | 'kế hoạch' | 'bài báo';
}

const openings = [
  'Thực hiện Kế hoạch của Ban Chỉ đạo cấp trên về triển khai Phong trào “Bình dân học vụ số”',
  'Căn cứ chỉ đạo của Ban Thường vụ Đảng ủy và kế hoạch của Ủy ban nhân dân',
  'Quán triệt tinh thần chuyển đổi số toàn dân, toàn diện',
  'Trên cơ sở kết quả rà soát thực trạng kỹ năng số của người dân trên địa bàn',
  'Với phương châm “cầm tay chỉ việc”, “đi từng ngõ, gõ từng nhà”',
];
const actors = [
  'Tổ công nghệ số cộng đồng các thôn',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Hội Liên hiệp Phụ nữ',
  'Công an xã',
  'các trường học trên địa bàn',
  'Trung tâm Phục vụ hành chính công',
  'Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội',
  'cán bộ, công chức chuyên môn',
];
const actions = [
  'đã tổ chức hướng dẫn người dân cài đặt, kích hoạt và sử dụng ứng dụng định danh điện tử',
  'phối hợp tuyên truyền sâu rộng mục đích, ý nghĩa của Phong trào qua hệ thống loa truyền thanh',
  'tổ chức các buổi sinh hoạt chuyên đề lồng ghép nội dung kỹ năng số cơ bản',
  'hỗ trợ người dân thực hiện thủ tục hành chính trên Cổng Dịch vụ công quốc gia',
  'hướng dẫn tiểu thương mở tài khoản, thanh toán bằng mã QR',
  'huy động học sinh hướng dẫn ông bà, cha mẹ sử dụng điện thoại thông minh',
  'xây dựng nhóm Zalo của từng thôn để trao đổi, giải đáp vướng mắc',
  'rà soát, cập nhật danh sách người dân chưa có kỹ năng số để hỗ trợ',
];
const results = [
  'góp phần nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về chuyển đổi số',
  'từng bước hình thành thói quen sử dụng dịch vụ số trong đời sống hằng ngày',
  'tạo chuyển biến rõ nét trong việc tiếp cận các dịch vụ công trực tuyến',
  'giúp người cao tuổi, người yếu thế không bị bỏ lại phía sau',
  'bảo đảm an toàn thông tin và phòng, chống lừa đảo trên không gian mạng',
];
const difficultiesLong = [
  'Trình độ tiếp cận công nghệ của một bộ phận người dân, nhất là người cao tuổi và đồng bào ở các thôn vùng sâu, còn hạn chế',
  'Hạ tầng viễn thông tại một số khu vực chưa ổn định, còn vùng lõm sóng',
  'Thành viên Tổ công nghệ số cộng đồng chủ yếu kiêm nhiệm, chưa có chế độ hỗ trợ',
  'Nhiều người dân chưa có điện thoại thông minh hoặc còn e ngại khi giao dịch trực tuyến',
  'Việc thống kê, tổng hợp số liệu còn thủ công, phân tán trên nhiều nền tảng',
];
const headings = {
  'báo cáo': [
    'Công tác lãnh đạo, chỉ đạo',
    'Công tác tuyên truyền',
    'Phổ cập kỹ năng số cho cán bộ, công chức',
    'Phổ cập kỹ năng số cho người dân',
    'Hoạt động của Tổ công nghệ số cộng đồng',
    'Định danh điện tử và dịch vụ công trực tuyến',
    'Thanh toán không dùng tiền mặt',
    'Các mô hình, cách làm hay',
    'Khó khăn, hạn chế và nguyên nhân',
    'Bài học kinh nghiệm',
    'Nhiệm vụ, giải pháp thời gian tới',
    'Đề xuất, kiến nghị',
  ],
  'kế hoạch': [
    'Mục đích, yêu cầu',
    'Đối tượng, phạm vi',
    'Nhiệm vụ trọng tâm',
    'Giải pháp thực hiện',
    'Phân công nhiệm vụ',
    'Chế độ thông tin, báo cáo',
    'Kinh phí thực hiện',
    'Tổ chức thực hiện',
  ],
  'bài báo': ['Từ những lớp học buổi tối', 'Người cao tuổi học dùng điện thoại', 'Tổ công nghệ số đến từng nhà', 'Những khó khăn còn đó'],
} as const;
const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

function sentence(rng: Rng, ctx: NarrativeContext): string {
  return `${rng.pick(openings)}, ${rng.pick(actors)} ${ctx.unitName} ${rng.pick(actions)}, ${rng.pick(results)}.`;
}

function paragraph(rng: Rng, ctx: NarrativeContext): string {
  return Array.from({ length: rng.int(3, 7) }, () => sentence(rng, ctx)).join(' ');
}

function bulletList(rng: Rng, ctx: NarrativeContext): string {
  return Array.from({ length: rng.int(3, 8) }, () => {
    const lead = rng.chance(0.5) ? `${rng.pick(actors).replace(/^./, (c) => c.toUpperCase())} ` : 'Tiếp tục ';
    return `- ${lead}${rng.pick(actions)} ${rng.chance(0.5) ? `tại các thôn của ${ctx.unitName}` : `trong ${ctx.periodLabel}`}.`;
  }).join('\n');
}

function pipeTable(rng: Rng): string {
  const rows = Array.from({ length: rng.int(4, 12) }, (_, i) => {
    const month = rng.int(1, 12);
    return `| ${i + 1} | ${rng.pick(actions).replace(/^./, (c) => c.toUpperCase())} | ${rng.pick(actors)} | Tháng ${month} |`;
  });
  return ['| STT | Nội dung | Đơn vị thực hiện | Thời gian |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/**
 * A narrative of `targetBytes` bytes of UTF-8 or a little more: numbered sections (## I. …), subsections, long
 * paragraphs, lists and tables, in the order and register of a commune report.
 */
export function longNarrative(
  rng: Rng,
  ctx: NarrativeContext,
  targetBytes = rng.int(longNarrativeBytes.min, longNarrativeBytes.max),
): string {
  const out: string[] = [];
  let bytes = 0;
  const push = (block: string) => {
    out.push(block, '');
    bytes += Buffer.byteLength(block, 'utf8') + 2;
  };
  const titles = headings[ctx.kind];
  for (let s = 0; bytes < targetBytes; s++) {
    const title = titles[s % titles.length]!;
    push(`## ${roman[s % roman.length]}. ${title}${s >= titles.length ? ` (tiếp theo, phần ${Math.floor(s / titles.length) + 1})` : ''}`);
    const subsections = rng.int(2, 4);
    for (let k = 1; k <= subsections && bytes < targetBytes; k++) {
      push(`### ${k}. ${rng.pick(actions).replace(/^./, (c) => c.toUpperCase())}`);
      push(paragraph(rng, ctx));
      if (rng.chance(0.6)) push(bulletList(rng, ctx));
      if (rng.chance(0.25)) push(pipeTable(rng));
      if (title.startsWith('Khó khăn')) push(`- ${rng.pick(difficultiesLong)}.\n- ${rng.pick(difficultiesLong)}.`);
      push(paragraph(rng, ctx));
    }
  }
  return out.join('\n');
}
