/** Figures: the national long table, the targets, and each commune's figures, with each figure's status. */
import { sameValue, type CommuneData, type SiteData, type SourcedFigure } from '../../domain/commune-data.ts';
import { indicatorOf } from '../../domain/indicators.ts';
import type { Commune } from '../../domain/registry.ts';
import type { Figure, RowType } from '../../domain/schemas.ts';
import { defineTable, type Table } from './columns.ts';
import { figureColumns, type FigureRecord, type FigureStatus } from './figure-columns.ts';

/**
 * For each figure of a commune, whether it is the latest: figures are grouped as the pages group them (results by
 * indicator; targets by indicator and year), documents ordered newest first (compareDocumentDates). A figure of the
 * newest document stating the group is `latest`; an older one is `restated` when the newest figure means the same
 * (sameValue), else `superseded`. The pages mark the same figures "đã điều chỉnh ở văn bản sau". Linear in figures.
 */
export function figureStatusMap(data: CommuneData | undefined): Map<Figure, FigureStatus> {
  const out = new Map<Figure, FigureStatus>();
  const mark = (list: readonly SourcedFigure[]) => {
    const newest = list[0];
    if (!newest) return;
    for (const s of list) {
      if (s.report.id === newest.report.id) out.set(s.figure, { status: 'latest' });
      else out.set(s.figure, { status: sameValue(s.figure, newest.figure) ? 'restated' : 'superseded', by: newest });
    }
  };
  for (const list of data?.results.values() ?? []) mark(list);
  for (const list of data?.targets.values() ?? []) {
    const byYear = new Map<number | undefined, SourcedFigure[]>();
    for (const s of list) {
      const y = byYear.get(s.figure.year);
      if (y) y.push(s);
      else byYear.set(s.figure.year, [s]);
    }
    for (const y of byYear.values()) mark(y);
  }
  return out;
}

/** A commune's figures: documents newest first, then table order. */
function communeFigureRecords(site: SiteData, commune: Commune): FigureRecord[] {
  const province = site.registry.province(commune.provinceCode)!;
  const data = site.communes.get(commune.code);
  const statuses = figureStatusMap(data);
  return (data?.reports ?? []).flatMap((report) =>
    report.figures.map((figure) => ({
      figure,
      report,
      commune,
      province,
      indicator: indicatorOf(figure),
      status: statuses.get(figure) ?? { status: 'latest' as const },
    })),
  );
}

/** Every figure, by province and commune (registry order), then document (newest first), then table order. */
export function figureRecords(site: SiteData): FigureRecord[] {
  const reg = site.registry;
  return reg.provinces.flatMap((p) => reg.communesOf(p.code).flatMap((c) => communeFigureRecords(site, c)));
}

export const figuresTable: Table = defineTable<FigureRecord>({
  name: 'so-lieu',
  path: 'so-lieu',
  title: { vi: 'Tất cả số liệu', en: 'All figures' },
  description: {
    vi: 'Bảng dài: mỗi dòng là một số liệu (kết quả hoặc mục tiêu) của một văn bản, đúng như đơn vị gửi lên, kèm giá trị đọc được, mức độ, cảnh báo chất lượng và văn bản nguồn.',
    en: 'Long table: one row per figure (result or target) of one document, exactly as submitted, with the parsed value, qualifiers, data-quality warnings and source document.',
  },
  columns: figureColumns,
  primaryKey: ['report_id', 'csv_line'],
  records: figureRecords,
});

export const isTarget = (type: RowType) => type === 'mục tiêu';

export const targetsTable: Table = defineTable<FigureRecord>({
  name: 'chi-tieu',
  path: 'chi-tieu',
  title: { vi: 'Mục tiêu', en: 'Targets' },
  description: {
    vi: 'Các dòng “mục tiêu” của bảng số liệu: mục tiêu các đơn vị tự đặt, theo năm. Cùng các cột với tệp so-lieu.',
    en: 'The target (“mục tiêu”) rows of the figures table: targets units set for themselves, by year. Same columns as the so-lieu file.',
  },
  columns: figureColumns,
  primaryKey: ['report_id', 'csv_line'],
  records: (site) => figureRecords(site).filter((r) => isTarget(r.figure.type)),
});

/** The figures of one commune, from all its documents. */
export function communeTable(commune: Commune): Table {
  return defineTable<FigureRecord>({
    name: `xa-${commune.code}`,
    path: `xa/${commune.code}`,
    title: { vi: `Số liệu của ${commune.name} (${commune.code})`, en: `Figures of ${commune.name} (${commune.code})` },
    description: {
      vi: `Mọi số liệu trong các văn bản của ${commune.name}, mã ${commune.code}. Cùng các cột với tệp so-lieu.`,
      en: `Every figure in the documents of ${commune.name}, code ${commune.code}. Same columns as the so-lieu file.`,
    },
    columns: figureColumns,
    primaryKey: ['report_id', 'csv_line'],
    records: (site) => communeFigureRecords(site, commune),
  });
}
