// Regenerates what is derived from code: schema/hinagata.schema.json and the README's config
// reference. Run `npm run docs` after changing the schema; a test fails while they are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../src/source/paths.js';
import { renderGeneratedDocs } from '../src/docs/generated.js';

const root = packageRoot();
for (const { file, content } of renderGeneratedDocs((f) =>
  readFileSync(path.join(root, f), 'utf8'),
)) {
  writeFileSync(path.join(root, file), content);
  console.log(`wrote ${file}`);
}
