/** The methodology page's example of what the checker prints (components/methodology/ValidatorOutput.astro); pure, so a test runs it too. */
import { checkSubmissions } from '../ingestion/submissions.ts';
import { validateText } from '../ingestion/validate-report.ts';

/** A table as an officer writes it, with mistakes, and what `npm run validate` (and the check page) prints for it. */
export function validatorExample(): { file: string; csv: string; output: string } {
  const file = '2026-06-02-bao-cao.csv';
  const csv = [
    'STT,Mã chỉ tiêu,Nội dung,Đơn vị tính,Kết quả,Thuyết minh,Nguồn',
    '1,ty_le.nguoi_truong_thanh,Tỷ lệ người trưởng thành có kỹ năng số cơ bản,%,80.5%,,Mục I.1',
    '2,to_cns.to_thon,Tổ công nghệ số cộng đồng ở thôn,Tổ,mười ba,,Mục I.2',
    '3,hoat_dong.luot_huong_dan,Lượt người dân được hướng dẫn,Lượt,Khoảng 2.000,,Mục II.1',
    '',
  ].join('\n');
  const result = checkSubmissions([{ path: file, bytes: new TextEncoder().encode(csv) }], { requirePairs: false });
  return { file, csv, output: validateText(1, result) };
}
