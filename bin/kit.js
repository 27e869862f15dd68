#!/usr/bin/env node
// Thin entry: everything lives in dist/cli/main.js (built by `npm run build`, run on `npm install`).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
