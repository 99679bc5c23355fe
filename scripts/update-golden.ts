// Regenerates test/golden/ from examples/sample.yaml. Run `npm run golden`, then read the diff
// before committing: a golden file is a reviewed document, not a snapshot to accept blindly.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildFile } from '../src/build.js';
import { packageRoot } from '../src/source/paths.js';
import { goldenFiles } from '../src/docs/golden.js';

const root = packageRoot();
const result = await buildFile(path.join(root, 'examples', 'sample.yaml'), ['docx']);
mkdirSync(path.join(root, 'test', 'golden'), { recursive: true });
for (const { file, content } of goldenFiles(result.files)) {
  writeFileSync(path.join(root, file), content);
  console.log(`wrote ${file}`);
}
