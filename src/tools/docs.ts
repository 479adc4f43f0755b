/**
 * `npm run docs`: generate the two contract documents from the code, so that
 * the docs and the error messages have one source of truth.
 *
 *   docs/data-contract.md        English, for developers
 *   docs/huong-dan-nop-so-lieu.md Vietnamese, for commune officers
 *
 * Everything that is a rule is read from the code: the zod schemas (through
 * `z.toJSONSchema` and `.shape`), the indicator and problem catalogues, the
 * MDX allow-list, the CSV header aliases, the value qualifiers and the number
 * rule, all imported from the modules that own them. Examples are not written
 * by hand either: every value, MDX snippet, encoding sample and the validator
 * output shown in the docs is produced by running the real parser or checker
 * while generating, so an example cannot claim something the code does not do.
 *
 * The explanation of each frontmatter field is on the field itself, in its
 * `.meta()` (src/domain/schemas.ts); a field without one makes the generator
 * throw. The other explanations (enum values, CSV columns, unit kinds, problem
 * groups) are in docs/prose.ts, keyed by the code's own keys and checked
 * against them.
 *
 * This file is the command line; the generator is in docs/: data-contract.ts
 * and contract-rules.ts (docs/data-contract.md), huong-dan.ts, guide-rules.ts
 * and guide-cases.ts (the guide), schema-fields.ts (the schema walker),
 * probes.ts (examples run through the code), samples.ts (the sample files),
 * prose.ts and markdown.ts.
 *
 * `node src/tools/docs.ts --check` writes nothing and exits 1 when the committed
 * docs differ from what would be generated.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDataContract } from './docs/data-contract.ts';
import { renderHuongDan } from './docs/huong-dan.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const outputs: ReadonlyArray<{ path: string; render: () => Promise<string> }> = [
  { path: 'docs/data-contract.md', render: renderDataContract },
  { path: 'docs/huong-dan-nop-so-lieu.md', render: renderHuongDan },
];

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const o of outputs) {
    const file = join(root, o.path);
    const text = await o.render();
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (check) {
      if (current !== text) {
        stale++;
        console.error(`${o.path} is out of date: run npm run docs and commit the result.`);
      }
      continue;
    }
    if (current === text) {
      console.log(`${o.path} unchanged`);
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`${o.path} written`);
  }
  if (check) {
    if (stale === 0) console.log('docs are up to date');
    process.exit(stale === 0 ? 0 : 1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
