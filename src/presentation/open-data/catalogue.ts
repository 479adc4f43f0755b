/** The indicator catalogue as a download. */
import { type IndicatorDefinition, indicatorGroups, indicators } from '../../domain/indicators.ts';
import { defineTable, type Table, unitKindColumn, versionColumn } from './columns.ts';

const groupCodes = Object.keys(indicatorGroups) as (keyof typeof indicatorGroups)[];

export const indicatorsTable: Table = defineTable<IndicatorDefinition>({
  name: 'danh-muc-chi-tieu',
  path: 'danh-muc-chi-tieu',
  title: { vi: 'Danh mục chỉ tiêu', en: 'Indicator catalogue' },
  description: {
    vi: 'Mọi chỉ tiêu đơn vị có thể báo cáo: mã, nhóm, loại chỉ tiêu, tên tiếng Việt và tiếng Anh.',
    en: 'Every indicator a unit can report: code, group, unit kind, Vietnamese and English labels.',
  },
  columns: [
    {
      name: 'code',
      type: 'string',
      title: 'Mã chỉ tiêu',
      vi: 'Mã chỉ tiêu, dùng trong cột “Mã chỉ tiêu” của bảng đơn vị gửi lên và cột indicator_code của tệp so-lieu.',
      en: 'Indicator code, as used in the “Mã chỉ tiêu” column of submitted tables and indicator_code in the so-lieu file.',
      required: true,
      get: (d) => d.code,
    },
    {
      name: 'group',
      type: 'string',
      title: 'Mã nhóm',
      vi: 'Mã nhóm chỉ tiêu.',
      en: 'Code of the indicator group.',
      enum: groupCodes,
      get: (d) => d.group,
    },
    {
      name: 'group_vi',
      type: 'string',
      title: 'Nhóm',
      vi: 'Tên nhóm chỉ tiêu, tiếng Việt.',
      en: 'Name of the group, in Vietnamese.',
      get: (d) => indicatorGroups[d.group].vi,
    },
    {
      name: 'group_en',
      type: 'string',
      title: 'Nhóm (tiếng Anh)',
      vi: 'Tên nhóm chỉ tiêu, tiếng Anh.',
      en: 'Name of the group, in English.',
      get: (d) => indicatorGroups[d.group].en,
    },
    unitKindColumn<IndicatorDefinition>((d) => d.unitKind),
    {
      name: 'label_vi',
      type: 'string',
      title: 'Tên chỉ tiêu',
      vi: 'Tên chỉ tiêu, tiếng Việt.',
      en: 'Label, in Vietnamese.',
      get: (d) => d.vi,
    },
    {
      name: 'label_en',
      type: 'string',
      title: 'Tên chỉ tiêu (tiếng Anh)',
      vi: 'Tên chỉ tiêu, tiếng Anh.',
      en: 'Label, in English.',
      get: (d) => d.en,
    },
    {
      name: 'headline',
      type: 'integer',
      title: 'Thứ tự chỉ số chính',
      vi: 'Thứ tự thẻ chỉ số chính trên trang của đơn vị; trống nếu không phải chỉ số chính.',
      en: 'Order of the headline card on unit pages; empty if the indicator is not a headline figure.',
      get: (d) => d.headline,
    },
    {
      name: 'counts',
      type: 'string',
      title: 'Đếm người hay đếm lượt',
      vi: 'Với chỉ tiêu đếm: “người” (mỗi người một lần) hoặc “lượt” (mỗi lần một người được hướng dẫn, hỗ trợ, tham gia); trống nếu không áp dụng.',
      en: 'For counts: “người” (people, each counted once) or “lượt” (visits, each time someone was reached); empty otherwise.',
      enum: ['người', 'lượt'],
      get: (d) => d.counts,
    },
    versionColumn,
  ],
  primaryKey: ['code'],
  records: () => indicators,
});
