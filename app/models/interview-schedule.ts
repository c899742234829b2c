// The interview timetable of a company fair, worked out without the database: the staff page
// and the benchmark feed it plain values and store what it returns.
//
// Rounds by rank: everyone's first choice is placed before anyone's second, and so on. Inside
// a round, people who have met fewer of their choices so far go first; ties are broken by a
// hash of the person's id and the round, so the same input always gives the same timetable
// but no one is always last because of their id.

export type SlotSettings = {
  /** Minutes after midnight (Asia/Tokyo) when the first interview starts. */
  startMinute: number;
  /** Minutes after midnight when the last interview must have ended. */
  endMinute: number;
  slotMinutes: number;
  breaks: Array<{ startMinute: number; endMinute: number }>;
};

export type Slot = { index: number; startMinute: number; endMinute: number };

export type ScheduleInput = {
  slots: Slot[];
  /** Table numbers, 1 and up. */
  tables: number[];
  /** An employer with a table keeps it all day; one without is given a free table per slot. */
  employers: Array<{ id: number; table: number | null }>;
  /** choices[0] is the first choice. */
  people: Array<{ id: number; choices: number[] }>;
};

export type Interview = { personId: number; employerId: number; table: number; slot: number };

export type ScheduleResult = {
  interviews: Interview[];
  /** Choices that found no slot, in rank order per person. */
  unmet: Array<{ personId: number; employerId: number; rank: number }>;
};

export function buildSlots(settings: SlotSettings): Slot[] {
  const slots: Slot[] = [];
  const { slotMinutes } = settings;
  if (!(slotMinutes > 0)) return slots;
  let start = settings.startMinute;
  while (start + slotMinutes <= settings.endMinute) {
    const end = start + slotMinutes;
    const inBreak = settings.breaks.find((b) => start < b.endMinute && b.startMinute < end);
    if (inBreak) {
      // The next slot starts when the break ends, not at the next multiple of the length.
      start = Math.max(inBreak.endMinute, start + 1);
      continue;
    }
    slots.push({ index: slots.length, startMinute: start, endMinute: end });
    start = end;
  }
  return slots;
}

/** FNV-1a over a few integers: cheap, stable across runs and platforms. */
export function mixHash(...values: number[]): number {
  let hash = 0x811c9dc5;
  for (const value of values) {
    let v = value | 0;
    for (let i = 0; i < 4; i += 1) {
      hash ^= v & 0xff;
      hash = Math.imul(hash, 0x01000193) >>> 0;
      v >>>= 8;
    }
  }
  return hash >>> 0;
}

type Grid = {
  slotCount: number;
  personBusy: Map<number, Array<Interview | null>>;
  employerBusy: Map<number, Array<Interview | null>>;
  /** tableBusy[slot] holds the tables in use. */
  tableBusy: Array<Set<number>>;
  fixedTable: Map<number, number | null>;
  lastTable: Map<number, number>;
  freeTables: number[];
};

function row(map: Map<number, Array<Interview | null>>, id: number, size: number) {
  let found = map.get(id);
  if (!found) {
    found = new Array<Interview | null>(size).fill(null);
    map.set(id, found);
  }
  return found;
}

function tableFor(grid: Grid, employerId: number, slot: number): number | null {
  const fixed = grid.fixedTable.get(employerId) ?? null;
  const busy = grid.tableBusy[slot];
  if (fixed !== null) return busy.has(fixed) ? null : fixed;
  const last = grid.lastTable.get(employerId);
  if (last !== undefined && !busy.has(last)) return last;
  for (const table of grid.freeTables) if (!busy.has(table)) return table;
  return null;
}

function place(grid: Grid, interview: Interview) {
  const { personId, employerId, slot, table } = interview;
  row(grid.personBusy, personId, grid.slotCount)[slot] = interview;
  row(grid.employerBusy, employerId, grid.slotCount)[slot] = interview;
  grid.tableBusy[slot].add(table);
  grid.lastTable.set(employerId, table);
}

function unplace(grid: Grid, interview: Interview) {
  row(grid.personBusy, interview.personId, grid.slotCount)[interview.slot] = null;
  row(grid.employerBusy, interview.employerId, grid.slotCount)[interview.slot] = null;
  grid.tableBusy[interview.slot].delete(interview.table);
}

function tryDirect(grid: Grid, personId: number, employerId: number): Interview | null {
  const personRow = row(grid.personBusy, personId, grid.slotCount);
  const employerRow = row(grid.employerBusy, employerId, grid.slotCount);
  for (let slot = 0; slot < grid.slotCount; slot += 1) {
    if (personRow[slot] || employerRow[slot]) continue;
    const table = tableFor(grid, employerId, slot);
    if (table === null) continue;
    return { personId, employerId, table, slot };
  }
  return null;
}

/**
 * When the employer's free slots are all taken by the person's other interviews, move one of
 * those to another slot that suits both its sides, and take the freed slot.
 */
function tryWithOneMove(grid: Grid, personId: number, employerId: number): Interview | null {
  const personRow = row(grid.personBusy, personId, grid.slotCount);
  const employerRow = row(grid.employerBusy, employerId, grid.slotCount);
  for (let slot = 0; slot < grid.slotCount; slot += 1) {
    const blocking = personRow[slot];
    if (!blocking || employerRow[slot]) continue;
    const otherRow = row(grid.employerBusy, blocking.employerId, grid.slotCount);
    for (let other = 0; other < grid.slotCount; other += 1) {
      if (other === slot || personRow[other] || otherRow[other]) continue;
      const movedTable = tableFor(grid, blocking.employerId, other);
      if (movedTable === null) continue;
      unplace(grid, blocking);
      const table = tableFor(grid, employerId, slot);
      if (table === null) {
        place(grid, blocking);
        continue;
      }
      place(grid, { ...blocking, slot: other, table: movedTable });
      return { personId, employerId, table, slot };
    }
  }
  return null;
}

/**
 * The other way round: where the person is free but the employer is taken by someone else,
 * move that someone's interview with the employer to a slot that suits them both.
 */
function tryMovingTheOther(grid: Grid, personId: number, employerId: number): Interview | null {
  const personRow = row(grid.personBusy, personId, grid.slotCount);
  const employerRow = row(grid.employerBusy, employerId, grid.slotCount);
  for (let slot = 0; slot < grid.slotCount; slot += 1) {
    const blocking = employerRow[slot];
    if (!blocking || personRow[slot]) continue;
    const otherRow = row(grid.personBusy, blocking.personId, grid.slotCount);
    for (let other = 0; other < grid.slotCount; other += 1) {
      if (other === slot || employerRow[other] || otherRow[other]) continue;
      const movedTable = tableFor(grid, employerId, other);
      if (movedTable === null) continue;
      unplace(grid, blocking);
      place(grid, { ...blocking, slot: other, table: movedTable });
      const table = tableFor(grid, employerId, slot);
      if (table !== null) return { personId, employerId, table, slot };
      unplace(grid, { ...blocking, slot: other, table: movedTable });
      place(grid, blocking);
    }
  }
  return null;
}

export function scheduleInterviews(input: ScheduleInput): ScheduleResult {
  const slotCount = input.slots.length;
  const known = new Set(input.employers.map((e) => e.id));
  const fixedTable = new Map(input.employers.map((e) => [e.id, e.table] as const));
  // Tables that belong to one employer all day; others may not borrow them.
  const reserved = new Set(input.employers.flatMap((e) => (e.table === null ? [] : [e.table])));
  const grid: Grid = {
    slotCount,
    personBusy: new Map(),
    employerBusy: new Map(),
    tableBusy: Array.from({ length: slotCount }, () => new Set<number>()),
    fixedTable,
    lastTable: new Map(),
    freeTables: input.tables.filter((t) => !reserved.has(t)).sort((a, b) => a - b),
  };

  // A choice listed twice, or of an employer not taking part, is dropped here.
  const people = input.people.map((p) => ({
    id: p.id,
    choices: p.choices.filter((c, i) => known.has(c) && p.choices.indexOf(c) === i),
  }));
  const met = new Map<number, number>(people.map((p) => [p.id, 0]));
  const unmet: ScheduleResult["unmet"] = [];
  const maxRank = Math.max(0, ...people.map((p) => p.choices.length));

  for (let rank = 0; rank < maxRank; rank += 1) {
    const round = people
      .filter((p) => p.choices.length > rank)
      .map((p) => ({ person: p, missed: rank - (met.get(p.id) ?? 0), tie: mixHash(p.id, rank) }))
      .sort((a, b) => b.missed - a.missed || a.tie - b.tie || a.person.id - b.person.id);
    for (const { person } of round) {
      const employerId = person.choices[rank];
      const interview =
        tryDirect(grid, person.id, employerId) ??
        tryWithOneMove(grid, person.id, employerId) ??
        tryMovingTheOther(grid, person.id, employerId);
      if (interview) {
        place(grid, interview);
        met.set(person.id, (met.get(person.id) ?? 0) + 1);
      } else {
        unmet.push({ personId: person.id, employerId, rank: rank + 1 });
      }
    }
  }

  const interviews: Interview[] = [];
  for (const slots of grid.personBusy.values()) {
    for (const interview of slots) if (interview) interviews.push(interview);
  }
  interviews.sort((a, b) => a.slot - b.slot || a.table - b.table);
  unmet.sort((a, b) => a.personId - b.personId || a.rank - b.rank);
  return { interviews, unmet };
}

/** What is wrong with a timetable, in plain words for staff; empty when nothing clashes. */
export function findClashes(interviews: Interview[], slotCount: number): string[] {
  const problems: string[] = [];
  const seen = new Map<string, Interview>();
  for (const interview of interviews) {
    if (interview.slot < 0 || interview.slot >= slotCount) {
      problems.push("時間の枠の外です。");
      continue;
    }
    const keys: Array<[string, string]> = [
      [`p${interview.personId}@${interview.slot}`, "同じ人が同じ時間に二つの面談に入っています。"],
      [`e${interview.employerId}@${interview.slot}`, "同じ事業主が同じ時間に二つの面談に入っています。"],
      [`t${interview.table}@${interview.slot}`, "同じテーブルが同じ時間に二つの面談に使われています。"],
      [`m${interview.personId}-${interview.employerId}`, "同じ人と同じ事業主の面談が二つあります。"],
    ];
    for (const [key, message] of keys) {
      if (seen.has(key)) problems.push(message);
      else seen.set(key, interview);
    }
  }
  return problems;
}
