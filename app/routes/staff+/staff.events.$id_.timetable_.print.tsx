import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { ReadingsProvider, Ruby } from "~/components/ruby-text";
import { pageReadings } from "~/models/page-readings.server";
import { findFairForTimetable, findTimetable } from "~/models/timetable.server";
import { listTimetableInterviews } from "~/models/timetable-people.server";
import { slotText } from "~/models/timetable-text";
import { formatDate } from "~/utils/dates";
import { db } from "~/utils/db.server";
import { assertFound, notFound } from "~/utils/http";
import printStyles from "~/styles/print-timetable.css?url";

export const links = () => [{ rel: "stylesheet", href: printStyles }];
export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `面談表（印刷用）${data?.event.title ?? ""}` },
];

// A4 timetables for the fair day: the whole grid for staff (for=all), one sheet per table
// for the employers there (for=tables), one per person to hand over at the door
// (for=people). Every text carries its reading, as all paper does (decisions/0014), except
// nicknames: they are not stored for readings, and people choose them in kana anyway.

const WORDS = {
  table: "テーブル",
  time: "時間",
  company: "会社",
  person: "お相手",
  yours: "あなたの面談の時間",
  note: "時間の5分前に、テーブルの近くで待っていてください。わからないときは、受付の職員に聞いてください。",
  tableNote:
    "お相手はニックネームです。来ていない人がいたら、受付の職員に知らせてください。",
  place: "場所",
  none: "面談はありません。",
} as const;

type For = "all" | "tables" | "people";

export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const id = Number(args.params.id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const which = new URL(args.request.url).searchParams.get("for") ?? "all";
  if (which !== "all" && which !== "tables" && which !== "people") notFound();
  const event = assertFound(await findFairForTimetable(db, id));
  const timetable = assertFound(await findTimetable(db, id));
  if (!timetable.builtAt) notFound("面談表がまだできていません");
  const interviews = await listTimetableInterviews(db, id);
  const readings = await pageReadings(db, [
    event.title,
    event.venue,
    ...interviews.map((i) => i.employer_name),
    ...Object.values(WORDS),
  ]);
  return { event, timetable, interviews, readings, which: which as For };
}

function Head({
  title,
  date,
  venue,
}: {
  title: string;
  date: string;
  venue: string;
}) {
  return (
    <p className="tt-event">
      <Ruby text={title} />　{date}　<Ruby text={WORDS.place} />:{" "}
      <Ruby text={venue} />
    </p>
  );
}

export default function TimetablePrint() {
  const { event, timetable, interviews, readings, which } =
    useLoaderData<typeof loader>();
  const date = formatDate(event.starts_at);
  const head = <Head title={event.title} date={date} venue={event.venue} />;
  const tables = Array.from({ length: timetable.tables }, (_, i) => i + 1);
  const people = new Map<number, typeof interviews>();
  for (const i of interviews) {
    if (i.registration_id === null) continue;
    people.set(i.registration_id, [
      ...(people.get(i.registration_id) ?? []),
      i,
    ]);
  }
  return (
    <ReadingsProvider readings={readings}>
      <div className="tt-print">
        <p className="no-print">
          <Link to={`/staff/events/${event.id}/timetable`}>面談表へ戻る</Link>
          ・印刷はブラウザの「印刷」から（A4）
        </p>
        {which === "all" ? (
          <section className="tt-sheet tt-landscape" aria-label="全体の面談表">
            <h1>面談表（全体）</h1>
            {head}
            <table className="tt-grid">
              <thead>
                <tr>
                  <th scope="col">
                    <Ruby text={WORDS.time} />
                  </th>
                  {tables.map((t) => (
                    <th scope="col" key={t}>
                      <Ruby text={WORDS.table} /> {t}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {timetable.slots.map((slot) => (
                  <tr key={slot.index}>
                    <th scope="row">{slotText(slot)}</th>
                    {tables.map((t) => {
                      const i = interviews.find(
                        (x) => x.slot === slot.index && x.table_no === t
                      );
                      return (
                        <td key={t}>
                          {i ? (
                            <>
                              <Ruby text={i.employer_name} />
                              <br />
                              {i.nickname ?? ""} さん
                            </>
                          ) : null}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null}
        {which === "tables"
          ? tables.map((t) => {
              const here = interviews.filter((i) => i.table_no === t);
              return (
                <section
                  className="tt-sheet"
                  key={t}
                  aria-label={`テーブル ${t}`}
                >
                  <h1>
                    <Ruby text={WORDS.table} /> {t}
                  </h1>
                  {head}
                  <p>
                    <Ruby text={WORDS.tableNote} />
                  </p>
                  {here.length === 0 ? (
                    <p>
                      <Ruby text={WORDS.none} />
                    </p>
                  ) : (
                    <table className="tt-list">
                      <thead>
                        <tr>
                          <th scope="col">
                            <Ruby text={WORDS.time} />
                          </th>
                          <th scope="col">
                            <Ruby text={WORDS.company} />
                          </th>
                          <th scope="col">
                            <Ruby text={WORDS.person} />
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {here.map((i) => (
                          <tr key={i.id}>
                            <td>{slotText(timetable.slots[i.slot])}</td>
                            <td>
                              <Ruby text={i.employer_name} />
                            </td>
                            <td>{i.nickname ?? ""} さん</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </section>
              );
            })
          : null}
        {which === "people"
          ? [...people.values()].map((list) => (
              <section
                className="tt-sheet"
                key={list[0].registration_id}
                aria-label={`${list[0].nickname} さん`}
              >
                <h1>{list[0].nickname} さん</h1>
                {head}
                <h2>
                  <Ruby text={WORDS.yours} />
                </h2>
                <table className="tt-list tt-big">
                  <thead>
                    <tr>
                      <th scope="col">
                        <Ruby text={WORDS.time} />
                      </th>
                      <th scope="col">
                        <Ruby text={WORDS.table} />
                      </th>
                      <th scope="col">
                        <Ruby text={WORDS.company} />
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((i) => (
                      <tr key={i.id}>
                        <td>{slotText(timetable.slots[i.slot])}</td>
                        <td>{i.table_no}</td>
                        <td>
                          <Ruby text={i.employer_name} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <p>
                  <Ruby text={WORDS.note} />
                </p>
              </section>
            ))
          : null}
      </div>
    </ReadingsProvider>
  );
}
