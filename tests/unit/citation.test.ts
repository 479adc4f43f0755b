/** The cite text: one format for figures and charts, in both languages, with the access date as its own segment. */
import { describe, expect, it } from 'vitest';
import { citationSegments, citationText, citedDocument, type CitationInput } from '../../src/presentation/citation.ts';
import { formatAccessDate } from '../../src/presentation/access-date.ts';

const figure: CitationInput = {
  commune: 'Xã Thuận An',
  province: 'Lâm Đồng',
  kind: 'figure',
  subject: 'Tỷ lệ người dân trong độ tuổi trưởng thành có kỹ năng số cơ bản',
  value: 'Ước tính 80%',
  sources: [{ kind: 'báo cáo', date: '2026-05', issuer: 'UBND xã Thuận An' }],
  url: 'https://bdhvs.example.vn/lam-dong/xa-thuan-an-24682/#the-ty-le-nguoi-truong-thanh',
  version: '8b89535b3645',
  accessed: '22/11/2026',
};

describe('citationText', () => {
  it('cites a figure in Vietnamese: place, indicator, value with qualifier, document, URL, data version, access date', () => {
    expect(citationText(figure, 'vi')).toBe(
      'Xã Thuận An (Lâm Đồng). Tỷ lệ người dân trong độ tuổi trưởng thành có kỹ năng số cơ bản: Ước tính 80%. ' +
        'Nguồn: Báo cáo (không ghi số) tháng 5/2026 của UBND xã Thuận An. ' +
        'Trích từ: Bình dân học vụ số — Số liệu công khai, https://bdhvs.example.vn/lam-dong/xa-thuan-an-24682/#the-ty-le-nguoi-truong-thanh ' +
        '(phiên bản dữ liệu 8b89535b3645), truy cập ngày 22/11/2026.',
    );
  });

  it('cites a figure in English, keeping the commune’s names and document numbers', () => {
    const text = citationText(
      {
        ...figure,
        subject: 'Adults with basic digital skills (%)',
        value: 'Estimate 80%',
        sources: [{ kind: 'báo cáo', number: '141/BC-UBND', date: '2026-06-02', issuer: 'UBND xã Cao Đức' }],
        accessed: '22 November 2026',
      },
      'en',
    );
    expect(text).toBe(
      'Xã Thuận An (Lâm Đồng). Adults with basic digital skills (%): Estimate 80%. ' +
        'Source: Report No. 141/BC-UBND, 2 June 2026, UBND xã Cao Đức. ' +
        'Retrieved from Bình dân học vụ số — Open figures, https://bdhvs.example.vn/lam-dong/xa-thuan-an-24682/#the-ty-le-nguoi-truong-thanh ' +
        '(data version 8b89535b3645), accessed 22 November 2026.',
    );
  });

  it('cites a chart by its title, each source document once, and a note', () => {
    const doc = { kind: 'báo cáo' as const, number: '141/BC-UBND', date: '2026-06-02', issuer: 'UBND xã Cao Đức' };
    const text = citationText(
      {
        ...figure,
        kind: 'chart',
        subject: 'Các tỷ lệ của Xã Cao Đức',
        value: undefined,
        sources: [doc, doc, { kind: 'kế hoạch', date: '2025', issuer: 'UBND xã Cao Đức' }],
        note: 'Trung vị do trang tính từ số liệu các đơn vị đã báo cáo.',
        url: 'https://bdhvs.example.vn/bac-ninh/xa-cao-duc-09466/#bieu-do-ty-le',
      },
      'vi',
    );
    expect(text).toContain('Xã Thuận An (Lâm Đồng). Biểu đồ “Các tỷ lệ của Xã Cao Đức”. ');
    expect(text).toContain(
      'Nguồn: Báo cáo số 141/BC-UBND ngày 02/6/2026 của UBND xã Cao Đức; Kế hoạch (không ghi số) năm 2025 của UBND xã Cao Đức. Trung vị do trang tính',
    );
    expect(text).toContain('#bieu-do-ty-le');
  });

  it('returns the access date as its own segment, so the page can swap in today’s date', () => {
    const s = citationSegments(figure, 'vi');
    expect(s.accessed).toBe('22/11/2026');
    expect(s.before.endsWith('truy cập ngày ')).toBe(true);
    expect(s.after).toBe('.');
    expect(`${s.before}${s.accessed}${s.after}`).toBe(citationText(figure, 'vi'));
    const en = citationSegments({ ...figure, accessed: '22 November 2026' }, 'en');
    expect(en.before.endsWith('accessed ')).toBe(true);
  });
});

describe('citedDocument', () => {
  it('says how precise the date is', () => {
    expect(citedDocument({ kind: 'bài báo', date: '2026-01-16', issuer: 'Báo Phú Thọ' }, 'vi')).toBe(
      'Bài báo (không ghi số) ngày 16/1/2026 của Báo Phú Thọ',
    );
    expect(citedDocument({ kind: 'kế hoạch', number: '12/KH-UBND', date: '2025-07', issuer: 'UBND xã Thạch Thất' }, 'en')).toBe(
      'Plan No. 12/KH-UBND, July 2025, UBND xã Thạch Thất',
    );
  });
});

describe('formatAccessDate', () => {
  it('formats like the site’s dates, in both languages', () => {
    const d = new Date(2026, 5, 2);
    expect(formatAccessDate(d, 'vi')).toBe('02/6/2026');
    expect(formatAccessDate(d, 'en')).toBe('2 June 2026');
  });
});
