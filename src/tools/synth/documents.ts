/**
 * One synthetic document: a report's MDX and CSV (plan rows, result rows with planted features, short or long
 * narrative) and a model's MDX.
 */
import { indicators } from '../../domain/indicators.ts';
import type { modelCategories, modelStatuses } from '../../domain/schemas.ts';
import {
  plantedWarnings,
  renderFraction,
  renderTruth,
  thousands,
  truthOf,
  unitOf,
  type Plan,
  type PlantedWarning,
  type Row,
} from './figures.ts';
import { longNarrative } from './narrative.ts';
import { Rng } from './rng.ts';
import {
  articleTitles,
  csvCell,
  difficulties,
  proposals,
  yamlString,
  type CommuneWork,
  type DocKind,
  type GeneratedReport,
  type Period,
  type SynthOptions,
} from './world.ts';

export function makeReport(
  w: CommuneWork,
  period: Period,
  kind: DocKind,
  plans: readonly Plan[],
  options: SynthOptions,
): { name: string; mdx: string; csv: string; rows: number } {
  const { rng, commune } = w;
  const day = String(rng.int(kind === 'kế hoạch' ? 1 : 15, 28)).padStart(2, '0');
  // A plan is dated at the start of its period; a report at its end; a press article a little after.
  const date =
    kind === 'kế hoạch'
      ? `${period.from}-${day}`
      : kind === 'bài báo'
        ? nextMonth(period.to) + `-${String(rng.int(1, 20)).padStart(2, '0')}`
        : `${period.to}-${day}`;
  const slug = kind === 'báo cáo' ? 'bao-cao' : kind === 'kế hoạch' ? 'ke-hoach' : 'bai-bao';
  const name = `${date}-${slug}`;
  const rows = kind === 'kế hoạch' ? planRows(w, period) : resultRows(w, period, kind, plans);

  // CSV: most files as Excel in Vietnamese locale saves them (comma, UTF-8); some with BOM, ";" and CRLF.
  const excelStyle = rng.chance(0.15);
  const delimiter = excelStyle ? ';' : ',';
  const newline = excelStyle ? '\r\n' : '\n';
  const withTypeColumns = rows.some((r) => r.type === 'mục tiêu') || !excelStyle;
  const header = [
    'STT',
    'Mã chỉ tiêu',
    'Nội dung',
    'Đơn vị tính',
    'Kết quả',
    'Thuyết minh',
    'Nguồn',
    ...(withTypeColumns ? ['Loại', 'Năm'] : []),
  ];
  const lines = [header.join(delimiter)];
  rows.forEach((r, i) => {
    const cells = [String(i + 1), r.code, r.label, r.unit, r.value, r.note, r.source];
    if (withTypeColumns) cells.push(r.type === 'mục tiêu' ? 'mục tiêu' : '', r.year !== undefined ? String(r.year) : '');
    lines.push(cells.map((c) => csvCell(c, delimiter)).join(delimiter));
  });
  const csv = (excelStyle ? '\uFEFF' : '') + lines.join(newline) + newline;

  const unitName = `${commune.kind} ${commune.shortName}`;
  const adult = rows.find((r) => r.code === 'ty_le.nguoi_truong_thanh');
  const teams = rows.find((r) => r.code === 'to_cns.so_to');
  const highlights = [
    adult ? `- Tỷ lệ người dân trưởng thành có kỹ năng số cơ bản: ${adult.value}${adult.type === 'mục tiêu' ? ' (mục tiêu)' : ''}.` : '',
    teams ? `- Số Tổ công nghệ số cộng đồng: ${teams.value}.` : '',
    `- Bảng số liệu kèm theo có ${rows.length} dòng.`,
  ].filter(Boolean);
  const title =
    kind === 'báo cáo'
      ? `Kết quả thực hiện Phong trào “Bình dân học vụ số” ${period.label} (mô phỏng)`
      : kind === 'kế hoạch'
        ? `Triển khai Phong trào “Bình dân học vụ số” trên địa bàn ${unitName} ${period.label} (mô phỏng)`
        : `${rng.pick(articleTitles)} (bài viết mô phỏng)`;
  const note = `Dữ liệu mô phỏng do src/tools/synth.ts tạo ra (hạt giống ${options.seed}); không phải văn bản thật của ${commune.name}.`;
  const fm = [
    '---',
    `commune: ${yamlString(commune.code)}`,
    `kind: ${kind}`,
    `title: ${yamlString(title)}`,
    ...(kind === 'bài báo' ? [] : [`number: ${yamlString(`${rng.int(5, 480)}/${kind === 'kế hoạch' ? 'KH' : 'BC'}-UBND`)}`]),
    `date: ${yamlString(date)}`,
    ...(kind === 'bài báo'
      ? []
      : ['period:', `  from: ${yamlString(period.from)}`, `  to: ${yamlString(period.to)}`, `  label: ${yamlString(period.label)}`]),
    `issuer: ${yamlString(kind === 'bài báo' ? `Báo chí (bài viết mô phỏng về ${unitName})` : `UBND ${unitName}`)}`,
    ...(kind === 'bài báo'
      ? [`publisher: ${yamlString('Báo mô phỏng')}`]
      : ['signatory:', `  title: ${yamlString('KT. Chủ tịch, Phó Chủ tịch')}`]),
    `note: ${yamlString(note)}`,
    '---',
  ];
  const body = [
    '',
    `Đây là dữ liệu mô phỏng, do máy tạo ra để thử nghiệm trang web; không phải ${kind} thật của ${commune.name}.`,
    '',
    kind === 'kế hoạch' ? '## Mục tiêu' : '## Kết quả nổi bật',
    '',
    ...highlights,
    '',
    ...(kind === 'bài báo'
      ? []
      : ['## Khó khăn, hạn chế', '', `- ${rng.pick(difficulties)}`, '', '## Đề xuất, kiến nghị', '', `- ${rng.pick(proposals)}`, '']),
  ];
  if (options.narratives === 'long') {
    // Its own random stream, so that the short output (and every figure) stays the same with or without it.
    const textRng = new Rng(options.seed, 'narrative', commune.code, name);
    body.push(longNarrative(textRng, { unitName, periodLabel: period.label, kind }));
  }
  return { name, mdx: `${fm.join('\n')}\n${body.join('\n')}`, csv, rows: rows.length };
}

function nextMonth(ym: string): string {
  const [y, m] = ym.split('-').map(Number);
  return m === 12 ? `${y! + 1}-01` : `${y}-${String(m! + 1).padStart(2, '0')}`;
}

const percentDefs = indicators.filter((d) => d.unitKind === 'percent');
const headlineCodes = new Set(indicators.filter((d) => d.headline !== undefined).map((d) => d.code));

function planRows(w: CommuneWork, period: Period): Row[] {
  const { rng, profile } = w;
  const chosen = rng.shuffle(percentDefs).slice(0, rng.int(4, 8));
  return chosen.map((def, i) => {
    const r = profile.rates.get(def.code)!;
    const target = Math.min(100, Math.ceil((r.start + r.growth * (period.index + 2)) / 5) * 5);
    return {
      code: def.code,
      label: def.vi,
      unit: '%',
      value: target >= 100 || !rng.chance(0.2) ? `${target}%` : `trên ${target}%`,
      note: '',
      source: `Mục II.${i < 3 ? 1 : 2}`,
      type: 'mục tiêu',
      year: period.endYear,
    };
  });
}

function resultRows(w: CommuneWork, period: Period, kind: DocKind, plans: readonly Plan[]): Row[] {
  const { rng, profile } = w;
  const k = period.index;
  // Which indicators this document states: headline ones nearly always, others about half the time.
  const included = indicators.filter((d) =>
    kind === 'bài báo' ? rng.chance(headlineCodes.has(d.code) ? 0.5 : 0.12) : rng.chance(headlineCodes.has(d.code) ? 0.95 : 0.5),
  );
  const set = new Set(included.map((d) => d.code));
  const wants = new Map<string, Plan>();
  const extra: Row[] = [];
  // Natural warnings, each in about 1% of reports; planted ones on top.
  const warnings = new Set<PlantedWarning>(plans.flatMap((p) => (p.warning ? [p.warning] : [])));
  if (kind === 'báo cáo') for (const wname of plantedWarnings) if (rng.chance(0.01)) warnings.add(wname);

  /** Reserve an indicator of a kind for a planted feature; adds it to the document if absent. */
  const reserve = (candidates: readonly string[]): string | undefined => {
    const code = candidates.find((c) => !wants.has(c) && set.has(c)) ?? candidates.find((c) => !wants.has(c));
    if (code) set.add(code);
    return code;
  };
  const byKind = (kinds: readonly string[], exclude: readonly string[] = []) =>
    indicators.filter((d) => kinds.includes(d.unitKind) && !exclude.includes(d.code)).map((d) => d.code);
  const percentCodes = byKind(['percent']);
  const countCodes = byKind(['count'], ['to_cns.to_cap_xa', 'hoat_dong.lao_dong_dao_tao']);
  const ofCodes = byKind(['count_of_total']);
  for (const plan of plans) {
    if (plan.qualifier) {
      const code = reserve(rng.chance(0.5) ? percentCodes : countCodes);
      if (code) wants.set(code, plan);
    } else if (plan.form === 'thousands') {
      const code = reserve(['hoat_dong.luot_huong_dan', 'hoat_dong.huong_dan_vneid', 'hoat_dong.huong_dan_dvc', 'mooc.nguoi_dan_hoc']);
      if (code) wants.set(code, plan);
    } else if (plan.form === 'comma-percent') {
      const code = reserve(percentCodes);
      if (code) wants.set(code, plan);
    } else if (plan.form) {
      const code = reserve(ofCodes);
      if (code) wants.set(code, plan);
    }
  }
  if (warnings.has('unit-mismatch')) {
    // A count indicator written as a percent, as in the real Thuận An appendix ("80%" trained workers).
    set.add('hoat_dong.lao_dong_dao_tao');
    wants.set('hoat_dong.lao_dong_dao_tao', { warning: 'unit-mismatch' });
  }
  if (warnings.has('rate-mismatch')) {
    const code = reserve(ofCodes);
    if (code) wants.set(code, { warning: 'rate-mismatch' });
  }
  if (warnings.has('dot-decimal')) {
    const code = reserve(percentCodes);
    if (code) wants.set(code, { warning: 'dot-decimal' });
  }
  let duplicateOf: string | undefined;
  if (warnings.has('conflicting-duplicate')) {
    duplicateOf = reserve(['hoat_dong.van_ban', 'hoat_dong.tin_bai', 'hoat_dong.ke_hoach', 'hoat_dong.cuoc_hop']);
    if (duplicateOf) wants.set(duplicateOf, { warning: 'conflicting-duplicate' });
  }

  const rows: Row[] = [];
  for (const def of indicators) {
    if (!set.has(def.code)) continue;
    const truth = truthOf(def, profile, k);
    const want = wants.get(def.code) ?? {};
    let value: string;
    if (want.warning === 'unit-mismatch') {
      value = `${rng.int(6, 19) * 5}%`;
    } else if (want.warning === 'rate-mismatch') {
      const t = truth.kind === 'of' ? truth : { n: 80, d: 100 };
      value = renderFraction(t.n, t.d, rng, true, false, true);
    } else if (want.warning === 'dot-decimal') {
      const pct = truth.kind === 'rate' ? Math.min(99.5, truth.pct) : 80.5;
      value = `${(Math.floor(pct) + rng.int(1, 9) / 10).toFixed(1)}%`;
    } else {
      value = renderTruth(def, truth, rng, want).value;
    }
    const src = def.group === 'hoat-dong' || def.group === 'mo-hinh' ? `Phụ lục, dòng ${rows.length + 1}` : `Mục II.${rng.int(1, 4)}`;
    rows.push({
      code: def.code,
      label: def.vi,
      unit: unitOf(def),
      value,
      note: want.warning === 'rate-mismatch' ? 'Tỷ lệ ghi theo báo cáo của công an xã (mô phỏng).' : '',
      source: src,
      type: 'kết quả',
    });
    if (duplicateOf === def.code) {
      // The narrative states a different number from the appendix for the same indicator.
      const n = truth.kind === 'count' ? truth.n : 10;
      extra.push({
        code: def.code,
        label: `${def.vi} (theo phần lời văn)`,
        unit: unitOf(def),
        value: thousands(n + rng.int(3, 12)),
        note: 'Phần lời văn ghi khác với phụ lục (mô phỏng).',
        source: 'Mục II.1',
        type: 'kết quả',
      });
    }
  }
  rows.push(...extra);
  // Targets for the next year in some reports (and always where one is planted).
  const planted = plans.some((p) => p.target);
  if (kind === 'báo cáo' && (planted || rng.chance(0.2))) {
    const chosen = rng.shuffle(percentDefs).slice(0, rng.int(1, 3));
    for (const def of chosen) {
      const r = profile.rates.get(def.code)!;
      const target = Math.min(100, Math.ceil((r.start + r.growth * (k + 2)) / 5) * 5);
      rows.push({
        code: def.code,
        label: def.vi,
        unit: '%',
        value: target < 100 && rng.chance(0.3) ? `trên ${target}%` : `${target}%`,
        note: '',
        source: 'Mục IV',
        type: 'mục tiêu',
        year: period.endYear + 1,
      });
    }
  }
  return rows;
}

export function makeModel(
  w: CommuneWork,
  title: string,
  category: (typeof modelCategories)[number],
  status: (typeof modelStatuses)[number],
  report: GeneratedReport,
  options: SynthOptions,
): string {
  const { rng, commune } = w;
  const decision = rng.chance(0.6);
  const startMonth = report.period.from;
  const fm = [
    '---',
    `commune: ${yamlString(commune.code)}`,
    `title: ${yamlString(`${title} (mô phỏng)`)}`,
    `category: ${category}`,
    `status: ${status}`,
    ...(decision ? [`decision: ${yamlString(`Quyết định số ${rng.int(10, 480)}/QĐ-UBND (mô phỏng)`)}`] : []),
    `start: ${yamlString(startMonth)}`,
    `report: ${yamlString(report.id)}`,
    `location: ${yamlString(`Mục II.${rng.int(3, 6)}`)}`,
    '---',
  ];
  const body = [
    '',
    `Mô hình mô phỏng của ${commune.name}, do src/tools/synth.ts tạo ra (hạt giống ${options.seed}) để thử nghiệm trang web; không phải mô hình thật.`,
    '',
    `Nội dung giả định: ${title.toLowerCase()}, trạng thái “${status}”.`,
    '',
  ];
  return `${fm.join('\n')}\n${body.join('\n')}`;
}
