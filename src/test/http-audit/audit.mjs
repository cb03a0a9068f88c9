// The GraphQL-over-HTTP audit of graphql-http (serverAudits) against BASE_URL/graphql. Prints every
// audit, writes target/http-audit/report.json, and exits non-zero unless every MUST and SHOULD passes.
import { serverAudits } from 'graphql-http';
import { mkdirSync, writeFileSync } from 'node:fs';

const url = `${process.env.BASE_URL}/graphql`;
const out = process.env.REPORT_DIR;
const results = [];
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  results.push({ id: result.id, name: result.name, status: result.status, reason: result.reason });
  console.log(`${result.status.padEnd(6)} ${result.id} ${result.name}${result.status === 'ok' ? '' : `: ${result.reason}`}`);
}
const level = (r) => r.name.split(' ')[0];
const counts = {};
for (const r of results) {
  const key = level(r);
  counts[key] ??= { ok: 0, total: 0 };
  counts[key].total++;
  if (r.status === 'ok') counts[key].ok++;
}
const required = results.filter((r) => level(r) === 'MUST' || level(r) === 'SHOULD');
const failed = required.filter((r) => r.status !== 'ok');
mkdirSync(out, { recursive: true });
writeFileSync(`${out}/report.json`, JSON.stringify({ url, counts, failed: failed.length, results }, null, 2));
for (const [key, { ok, total }] of Object.entries(counts)) console.log(`${key}: ${ok}/${total}`);
console.log(`${required.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length === 0 ? 0 : 1);
