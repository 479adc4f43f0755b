import { describe, expect, it } from 'vitest';
import { bridges, checkLayers, describeViolation, importsOf, layerOf, sourceFiles, violationsOf } from '../helpers/layers.ts';

describe('layer order of src/', () => {
  it('no file imports across the layer order', () => {
    // Sanity: the scan sees both kinds of file, or an empty scan would pass.
    const files = sourceFiles(process.cwd());
    expect(files.filter((f) => f.endsWith('.astro')).length).toBeGreaterThan(20);
    expect(files.filter((f) => f.startsWith('src/domain/')).length).toBeGreaterThan(10);
    expect(checkLayers(process.cwd()).map(describeViolation)).toEqual([]);
  });

  it('the bridge exists and is the only presentation file importing ingestion', () => {
    const files = new Set(sourceFiles(process.cwd()));
    for (const b of bridges.keys()) expect(files.has(b)).toBe(true);
    expect([...bridges.keys()]).toEqual(['src/presentation/build-inputs.ts']);
  });
});

describe('the layer checker', () => {
  it('reads every form of import, in .ts and in .astro frontmatter and scripts', () => {
    const source = [
      '---',
      "import Base from '../layouts/Base.astro';",
      "import type { Report } from '../domain/dataset.ts';",
      "import { a, type B } from './a.ts';",
      "import * as ns from './ns.ts';",
      "export { x } from './x.ts';",
      "export * from './star.ts';",
      "import './side-effect.css';",
      "const lazy = await import('./lazy.ts');",
      '---',
      '<script>',
      "  import { run } from '../check/check-page.ts';",
      '</script>',
    ].join('\n');
    expect(importsOf(source).sort()).toEqual(
      [
        '../layouts/Base.astro',
        '../domain/dataset.ts',
        './a.ts',
        './ns.ts',
        './x.ts',
        './star.ts',
        './side-effect.css',
        './lazy.ts',
        '../check/check-page.ts',
      ].sort(),
    );
  });

  it('places files in their layer', () => {
    expect(layerOf('src/domain/problems/catalogue.ts')).toBe('domain');
    expect(layerOf('src/views/MethodologyPage.astro')).toBe('ui');
    expect(layerOf('src/pages/[province]/index.astro')).toBe('ui');
    expect(layerOf('src/integration.ts')).toBe('root');
    expect(layerOf('src/tools/docs.ts')).toBe('root');
    expect(layerOf('src/check/check-core.ts')).toBe('check');
  });

  it('fails on an upward import, naming file and import', () => {
    const bad = violationsOf('src/domain/checks.ts', "import { fold } from '../ingestion/text.ts';\n");
    expect(bad.map(describeViolation)).toEqual(['src/domain/checks.ts: imports "../ingestion/text.ts" (domain → ingestion)']);
    expect(violationsOf('src/presentation/site.ts', "import { dataVersion } from '../ingestion/load.ts';")).toHaveLength(1);
    expect(violationsOf('src/views/X.astro', "---\nimport { parseValue } from '../ingestion/value.ts';\n---\n<p/>")).toHaveLength(1);
    expect(violationsOf('src/components/X.astro', "<script>import '../ingestion/csv.ts';</script>")).toHaveLength(1);
    expect(violationsOf('src/charts/svg.ts', "import { fmt } from '../domain/format.ts';")).toHaveLength(1);
    expect(violationsOf('src/i18n/ui.ts', "import type { Report } from '../domain/dataset.ts';")).toHaveLength(1);
    expect(violationsOf('src/presentation/x.ts', "import Base from '../layouts/Base.astro';")).toHaveLength(1);
    expect(violationsOf('src/presentation/x.ts', "import { run } from '../check/check-page.ts';")).toHaveLength(1);
    expect(violationsOf('src/domain/x.ts', "import { x } from '../tools/docs.ts';")).toHaveLength(1);
    expect(violationsOf('src/domain/x.ts', "const m = await import('../presentation/site.ts');")).toHaveLength(1);
    expect(violationsOf('src/domain/x.ts', "import { readFileSync } from 'node:fs';")).toHaveLength(1);
    expect(violationsOf('src/domain/x.ts', "import { getCollection } from 'astro:content';")).toHaveLength(1);
  });

  it('accepts the order itself, the composition roots and the one bridge', () => {
    expect(violationsOf('src/ingestion/load.ts', "import type { Dataset } from '../domain/dataset.ts';")).toEqual([]);
    expect(violationsOf('src/domain/checks.ts', "import { z } from 'astro/zod';\nimport { fold } from './text.ts';")).toEqual([]);
    expect(violationsOf('src/views/X.astro', "import { url } from '../presentation/site.ts';")).toEqual([]);
    expect(violationsOf('src/integration.ts', "import { loadDataset } from './ingestion/load.ts';")).toEqual([]);
    expect(violationsOf('src/check/check-core.ts', "import { checkSubmissions } from '../ingestion/submissions.ts';")).toEqual([]);
    expect(violationsOf('src/views/CheckPage.astro', "<script>import { run } from '../check/check-page.ts';</script>")).toEqual([]);
    expect(violationsOf('src/presentation/build-inputs.ts', "export { dataVersion } from '../ingestion/load.ts';")).toEqual([]);
    // The bridge is one file, not the folder.
    expect(violationsOf('src/presentation/other.ts', "export { dataVersion } from '../ingestion/load.ts';")).toHaveLength(1);
  });
});
