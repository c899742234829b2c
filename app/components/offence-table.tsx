import type { OffenceCategory } from "../../db/types";
import type { JobView } from "~/components/job-view";
import { Ruby } from "~/components/ruby-text";
import { ACCEPTANCES, OFFENCE_CATEGORIES, keysOf } from "~/utils/labels";

// What a posting says about each offence category (可・要相談・不可), as a table.

export const OFFENCE_LIST = keysOf(OFFENCE_CATEGORIES) as OffenceCategory[];

const TABLE = { caption: "罪名ごとの受け入れ（可・要相談・不可）", offence: "罪名", acceptance: "受け入れ" } as const;

/** The offence table's caption, headers and cells, for the readings of the page that shows it. */
export const OFFENCE_TABLE_TEXTS: readonly string[] = [
  ...Object.values(TABLE),
  ...Object.values(OFFENCE_CATEGORIES),
  ...Object.values(ACCEPTANCES),
];

export function OffenceTable({ offences }: { offences: JobView["offences"] }) {
  return (
    <table className="offence-table">
      <caption>
        <Ruby text={TABLE.caption} />
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <Ruby text={TABLE.offence} />
          </th>
          <th scope="col">
            <Ruby text={TABLE.acceptance} />
          </th>
        </tr>
      </thead>
      <tbody>
        {OFFENCE_LIST.map((category) => {
          const acceptance = offences[category] ?? "ok";
          return (
            <tr key={category} className={`acceptance-${acceptance}`}>
              <th scope="row">
                <Ruby text={OFFENCE_CATEGORIES[category]} />
              </th>
              <td>
                <Ruby text={ACCEPTANCES[acceptance]} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
