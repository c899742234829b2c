import { sql, type RawBuilder } from "kysely";

// An event's attendance and interview figures. When the fair-day check-in was used (any
// check-in recorded for the event), the figures are counted from those records and the
// totals typed on /staff/stats/attendance are not used; otherwise the typed totals are.
// Each function takes the SQL name of the events row (a table name or alias) and gives an
// expression to select under the usual column name.
//
// - seekers: people marked 来た (arrived);
// - employers: employers with at least one interview marked held;
// - interviews: interviews marked held.

function hasRecords(events: string): RawBuilder<number> {
  return sql<number>`exists (select 1 from event_checkins c where c.event_id = ${sql.ref(`${events}.id`)})`;
}

export function seekersFigure(events: string) {
  return sql<number | null>`case when ${hasRecords(events)}
    then (select count(*) from event_checkins c where c.event_id = ${sql.ref(`${events}.id`)} and c.state = 'arrived')
    else ${sql.ref(`${events}.attendance_seekers`)} end`;
}

export function employersFigure(events: string) {
  return sql<number | null>`case when ${hasRecords(events)}
    then (select count(distinct i.employer_id) from interviews i where i.event_id = ${sql.ref(`${events}.id`)} and i.held = 1)
    else ${sql.ref(`${events}.attendance_employers`)} end`;
}

export function interviewsFigure(events: string) {
  return sql<number | null>`case when ${hasRecords(events)}
    then (select count(*) from interviews i where i.event_id = ${sql.ref(`${events}.id`)} and i.held = 1)
    else ${sql.ref(`${events}.interviews_held`)} end`;
}

/** 1 when the figures come from the check-in records, 0 when from typed totals. */
export function figuresRecorded(events: string) {
  return sql<number>`${hasRecords(events)}`;
}
