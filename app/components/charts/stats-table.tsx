import type { CsvCell } from "~/utils/csv";
import { formatNumber } from "./scale";

/** A table of figures as the page shows it and as its CSV file holds it. */
export type TableData = {
  name: string;
  title: string;
  headers: string[];
  rows: CsvCell[][];
  /** Rows after the body (totals), shown in a <tfoot>. */
  footer?: CsvCell[][];
};

function cell(value: CsvCell) {
  if (typeof value === "number") return formatNumber(value);
  if (value === null || value === undefined) return "—";
  return value;
}

export function StatsTable({ table, csvHref }: { table: TableData; csvHref?: string }) {
  return (
    <div className="stats-table">
      {/* Focusable so that a keyboard can scroll a wide table on a narrow screen. */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={table.title}>
        <table>
          <caption>{table.title}</caption>
          <thead>
            <tr>
              {table.headers.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i}>
                {row.map((value, k) =>
                  k === 0 ? (
                    <th key={k} scope="row">
                      {cell(value)}
                    </th>
                  ) : (
                    <td key={k} className={typeof value === "number" || value === null ? "num" : undefined}>
                      {cell(value)}
                    </td>
                  ),
                )}
              </tr>
            ))}
            {table.rows.length === 0 ? (
              <tr>
                <td colSpan={table.headers.length}>記録はありません。</td>
              </tr>
            ) : null}
          </tbody>
          {table.footer?.length ? (
            <tfoot>
              {table.footer.map((row, i) => (
                <tr key={i}>
                  {row.map((value, k) =>
                    k === 0 ? (
                      <th key={k} scope="row">
                        {cell(value)}
                      </th>
                    ) : (
                      <td key={k} className="num">
                        {cell(value)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tfoot>
          ) : null}
        </table>
      </div>
      {csvHref ? (
        <p className="csv-link no-print">
          <a href={csvHref} download>
            「{table.title}」をCSVでダウンロード
          </a>
        </p>
      ) : null}
    </div>
  );
}
