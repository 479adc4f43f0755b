/** UI strings for targets and whether a commune is on target (merged into src/i18n/ui.ts). */
export const vi = {
  'target.met': 'Đạt mục tiêu {year} ({target})',
  'target.metEstimated': 'Ước đạt mục tiêu {year} ({target}): số liệu là ước tính',
  'target.gapRate': 'Còn thiếu {gap} điểm % so với mục tiêu {year} ({target})',
  'target.gapRateEstimated': 'Ước còn thiếu {gap} điểm % so với mục tiêu {year} ({target})',
  'target.gapCount': 'Còn thiếu {gap} so với mục tiêu {year} ({target})',
  'target.gapCountEstimated': 'Ước còn thiếu {gap} so với mục tiêu {year} ({target})',
  'target.notMetBound': 'Chưa đạt mục tiêu {year} ({target}); số liệu là giới hạn trên nên không tính được khoảng cách',
  'target.undetermined': 'Mục tiêu {year}: {target} — số liệu là một giới hạn, chưa đủ để biết đã đạt hay chưa',
  'target.noFigure': 'Mục tiêu {year}: {target} — chưa có số liệu để so sánh',
  'target.noResultYet': 'Chưa có kết quả báo cáo; xã đã đặt mục tiêu:',
  'target.source': 'Mục tiêu của xã, nguồn: {source}',
} as const;

export const en: Record<keyof typeof vi, string> = {
  'target.met': 'Target {year} met ({target})',
  'target.metEstimated': 'Target {year} met by estimate ({target}): the figure is an estimate',
  'target.gapRate': '{gap} percentage points short of the {year} target ({target})',
  'target.gapRateEstimated': 'An estimated {gap} percentage points short of the {year} target ({target})',
  'target.gapCount': '{gap} short of the {year} target ({target})',
  'target.gapCountEstimated': 'An estimated {gap} short of the {year} target ({target})',
  'target.notMetBound': 'Target {year} not met ({target}); the figure is an upper bound, so the gap is not known',
  'target.undetermined': 'Target {year}: {target} — the figure is a bound, not enough to tell whether it is met',
  'target.noFigure': 'Target {year}: {target} — no figure to compare yet',
  'target.noResultYet': 'No result reported yet; the commune has set targets:',
  'target.source': 'Commune target, source: {source}',
};
