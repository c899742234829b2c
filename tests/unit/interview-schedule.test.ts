import { describe, expect, it } from "vitest";
import {
  buildSlots,
  findClashes,
  scheduleInterviews,
  type ScheduleInput,
} from "~/models/interview-schedule";

/** mulberry32: a small seeded generator, so a failing case can be run again by its seed. */
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

function randomFair(seed: number): ScheduleInput {
  const random = seeded(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const employerCount = int(1, 12);
  const tableCount = int(1, employerCount + 2);
  const tables = Array.from({ length: tableCount }, (_, i) => i + 1);
  const employers = Array.from({ length: employerCount }, (_, i) => ({
    id: 100 + i,
    // Some fixed, some left to the scheduler; never two on one table.
    table: i < tableCount && random() < 0.5 ? i + 1 : null,
  }));
  const slots = buildSlots({
    startMinute: 13 * 60,
    endMinute: 13 * 60 + int(1, 10) * 20,
    slotMinutes: 20,
    breaks: random() < 0.5 ? [{ startMinute: 13 * 60 + 40, endMinute: 14 * 60 }] : [],
  });
  const people = Array.from({ length: int(0, 40) }, (_, i) => {
    const pool = employers.map((e) => e.id);
    const choices: number[] = [];
    const count = int(0, Math.min(5, pool.length));
    for (let c = 0; c < count; c += 1) choices.push(pool.splice(int(0, pool.length - 1), 1)[0]);
    return { id: 1 + i, choices };
  });
  return { slots, tables, employers, people };
}

describe("buildSlots", () => {
  it("cuts the period into slots and leaves out the breaks", () => {
    const slots = buildSlots({
      startMinute: 13 * 60,
      endMinute: 15 * 60,
      slotMinutes: 20,
      breaks: [{ startMinute: 13 * 60 + 50, endMinute: 14 * 60 + 10 }],
    });
    expect(slots.map((s) => [s.startMinute, s.endMinute])).toEqual([
      [780, 800],
      [800, 820],
      [850, 870],
      [870, 890],
    ]);
    expect(slots.map((s) => s.index)).toEqual([0, 1, 2, 3]);
  });
});

describe("scheduleInterviews", () => {
  it("never double-books a person, an employer or a table in 500 random fairs", () => {
    for (let seed = 1; seed <= 500; seed += 1) {
      const input = randomFair(seed);
      const { interviews, unmet } = scheduleInterviews(input);
      expect(findClashes(interviews, input.slots.length), `seed ${seed}`).toEqual([]);
      const fixed = new Map(input.employers.map((e) => [e.id, e.table]));
      for (const interview of interviews) {
        const person = input.people.find((p) => p.id === interview.personId);
        expect(person?.choices, `seed ${seed}`).toContain(interview.employerId);
        expect(input.tables, `seed ${seed}`).toContain(interview.table);
        const table = fixed.get(interview.employerId);
        if (table != null) expect(interview.table, `seed ${seed}`).toBe(table);
        else expect([...fixed.values()], `seed ${seed}`).not.toContain(interview.table);
      }
      const asked = input.people.reduce((n, p) => n + p.choices.length, 0);
      expect(interviews.length + unmet.length, `seed ${seed}`).toBe(asked);
    }
  });

  it("meets every first choice whenever the employer has the slots for it", () => {
    for (let seed = 1; seed <= 500; seed += 1) {
      const input = randomFair(seed);
      // A table for every employer, so only the employer's own slots can run out.
      input.tables = input.employers.map((_, i) => i + 1);
      input.employers = input.employers.map((e, i) => ({ ...e, table: i + 1 }));
      const { interviews } = scheduleInterviews(input);
      for (const employer of input.employers) {
        const firsts = input.people.filter((p) => p.choices[0] === employer.id);
        if (firsts.length > input.slots.length) continue;
        for (const person of firsts) {
          const met = interviews.some(
            (i) => i.personId === person.id && i.employerId === employer.id,
          );
          expect(met, `seed ${seed}, person ${person.id}`).toBe(true);
        }
      }
    }
  });

  it("shares an employer asked by all: each slot once, then the others come first", () => {
    const slots = buildSlots({ startMinute: 600, endMinute: 800, slotMinutes: 20, breaks: [] });
    const people = Array.from({ length: 20 }, (_, i) => ({ id: i + 1, choices: [7, 8] }));
    const { interviews, unmet } = scheduleInterviews({
      slots,
      tables: [1, 2],
      employers: [
        { id: 7, table: 1 },
        { id: 8, table: 2 },
      ],
      people,
    });
    expect(slots).toHaveLength(10);
    const withSeven = interviews.filter((i) => i.employerId === 7).map((i) => i.personId);
    const withEight = interviews.filter((i) => i.employerId === 8).map((i) => i.personId);
    expect(withSeven).toHaveLength(10);
    expect(withEight).toHaveLength(10);
    // Those who missed the first choice get the second before anyone meets both.
    expect(new Set([...withSeven, ...withEight]).size).toBe(20);
    expect(unmet).toHaveLength(20);
    // Not simply the lowest ids first.
    expect(withSeven.sort((a, b) => a - b)).not.toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("gives the same timetable for the same input", () => {
    const input = randomFair(42);
    expect(scheduleInterviews(input)).toEqual(scheduleInterviews(structuredClone(input)));
  });

  it("puts no interview in a break", () => {
    const slots = buildSlots({
      startMinute: 600,
      endMinute: 720,
      slotMinutes: 30,
      breaks: [{ startMinute: 630, endMinute: 660 }],
    });
    const { interviews } = scheduleInterviews({
      slots,
      tables: [1],
      employers: [{ id: 1, table: null }],
      people: Array.from({ length: 5 }, (_, i) => ({ id: i + 1, choices: [1] })),
    });
    expect(interviews).toHaveLength(3);
    for (const interview of interviews) {
      const slot = slots[interview.slot];
      expect(slot.endMinute <= 630 || slot.startMinute >= 660).toBe(true);
    }
  });

  it("moves an earlier interview when that is the only way to meet a later choice", () => {
    // Employer 2 is free only in the first slot, where the person already meets employer 1.
    const slots = buildSlots({ startMinute: 600, endMinute: 640, slotMinutes: 20, breaks: [] });
    const { interviews, unmet } = scheduleInterviews({
      slots,
      tables: [1, 2],
      employers: [
        { id: 1, table: 1 },
        { id: 2, table: 2 },
      ],
      people: [
        { id: 1, choices: [1, 2] },
        { id: 2, choices: [2] },
      ],
    });
    expect(unmet).toEqual([]);
    expect(interviews).toHaveLength(3);
  });

  it("moves someone else's interview with the employer when that frees a slot for the person", () => {
    // The fair of the browser test: A is asked by three people and has three slots; さくら
    // (person 1) wants A, B and C; C is only free when she is busy, unless たろう's C moves.
    const slots = buildSlots({ startMinute: 600, endMinute: 660, slotMinutes: 20, breaks: [] });
    const { interviews, unmet } = scheduleInterviews({
      slots,
      tables: [1, 2, 3],
      employers: [
        { id: 1, table: 1 },
        { id: 2, table: 2 },
        { id: 3, table: 3 },
      ],
      people: [
        { id: 1, choices: [1, 2, 3] },
        { id: 2, choices: [1, 3] },
        { id: 3, choices: [2] },
        { id: 4, choices: [1] },
      ],
    });
    expect(unmet).toEqual([]);
    expect(interviews).toHaveLength(7);
    expect(findClashes(interviews, slots.length)).toEqual([]);
  });

  it("finds clashes in a timetable changed by hand", () => {
    expect(
      findClashes(
        [
          { personId: 1, employerId: 1, table: 1, slot: 0 },
          { personId: 1, employerId: 2, table: 2, slot: 0 },
        ],
        3,
      ),
    ).toEqual(["同じ人が同じ時間に二つの面談に入っています。"]);
  });
});
