/** The registry as a download: 34 provinces and 3,321 units, with what each has published. */
import type { SiteData } from '../../domain/commune-data.ts';
import { type Commune, communeKinds, type Province } from '../../domain/registry.ts';
import { defineTable, enumList, provinceKind, provinceKinds, type Table, versionColumn } from './columns.ts';

interface UnitRecord {
  level: 'tỉnh' | 'xã';
  province: Province;
  commune?: Commune;
  reports: number;
  figures: number;
}

function unitRecords(site: SiteData): UnitRecord[] {
  const reg = site.registry;
  const count = (c: Commune) => {
    const reports = site.communes.get(c.code)?.reports ?? [];
    return { reports: reports.length, figures: reports.reduce((n, r) => n + r.figures.length, 0) };
  };
  return reg.provinces.flatMap((province) => {
    const communes = reg.communesOf(province.code).map((commune) => ({ level: 'xã' as const, province, commune, ...count(commune) }));
    const sum = (k: 'reports' | 'figures') => communes.reduce((n, c) => n + c[k], 0);
    return [{ level: 'tỉnh' as const, province, reports: sum('reports'), figures: sum('figures') }, ...communes];
  });
}

export const unitsTable: Table = defineTable<UnitRecord>({
  name: 'don-vi',
  path: 'don-vi',
  title: { vi: 'Danh mục đơn vị hành chính', en: 'Registry of administrative units' },
  description: {
    vi: '34 tỉnh, thành phố và 3.321 xã, phường, đặc khu (danh mục năm 2025), mỗi tỉnh đứng trước các đơn vị của tỉnh, kèm số văn bản và số liệu đã đăng.',
    en: 'The 34 provinces and 3,321 communes, wards and special zones (2025 registry), each province before its units, with the number of documents and figures published.',
  },
  columns: [
    {
      name: 'level',
      type: 'string',
      title: 'Cấp',
      vi: '“tỉnh”: tỉnh, thành phố; “xã”: xã, phường, đặc khu.',
      en: '“tỉnh”: a province or city; “xã”: a commune, ward or special zone.',
      enum: ['tỉnh', 'xã'],
      required: true,
      get: (u) => u.level,
    },
    {
      name: 'code',
      type: 'string',
      title: 'Mã',
      vi: 'Mã chính thức: 2 chữ số với tỉnh, 5 chữ số với xã (giữ các số 0 ở đầu).',
      en: 'Official code: 2 digits for a province, 5 digits for a unit (keep leading zeros).',
      required: true,
      get: (u) => u.commune?.code ?? u.province.code,
    },
    {
      name: 'name',
      type: 'string',
      title: 'Tên',
      vi: 'Tên chính thức (“Xã Thuận An”, “Thành phố Hà Nội”).',
      en: 'Official name (“Xã Thuận An”, “Thành phố Hà Nội”).',
      required: true,
      get: (u) => u.commune?.name ?? u.province.name,
    },
    {
      name: 'short_name',
      type: 'string',
      title: 'Tên rút gọn',
      vi: 'Tên không kèm loại đơn vị (“Thuận An”, “Hà Nội”).',
      en: 'Name without the kind (“Thuận An”, “Hà Nội”).',
      get: (u) => u.commune?.shortName ?? u.province.shortName,
    },
    {
      name: 'kind',
      type: 'string',
      title: 'Loại',
      vi: `Loại đơn vị: ${enumList(provinceKinds, 'vi')} (cấp tỉnh); ${enumList(communeKinds, 'vi')} (cấp xã).`,
      en: `Kind of unit: “tỉnh” (province), “thành phố” (city); ${enumList(communeKinds, 'en')}.`,
      enum: [...provinceKinds, ...communeKinds],
      get: (u) => u.commune?.kind ?? provinceKind(u.province),
    },
    {
      name: 'province_code',
      type: 'string',
      title: 'Mã tỉnh',
      vi: 'Mã tỉnh, thành phố của đơn vị (với dòng cấp tỉnh: chính mã đó).',
      en: 'Code of the unit’s province (on province rows, its own code).',
      required: true,
      get: (u) => u.province.code,
    },
    {
      name: 'province_name',
      type: 'string',
      title: 'Tỉnh, thành phố',
      vi: 'Tên tỉnh, thành phố của đơn vị.',
      en: 'Name of the unit’s province.',
      get: (u) => u.province.name,
    },
    {
      name: 'reports',
      type: 'integer',
      title: 'Số văn bản',
      vi: 'Số văn bản đã đăng (với tỉnh: tổng của các đơn vị trong tỉnh). 0: chưa báo cáo.',
      en: 'Documents published (for a province: the total of its units). 0: not reported yet.',
      required: true,
      get: (u) => u.reports,
    },
    {
      name: 'figures',
      type: 'integer',
      title: 'Số số liệu',
      vi: 'Số số liệu đã đăng (với tỉnh: tổng của các đơn vị trong tỉnh).',
      en: 'Figures published (for a province: the total of its units).',
      required: true,
      get: (u) => u.figures,
    },
    {
      name: 'page_url',
      type: 'url',
      title: 'Trang',
      vi: 'Địa chỉ trang của đơn vị trên trang này.',
      en: 'Address of the unit’s page on this site.',
      get: (u, ctx) => (u.commune ? ctx.links.commune(u.commune) : ctx.links.province(u.province)),
    },
    versionColumn,
  ],
  primaryKey: ['code'],
  records: unitRecords,
});
