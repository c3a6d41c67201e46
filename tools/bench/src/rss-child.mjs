// One SmarterBot `leads()` sync in a fresh process, for the RSS section of the bench: reads every
// lead from the bench server at argv[2] and prints one JSON line with the count and the process's
// peak resident set (`maxRSS`, what the operating system saw at the worst moment). Plain
// JavaScript, so a run against the built packages loads nothing but node and the package.
import { createSmarterBotClient } from '@botbridge/smarterbot';

const [baseUrl, apiKey, serialNumber] = process.argv.slice(2);
const client = createSmarterBotClient({ apiKey, baseUrl, serialNumber });
const startMiB = process.memoryUsage.rss() / 2 ** 20;
let count = 0;
let sink = 0;
for await (const lead of client.leads()) {
  count++;
  sink = (sink + lead.id.length) | 0;
}
const peakMiB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ count, startMiB, peakMiB, sink })}\n`);
