// npm run bench:schedule: times the interview scheduler on the largest fair the city plans
// (60 employers, 300 people, 5 ranked choices each) and writes the figures to BENCHMARKS.md
// between its own markers. Made-up choices lean towards a few popular employers, as real
// ones do, so the fair-sharing rounds have work to do.
import fs from "node:fs";
import os from "node:os";
import { buildSlots, findClashes, scheduleInterviews } from "../app/models/interview-schedule";

const EMPLOYERS = 60;
const PEOPLE = 300;
const CHOICES = 5;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);

function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fair(seed: number) {
  const random = seeded(seed);
  // 13:00 to 17:00, 15-minute interviews, a 15-minute break at 15:00: 15 slots.
  const slots = buildSlots({
    startMinute: 13 * 60,
    endMinute: 17 * 60,
    slotMinutes: 15,
    breaks: [{ startMinute: 15 * 60, endMinute: 15 * 60 + 15 }],
  });
  const employers = Array.from({ length: EMPLOYERS }, (_, i) => ({
    id: i + 1,
    table: i % 2 === 0 ? i + 1 : null,
  }));
  const tables = employers.map((_, i) => i + 1);
  const people = Array.from({ length: PEOPLE }, (_, p) => {
    const choices: number[] = [];
    while (choices.length < CHOICES) {
      // Squaring skews the pick towards the first employers: some are asked by many.
      const id = 1 + Math.floor(random() ** 2 * EMPLOYERS);
      if (!choices.includes(id)) choices.push(id);
    }
    return { id: p + 1, choices };
  });
  return { slots, tables, employers, people };
}

const times: number[] = [];
let last = { interviews: 0, unmet: 0, firstMet: 0, slots: 0 };
for (let round = 0; round < ROUNDS; round += 1) {
  const input = fair(round + 1);
  const started = performance.now();
  const result = scheduleInterviews(input);
  times.push(performance.now() - started);
  if (findClashes(result.interviews, input.slots.length).length > 0) {
    throw new Error(`round ${round}: the timetable has clashes`);
  }
  const firstMet = input.people.filter((p) =>
    result.interviews.some((i) => i.personId === p.id && i.employerId === p.choices[0]),
  ).length;
  last = {
    interviews: result.interviews.length,
    unmet: result.unmet.length,
    firstMet,
    slots: input.slots.length,
  };
}
const sorted = [...times].sort((a, b) => a - b);
const mean = times.reduce((a, b) => a + b, 0) / times.length;
const p50 = sorted[Math.floor(sorted.length / 2)];
const max = sorted[sorted.length - 1];
const load = os.loadavg().map((n) => n.toFixed(1)).join(" / ");

const block = [
  "<!-- schedule-bench:start -->",
  `<!-- written by scripts/bench-schedule.ts on ${new Date().toISOString()} -->`,
  `Machine: ${os.cpus()[0]?.model ?? "?"}, ${os.cpus().length} cores, Node ${process.version}; load average ${load}.`,
  "",
  `${EMPLOYERS} employers × ${PEOPLE} people × ${CHOICES} choices, ${last.slots} slots, ${ROUNDS} different fairs:`,
  "",
  "| mean ms | median ms | slowest ms | interviews placed (last fair) | choices not met | first choices met |",
  "|---|---|---|---|---|---|",
  `| ${mean.toFixed(1)} | ${p50.toFixed(1)} | ${max.toFixed(1)} | ${last.interviews} | ${last.unmet} | ${last.firstMet} of ${PEOPLE} |`,
  "<!-- schedule-bench:end -->",
].join("\n");

const file = "BENCHMARKS.md";
const text = fs.readFileSync(file, "utf8");
const pattern = /<!-- schedule-bench:start -->[\s\S]*<!-- schedule-bench:end -->/;
fs.writeFileSync(file, pattern.test(text) ? text.replace(pattern, block) : `${text.trimEnd()}\n\n${block}\n`);
console.log(block);
if (max >= 1000) {
  console.error("The scheduler took 1 s or more.");
  process.exitCode = 1;
}
