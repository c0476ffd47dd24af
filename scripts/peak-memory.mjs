// Preloaded by scripts/bench-build.mjs into the build it measures (node --import …/peak-memory.mjs):
// on exit, writes the process's peak memory (resident set, in kB, on every system) to PEAK_MEMORY_FILE.
// Portable where `/usr/bin/time -v` is not, and the process's own figure, not its parent's.
import { writeFileSync } from 'node:fs';

const file = process.env.PEAK_MEMORY_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
