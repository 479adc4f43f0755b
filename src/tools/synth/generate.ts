/**
 * The whole synthetic tree in memory: which units report, in which periods, with which planted features, and
 * their reports and models, path → text in a stable order.
 */
import { registry, type Commune } from '../../domain/registry.ts';
import { modelCategories, modelStatuses } from '../../domain/schemas.ts';
import { slugify } from '../../domain/text.ts';
import { makeModel, makeReport } from './documents.ts';
import { makeProfile, plantedWarnings, qualifierForms, valueForms, type Plan } from './figures.ts';
import { Rng } from './rng.ts';
import { modelTitles, periodsOf, type CommuneWork, type DocKind, type GeneratedReport, type SynthOptions } from './world.ts';

export interface SynthStats {
  units: number;
  reportingUnits: number;
  reports: number;
  models: number;
  figures: number;
}

/** Every file of the synthetic tree, path (relative to the output dir) → content, in a stable order. */
export function generate(options: SynthOptions): { files: Map<string, string>; stats: SynthStats } {
  const { seed, share } = options;
  if (!Number.isInteger(options.periods) || options.periods < 1) throw new Error('--periods must be a whole number ≥ 1');
  if (!(share >= 0 && share <= 1)) throw new Error('--share must be between 0 and 1');
  const reg = registry();
  const periods = periodsOf(options.periods);

  // Units in a round-robin over provinces, so that --limit N still spans the country.
  const byProvince = [...reg.provinces]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((p) => [...reg.communesOf(p.code)].sort((a, b) => a.code.localeCompare(b.code)));
  const order: Commune[] = [];
  for (let i = 0; order.length < reg.communes.length; i++) for (const list of byProvince) if (list[i]) order.push(list[i]!);
  const units = options.limit === undefined ? order : order.slice(0, Math.max(0, options.limit));

  // Exactly round(N × share) units report; which ones is a seeded shuffle.
  const reportingCount = Math.round(units.length * share);
  const reportingCodes = new Set(new Rng(seed, 'share').shuffle(units.map((c) => c.code)).slice(0, reportingCount));
  const reporting = units.filter((c) => reportingCodes.has(c.code));

  // Features every output shows, planted in the latest report of the first reporting units.
  const features: Plan[] = [
    ...qualifierForms.map((qualifier) => ({ qualifier })),
    ...valueForms.map((form) => ({ form })),
    ...plantedWarnings.map((warning) => ({ warning })),
    { target: true },
  ];
  const work: CommuneWork[] = reporting.map((commune, i) => {
    const rng = new Rng(seed, 'commune', commune.code);
    return {
      commune,
      folder: `${commune.code}-${slugify(commune.shortName)}`,
      rng,
      profile: makeProfile(commune, rng),
      plans: [],
      // With several periods, the first two units open with a plan and a press article.
      ...(periods.length > 1 && i < 2 ? { firstKind: i === 0 ? ('kế hoạch' as const) : ('bài báo' as const) } : {}),
      forcedModels: i < 6 ? 1 : 0,
    };
  });
  if (work.length > 0) features.forEach((f, i) => work[i % work.length]!.plans.push(f));

  const files = new Map<string, string>();
  const stats: SynthStats = { units: units.length, reportingUnits: reporting.length, reports: 0, models: 0, figures: 0 };
  let modelIndex = 0;
  const modelRng = new Rng(seed, 'models');
  for (const w of work) {
    const { rng } = w;
    const reports: GeneratedReport[] = [];
    for (const period of periods) {
      const latest = period.index === periods.length - 1;
      const forcedFirst = period.index === 0 && w.firstKind !== undefined;
      // Every reporting unit reports in the latest period; most also in earlier ones (history).
      if (!latest && !forcedFirst && !rng.chance(0.85)) continue;
      const kind: DocKind = forcedFirst
        ? w.firstKind!
        : latest
          ? 'báo cáo'
          : rng.chance(0.92)
            ? 'báo cáo'
            : rng.chance(0.5)
              ? 'kế hoạch'
              : 'bài báo';
      const doc = makeReport(w, period, kind, latest ? w.plans : [], options);
      files.set(`reports/${w.folder}/${doc.name}.mdx`, doc.mdx);
      files.set(`reports/${w.folder}/${doc.name}.csv`, doc.csv);
      stats.reports++;
      stats.figures += doc.rows;
      reports.push({ id: `${w.folder}/${doc.name}`, period, kind });
    }
    // Models: a few units showcase one or two, each described in one of the unit's reports.
    const count = w.forcedModels > 0 ? w.forcedModels : rng.chance(0.1) ? (rng.chance(0.2) ? 2 : 1) : 0;
    const used = new Set<string>();
    for (let m = 0; m < count; m++) {
      // The first models cycle through every status and category; later ones are drawn at random.
      const status = modelIndex < 24 ? modelStatuses[modelIndex % modelStatuses.length]! : modelRng.pick(modelStatuses);
      const category = modelIndex < 24 ? modelCategories[modelIndex % modelCategories.length]! : modelRng.pick(modelCategories);
      modelIndex++;
      const report = reports[reports.length - 1]!;
      let title = rng.pick(modelTitles[category]);
      if (used.has(slugify(title))) title = `${title} (giai đoạn 2)`;
      used.add(slugify(title));
      files.set(`models/${w.folder}/${slugify(title)}.mdx`, makeModel(w, title, category, status, report, options));
      stats.models++;
    }
  }
  files.set('SYNTHETIC', markerText(options, stats));
  return { files: new Map([...files.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))), stats };
}

function markerText(o: SynthOptions, s: SynthStats): string {
  return [
    'Dữ liệu mô phỏng — không phải số liệu thật / Synthetic data — not real figures.',
    'Generated by src/tools/synth.ts; every page built from this folder says so.',
    `seed: ${o.seed}`,
    `periods: ${o.periods}`,
    `share: ${o.share}`,
    `limit: ${o.limit ?? 'all'}`,
    `narratives: ${o.narratives ?? 'short'}`,
    `units: ${s.units}`,
    `units with reports: ${s.reportingUnits}`,
    `reports: ${s.reports}`,
    `figures: ${s.figures}`,
    `models: ${s.models}`,
    '',
  ].join('\n');
}
