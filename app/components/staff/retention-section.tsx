import { Link } from "@remix-run/react";
import { BarChart } from "~/components/charts/bar-chart";
import { StatsTable, type TableData } from "~/components/charts/stats-table";
import { formatDate } from "~/utils/dates";
import { fiscalYearLabel, monthLabel } from "~/utils/fiscal";

type Cell = { monthsAfter: number; hired: number; due: number; answered: number; working: number };
type Overdue = { id: number; months_after: number; due_on: string; month: string; hires: number; employer_id: number; employer_name: string };
type Help = { id: number; months_after: number; answered_at: string | null; trouble: number | null; wants_help: number | null; month: string; employer_id: number; employer_name: string };

/** Retention after a hire on /staff/stats, with the checks that wait too long and the calls for help. */
export function RetentionSection({
  fiscalYear,
  cells,
  table,
  csvHref,
  overdue,
  help,
}: {
  fiscalYear: number;
  cells: Cell[] | null;
  table: TableData;
  csvHref: string;
  overdue: Overdue[];
  help: Help[];
}) {
  return (
    <section className="stats-section" aria-labelledby="retention-heading">
      <h2 id="retention-heading">採用したあとの定着</h2>
      <p className="hint">
        事業主が答えた「まだ働いていますか」の確認から数えます。採用から決まった月数がまだたっていない人は「まだ分からない」に入ります。定着率は、答えのあった人のうち、まだ働いている人の割合です。
      </p>
      <div className="chart-pair">
        <BarChart
          title={`採用したあとの定着（${fiscalYearLabel(fiscalYear)}に採用した人）`}
          categories={["1か月", "3か月", "6か月", "12か月"]}
          series={[
            { label: "答えのあった人", values: (cells ?? []).map((c) => (c.due ? c.answered : null)) },
            { label: "まだ働いている人", values: (cells ?? []).map((c) => (c.due ? c.working : null)) },
          ]}
          unit="人"
        />
        <StatsTable table={table} csvHref={csvHref} />
      </div>
      <h3>答えが2週間以上遅れている確認</h3>
      {overdue.length ? (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">事業主</th>
                <th scope="col">採用した月</th>
                <th scope="col">人数</th>
                <th scope="col">確認</th>
                <th scope="col">答える日</th>
              </tr>
            </thead>
            <tbody>
              {overdue.map((o) => (
                <tr key={o.id}>
                  <td>
                    <Link to={`/staff/employers/${o.employer_id}`}>{o.employer_name}</Link>
                  </td>
                  <td>{monthLabel(o.month)}</td>
                  <td className="number">{o.hires}人</td>
                  <td>{o.months_after}か月</td>
                  <td>{formatDate(o.due_on)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>ありません。</p>
      )}
      <h3>困りごと・市の手助けを求める答え</h3>
      {help.length ? (
        <ul>
          {help.map((h) => (
            <li key={h.id}>
              <Link to={`/staff/employers/${h.employer_id}`}>{h.employer_name}</Link>（{monthLabel(h.month)}採用・{h.months_after}か月）
              {h.wants_help ? "：市の手助けを求めています" : ""}
              {h.trouble ? "：困っていることがあります" : ""}
              {h.answered_at ? `（${formatDate(h.answered_at)}）` : ""}
            </li>
          ))}
        </ul>
      ) : (
        <p>ありません。</p>
      )}
    </section>
  );
}
