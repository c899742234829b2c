// The interview times shown on a person's private page and on an employer's event page.

import { Ruby } from "~/components/ruby-text";

const PERSON = { title: "面談の時間", time: "時間", employer: "会社" } as const;

/** The person's table's heading and headers, for the readings of the page that shows it. */
export const PERSON_TIMES_TEXTS: readonly string[] = Object.values(PERSON);

export function PersonInterviewTimes({
  times,
}: {
  times: Array<{ id: number; time: string; table: number; employerName: string }> | null;
}) {
  return (
    <section aria-labelledby="interview-times">
      <h2 id="interview-times">
        <Ruby text={PERSON.title} />
      </h2>
      {times === null ? (
        <p>面談の時間は、決まったらここに出ます。</p>
      ) : times.length === 0 ? (
        <p>あなたの面談の予定は、入っていません。当日、会場の受付で相談してください。</p>
      ) : (
        <>
          <table className="interview-times">
            <thead>
              <tr>
                <th scope="col">
                  <Ruby text={PERSON.time} />
                </th>
                <th scope="col">テーブル</th>
                <th scope="col">
                  <Ruby text={PERSON.employer} />
                </th>
              </tr>
            </thead>
            <tbody>
              {times.map((t) => (
                <tr key={t.id}>
                  <td>{t.time}</td>
                  <td>{t.table}</td>
                  <td>{t.employerName}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>時間の5分前に、テーブルの近くで待っていてください。</p>
        </>
      )}
    </section>
  );
}

export function EmployerInterviewTimes({
  times,
}: {
  times: Array<{ id: number; time: string; table: number; nickname: string }> | null;
}) {
  return (
    <section aria-labelledby="employer-interviews">
      <h2 id="employer-interviews">面談の予定</h2>
      {times === null ? (
        <p>面談の予定は、市が面談表を公開すると、ここに出ます。</p>
      ) : times.length === 0 ? (
        <p>貴社との面談を希望した人はいません。</p>
      ) : (
        <>
          <p>お相手はニックネームでお知らせしています。</p>
          <table className="interview-times">
            <thead>
              <tr>
                <th scope="col">時間</th>
                <th scope="col">テーブル</th>
                <th scope="col">お相手</th>
              </tr>
            </thead>
            <tbody>
              {times.map((t) => (
                <tr key={t.id}>
                  <td>{t.time}</td>
                  <td>{t.table}</td>
                  <td>{t.nickname} さん</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
