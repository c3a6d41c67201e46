// Writes docs/coverage.md. Run with `npm run coverage-report`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderReport } from './render.js';
import { workspaceRoot } from './spec.js';

mkdirSync(join(workspaceRoot, 'docs'), { recursive: true });
writeFileSync(join(workspaceRoot, 'docs', 'coverage.md'), renderReport());
console.log('wrote docs/coverage.md');
