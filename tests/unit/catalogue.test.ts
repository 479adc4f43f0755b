/**
 * Every figure a report states can be submitted: the catalogue covers the seed documents and the national plan's
 * monitoring set, visits and people stay apart, and a figure the catalogue lacks goes in as a local indicator.
 * The catalogue is data (data/indicators.json), checked when it is loaded.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReportTable } from '../../src/ingestion/report-table.ts';
import { comparableValue } from '../../src/domain/commune-data.ts';
import {
  findIndicator,
  indicatorGroupCodes,
  indicatorOf,
  indicators,
  isLocalIndicatorCode,
  loadCatalogue,
} from '../../src/domain/indicators.ts';

const FILE = 'content/reports/12345-kien-minh/2026-bao-cao.csv';
const H = 'STT,Mã chỉ tiêu,Nội dung,Đơn vị tính,Kết quả,Thuyết minh,Nguồn';
const table = (...rows: string[]) => [H, ...rows].join('\n') + '\n';

describe('a report like Kiến Minh’s: every stated figure has a code that means it', () => {
  // The figures the issue lists from Kiến Minh's report, each under the code that says what it is.
  const r = parseReportTable(
    FILE,
    table(
      '1,dvc.to_ung_cuu_thanh_vien,Thành viên Tổ ứng cứu,Người,17,,Mục I.2',
      '2,dia_ban.so_thon,Số thôn trên địa bàn,Thôn,19,,Mục I.1',
      '3,dvc.luot_ho_tro,Hỗ trợ người dân thực hiện thủ tục trực tuyến,Lượt,trên 2.000,,Mục II.3',
      '4,ty_le.truong_thu_khong_tien_mat,Trường học thu phí không dùng tiền mặt,%,100%,,Mục II.4',
      '5,ty_le.chi_tra_qua_tai_khoan,Đối tượng chính sách được chi trả qua tài khoản,%,100%,,Mục II.4',
      '6,dia_phuong.co_quan_truc_tuyen,Cơ quan thực hiện họp và xử lý văn bản trực tuyến,%,100%,,Mục II.5',
      '7,ty_le.giao_vien_ung_dung_cntt,Giáo viên ứng dụng CNTT trong giảng dạy,%,100%,,Mục II.6',
    ),
  );
  it('is read without an error or a warning', () => {
    expect(r.problems).toEqual([]);
    expect(r.figures.map((f) => f.indicator)).toEqual([
      'dvc.to_ung_cuu_thanh_vien',
      'dia_ban.so_thon',
      'dvc.luot_ho_tro',
      'ty_le.truong_thu_khong_tien_mat',
      'ty_le.chi_tra_qua_tai_khoan',
      'dia_phuong.co_quan_truc_tuyen',
      'ty_le.giao_vien_ung_dung_cntt',
    ]);
  });
  it('keeps the lower bound of "trên 2.000 lượt"', () => {
    const f = r.figures.find((x) => x.indicator === 'dvc.luot_ho_tro')!;
    expect(f.value).toMatchObject({ raw: 'trên 2.000', value: '2000', qualifiers: ['lower_bound'] });
  });
  it('publishes a local indicator under the commune’s own name and unit, and never compares it', () => {
    const f = r.figures.find((x) => isLocalIndicatorCode(x.indicator))!;
    const def = indicatorOf(f);
    expect(def).toMatchObject({
      local: true,
      group: 'dia-phuong',
      unitKind: 'percent',
      vi: 'Cơ quan thực hiện họp và xử lý văn bản trực tuyến',
    });
    expect(findIndicator(f.indicator)).toBeUndefined();
    expect(comparableValue(f)).toBeUndefined();
    // A catalogue rate of the same form is comparable: the difference is the local code, not the value.
    expect(comparableValue(r.figures.find((x) => x.indicator === 'ty_le.giao_vien_ung_dung_cntt')!)).toBe(100);
  });
});

describe('local indicators', () => {
  it('need a description and a unit', () => {
    const r = parseReportTable(FILE, table('1,dia_phuong.so_cho,,Chợ,3,,Mục I', '2,dia_phuong.so_cho_so,Chợ số,,3,,Mục I'));
    expect(r.figures).toEqual([]);
    expect(r.problems.map((p) => [p.code, p.line, p.field])).toEqual([
      ['row.local-indicator-incomplete', 2, 'Nội dung'],
      ['row.local-indicator-incomplete', 3, 'Đơn vị tính'],
    ]);
  });
  it('are counts unless the unit says percent, and get the same checks', () => {
    const r = parseReportTable(FILE, table('1,dia_phuong.so_cho_so,Chợ số,Chợ,"2,5",,Mục I'));
    expect(indicatorOf(r.figures[0]!).unitKind).toBe('count');
    expect(r.problems.map((p) => p.code)).toEqual(['quality.non-integer-count']);
  });
  it.each(['dia_phuong.', 'dia_phuong.Có_dấu', 'dia_phuong.a.b', 'diaphuong.x', `dia_phuong.${'a'.repeat(61)}`])(
    'refuse a malformed local code %s as an unknown code',
    (code) => {
      const r = parseReportTable(FILE, table(`1,${code},Chợ số,Chợ,3,,Mục I`));
      expect(r.problems.map((p) => p.code)).toEqual(['row.unknown-code']);
    },
  );
  it('are suggested by the unknown-code message', () => {
    const r = parseReportTable(FILE, table('1,so_cho_so,Chợ số,Chợ,3,,Mục I'));
    expect(r.problems[0]!.vi).toContain('dia_phuong.');
  });
});

describe('visits (lượt) and people (người) stay apart', () => {
  it('warns when a people count is written in visits', () => {
    const r = parseReportTable(FILE, table('1,hoat_dong.huong_dan_dvc,Người được hướng dẫn DVC,Lượt người,14.173,,Mục I'));
    expect(r.problems.map((p) => p.code)).toEqual(['quality.unit-mismatch']);
    expect(r.problems[0]!.detail).toContain('số người');
  });
  it('warns when a visits count is written in people', () => {
    const r = parseReportTable(FILE, table('1,dvc.luot_ho_tro,Hỗ trợ thủ tục,Người,2.000,,Mục I'));
    expect(r.problems.map((p) => p.code)).toEqual(['quality.unit-mismatch']);
  });
  it('accepts each in its own unit', () => {
    const r = parseReportTable(
      FILE,
      table(
        '1,hoat_dong.luot_huong_dan,Lượt hướng dẫn,Lượt người,14.033,,Mục I',
        '2,hoat_dong.huong_dan_vneid,Hướng dẫn VNeID,Người,14.033,,Mục I',
      ),
    );
    expect(r.problems).toEqual([]);
  });
  it('every visits indicator says “lượt” in its label, no people count does', () => {
    for (const d of indicators) {
      if (d.counts === 'lượt') expect(d.vi.toLocaleLowerCase('vi')).toContain('lượt');
      if (d.counts === 'người') expect(d.vi.toLocaleLowerCase('vi')).not.toContain('lượt');
    }
  });
});

describe('the catalogue covers the national plan’s monitoring set (Thạch Thất plan, III.7.1)', () => {
  it.each([
    ['ty_le.su_dung_thiet_bi_thong_minh', 'Tỷ lệ người dân trưởng thành biết sử dụng thiết bị thông minh'],
    ['dvc.nguoi_su_dung', 'Số lượng người dân sử dụng dịch vụ công trực tuyến'],
    ['dinh_danh.vneid_xac_nhan_ky_nang', 'Số lượng tài khoản VneID được kích hoạt và xác nhận trình độ kỹ năng số'],
    ['ty_le.thanh_toan_khong_tien_mat', 'Tỷ lệ người dân biết thanh toán không dùng tiền mặt'],
    ['hoat_dong.lop_nguoi_dan', 'Số lớp học vụ số'],
    ['hoat_dong.luot_tham_gia_lop', '…/lượt người tham gia'],
    ['hoat_dong.thon_goc_hoc_tap_so', 'Số thôn duy trì góc học tập số cộng đồng hoạt động định kỳ'],
    ['to_cns.ty_le_hoan_thanh_chi_tieu', 'Tỷ lệ hoàn thành chỉ tiêu của tổ công nghệ số cộng đồng'],
  ])('%s (%s)', (code) => {
    expect(findIndicator(code)).toBeDefined();
  });
});

describe('the catalogue file data/indicators.json', () => {
  const raw = () =>
    JSON.parse(readFileSync('data/indicators.json', 'utf8')) as { groups: Record<string, unknown>; indicators: Record<string, unknown>[] };
  const error = (edit: (d: ReturnType<typeof raw>) => void) => {
    const d = raw();
    edit(d);
    try {
      loadCatalogue(d);
    } catch (e) {
      return (e as Error).message;
    }
    return 'no error';
  };

  it('is what the site uses, groups in their fixed order', () => {
    const c = loadCatalogue(raw());
    expect(c.indicators).toEqual(indicators);
    expect(Object.keys(c.groups)).toEqual([...indicatorGroupCodes]);
  });
  it('refuses a bad value, naming the file, the entry with its code and the field', () => {
    const m = error((d) => (d.indicators[2]!.unitKind = 'percentage'));
    expect(m).toMatch(
      /^data\/indicators\.json: the indicator catalogue is not valid:\n {2}indicator 3 \("ty_le\.hoc_sinh"\), field "unitKind": /,
    );
  });
  it('refuses a misspelt key, an empty label, a code or a headline given twice, a missing group label', () => {
    expect(error((d) => (d.indicators[0]!.hedline = 1))).toMatch(/indicator 1 \("ty_le\.nguoi_truong_thanh"\): .*hedline/);
    expect(error((d) => (d.indicators[4]!.en = ' '))).toContain('indicator 5 ("ty_le.lao_dong_tap_huan"), field "en"');
    expect(error((d) => (d.indicators[6]!.code = d.indicators[5]!.code))).toContain('field "code": code also given in entry 6');
    expect(error((d) => (d.indicators[1]!.headline = 1))).toContain(
      'indicator 2 ("ty_le.can_bo"), field "headline": headline 1 also given in entry 1',
    );
    expect(error((d) => (d.indicators[1]!.code = 'dia_phuong.x'))).toContain('indicator 2 ("dia_phuong.x"), field "code"');
    expect(error((d) => delete d.groups.mooc)).toContain('group "mooc"');
    expect(error((d) => (d.indicators[0]!.group = 'khac'))).toContain('indicator 1 ("ty_le.nguoi_truong_thanh"), field "group"');
  });
});
