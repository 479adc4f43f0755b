import { describe, it, expect } from 'vitest';
import { decodeBytes } from '../../src/ingestion/decode.ts';
import { problem, problemCatalogue } from '../../src/domain/problems/index.ts';
import { parseReportTable } from '../../src/ingestion/report-table.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bom8 = (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(s)]);

function utf16(s: string, order: 'le' | 'be', withBom: boolean): Uint8Array {
  const out: number[] = withBom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (order === 'le') out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return new Uint8Array(out);
}

/**
 * A Windows-1258 encoder, built from the platform decoder: Windows-1258 has
 * precomposed â ă ê ô ơ ư đ and combining tone marks (0xCC ̀, 0xEC ́, 0xD2 ̉, 0xDE ̃, 0xF2 ̣).
 */
const cp1258 = (() => {
  const dec = new TextDecoder('windows-1258');
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = dec.decode(new Uint8Array([b]));
    if (!map.has(ch)) map.set(ch, b);
  }
  const toneMarks = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
  return (s: string): Uint8Array => {
    const out: number[] = [];
    for (const ch of s.normalize('NFC')) {
      const parts = [...ch.normalize('NFD')];
      const base = parts
        .filter((p) => !toneMarks.has(p))
        .join('')
        .normalize('NFC');
      const tones = parts.filter((p) => toneMarks.has(p));
      for (const piece of [base, ...tones]) {
        const b = map.get(piece);
        if (b === undefined) throw new Error(`not encodable in windows-1258: ${JSON.stringify(piece)}`);
        out.push(b);
      }
    }
    return new Uint8Array(out);
  };
})();

/** TCVN3 (ABC) bytes written as the Latin-1 characters a TCVN3 file shows in a Unicode editor. */
const tcvn3 = (shown: string) => new Uint8Array([...shown].map((c) => c.charCodeAt(0)));

const header = 'STT,Mã chỉ tiêu,Nội dung,Đơn vị tính,Kết quả,Thuyết minh,Nguồn';
const row = '1,hoat_dong.luot_huong_dan,Số lượt người dân được hướng dẫn,Lượt người,14.033,Khoảng 14.173 lượt,"Phụ lục, dòng 11"';

function expectOk(r: ReturnType<typeof decodeBytes>) {
  if (!r.ok) throw new Error(`expected decoding to succeed, got ${r.code}`);
  return r;
}

describe('decodeBytes: UTF-8', () => {
  it('with BOM: BOM removed, no notice', () => {
    const r = expectOk(decodeBytes(bom8(`${header}\r\n${row}\r\n`)));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(`${header}\r\n${row}\r\n`);
    expect(r.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(r.notice).toBeUndefined();
  });

  it('without BOM', () => {
    const r = expectOk(decodeBytes(utf8(`${header}\n${row}\n`)));
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(`${header}\n${row}\n`);
    expect(r.notice).toBeUndefined();
  });

  it('NFD input is returned as NFC', () => {
    const nfd = `${header}\n${row}\n`.normalize('NFD');
    const r = expectOk(decodeBytes(utf8(nfd)));
    expect(r.text).toBe(`${header}\n${row}\n`.normalize('NFC'));
    expect(r.text).not.toBe(nfd);
  });

  it('empty file decodes to empty text', () => {
    const r = expectOk(decodeBytes(new Uint8Array()));
    expect(r.text).toBe('');
  });
});

describe('decodeBytes: UTF-16 (Excel "Unicode text")', () => {
  const tabbed = `${header.replace(/,/g, '\t')}\r\n${'1\thoat_dong.luot_huong_dan\tSố lượt người dân\tLượt người\t14.033\tKhoảng 14.173\tPhụ lục, dòng 11'}\r\n`;

  it('UTF-16LE with BOM, tab-delimited, parses into figures', () => {
    const r = expectOk(decodeBytes(utf16(tabbed, 'le', true)));
    expect(r.encoding).toBe('utf-16le');
    expect(r.notice).toBe('encoding.utf16');
    expect(r.text).toBe(tabbed);
    const table = parseReportTable('x.csv', r.text);
    expect(table.problems).toEqual([]);
    expect(table.figures).toHaveLength(1);
    expect(table.figures[0]!.value.value).toBe('14033');
    expect(table.figures[0]!.location).toBe('Phụ lục, dòng 11');
    expect(table.figures[0]!.line).toBe(2);
  });

  it('UTF-16BE with BOM', () => {
    const r = expectOk(decodeBytes(utf16(tabbed, 'be', true)));
    expect(r.encoding).toBe('utf-16be');
    expect(r.notice).toBe('encoding.utf16');
    expect(r.text).toBe(tabbed);
  });

  it('UTF-16LE without BOM is sniffed', () => {
    const r = expectOk(decodeBytes(utf16(tabbed, 'le', false)));
    expect(r.encoding).toBe('utf-16le');
    expect(r.text).toBe(tabbed);
  });

  it('UTF-16BE without BOM is sniffed', () => {
    const r = expectOk(decodeBytes(utf16(tabbed, 'be', false)));
    expect(r.encoding).toBe('utf-16be');
    expect(r.text).toBe(tabbed);
  });

  it('UTF-16 NFD text is returned as NFC', () => {
    const r = expectOk(decodeBytes(utf16(tabbed.normalize('NFD'), 'le', true)));
    expect(r.text).toBe(tabbed.normalize('NFC'));
  });

  it('the UTF-16 notice is a warning telling to save as CSV UTF-8', () => {
    expect(problemCatalogue['encoding.utf16'].severity).toBe('warning');
    expect(problem('encoding.utf16', { file: 'a.csv' }).vi).toContain('UTF-8');
  });
});

describe('decodeBytes: Windows-1258', () => {
  it('the brief example "Số người" (ô + combining acute, ư ơ + combining grave)', () => {
    const bytes = new Uint8Array([0x53, 0xf4, 0xec, 0x20, 0x6e, 0x67, 0xfd, 0xf5, 0xcc, 0x69]);
    const r = expectOk(decodeBytes(bytes));
    expect(r.encoding).toBe('windows-1258');
    expect(r.notice).toBe('encoding.windows-1258');
    expect(r.text).toBe('Số người'.normalize('NFC'));
    expect(r.text.normalize('NFC')).toBe(r.text);
    expect(r.text).toHaveLength(8);
  });

  it('the test encoder agrees with the hand-built bytes', () => {
    expect([...cp1258('Số người')]).toEqual([0x53, 0xf4, 0xec, 0x20, 0x6e, 0x67, 0xfd, 0xf5, 0xcc, 0x69]);
  });

  it('a whole Windows-1258 CSV converts to NFC text and parses', () => {
    const text = `${header}\r\n${row}\r\n2,hoat_dong.huong_dan_dvc,Số người được hướng dẫn dịch vụ công,Người,Khoảng 14.173,Đến tháng 5/2026,Phụ lục\r\n`;
    const r = expectOk(decodeBytes(cp1258(text)));
    expect(r.encoding).toBe('windows-1258');
    expect(r.notice).toBe('encoding.windows-1258');
    expect(r.text).toBe(text.normalize('NFC'));
    const table = parseReportTable('x.csv', r.text);
    expect(table.problems).toEqual([]);
    expect(table.figures.map((f) => f.value.raw)).toEqual(['14.033', 'Khoảng 14.173']);
    expect(table.figures[1]!.value.qualifierWords).toEqual(['Khoảng']);
  });

  it('the Windows-1258 notice is a warning that names UTF-8', () => {
    expect(problemCatalogue['encoding.windows-1258'].severity).toBe('warning');
    expect(problem('encoding.windows-1258', { file: 'a.csv' }).vi).toContain('UTF-8');
  });
});

describe('decodeBytes: TCVN3 (ABC) is refused', () => {
  it('the single letters ă â ê ô ơ ư đ à ả ã á ạ', () => {
    const r = decodeBytes(new Uint8Array([0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9]));
    expect(r).toEqual({ ok: false, code: 'encoding.tcvn3' });
  });

  it('"Sè ng­êi" (Số người)', () => {
    expect(decodeBytes(tcvn3('Sè ng\u00adêi'))).toEqual({ ok: false, code: 'encoding.tcvn3' });
  });

  it('a realistic TCVN3 CSV header and row', () => {
    const shown =
      'STT,M· chØ tiªu,Néi dung,§¬n vÞ tÝnh,KÕt qu¶,ThuyÕt minh,Nguån\r\n' +
      '1,hoat_dong.van_ban,Sè v¨n b¶n chØ ®¹o,V¨n b¶n,15,§· ban hµnh,Phô lôc\r\n';
    expect(decodeBytes(tcvn3(shown))).toEqual({ ok: false, code: 'encoding.tcvn3' });
  });

  it('the refusal is an error whose Vietnamese message says to save as UTF-8', () => {
    expect(problemCatalogue['encoding.tcvn3'].severity).toBe('error');
    const vi = problemCatalogue['encoding.tcvn3'].vi();
    expect(vi).toContain('UTF-8');
    expect(vi).toContain('TCVN3');
    expect(problemCatalogue['encoding.tcvn3'].en()).toContain('UTF-8');
  });
});

describe('decodeBytes: not text', () => {
  it('binary bytes are refused, never returned as text with control characters', () => {
    const r = decodeBytes(new Uint8Array([0x80, 0x81, 0x82, 0x01, 0x02, 0xc0, 0xc1]));
    expect(r.ok).toBe(false);
  });

  it('decoded text is always NFC (Windows-1258, UTF-8 and UTF-16 alike)', () => {
    const s = 'Ước tính hơn 80% người dân; Đặc khu; Thuận An';
    for (const bytes of [
      cp1258(s),
      utf8(s.normalize('NFD')),
      bom8(s.normalize('NFD')),
      utf16(s.normalize('NFD'), 'le', true),
      utf16(s, 'be', true),
    ]) {
      const r = expectOk(decodeBytes(bytes));
      expect(r.text).toBe(s.normalize('NFC'));
    }
  });
});
