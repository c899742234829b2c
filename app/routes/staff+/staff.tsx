import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { countQueue } from "~/models/review.server";
import { countNewContactRequests } from "~/models/staff-contacts.server";
import { db } from "~/utils/db.server";
import staffStyles from "~/styles/staff.css?url";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: staffStyles }];

// The layout only draws the staff menu; each page below checks the staff role itself,
// because Remix runs the loaders of one request in parallel.
export async function loader(args: LoaderFunctionArgs) {
  await requireStaff(args);
  const [waiting, contacts] = await Promise.all([countQueue(db), countNewContactRequests(db)]);
  return { waiting, contacts };
}

const MENU: [to: string, label: string][] = [
  ["/staff/employers", "事業主"],
  ["/staff/jobs", "求人"],
  ["/staff/events", "説明会・セミナー"],
  ["/staff/magazine", "求人情報誌"],
  ["/staff/stats", "集計"],
  ["/staff/support", "支援の金額"],
  ["/staff/contacts", "連絡依頼"],
  ["/staff/users", "アカウント"],
  ["/staff/readings", "よみがな"],
  ["/staff/help", "相談先"],
  ["/staff/audit", "監査ログ"],
];

function Count({ n }: { n: number }) {
  return (
    <span className="count">
      {n}
      <span className="visually-hidden">件</span>
    </span>
  );
}

export default function StaffLayout() {
  const { waiting, contacts } = useLoaderData<typeof loader>();
  // The two things that wait for a person carry a count, so the menu says where to go next.
  const counts: Record<string, number> = { "/staff/contacts": contacts };
  return (
    <div className="staff">
      <nav aria-label="職員メニュー" className="staff-nav">
        <ul>
          <li>
            <NavLink to="/staff" end>
              審査待ち{waiting > 0 ? <Count n={waiting} /> : null}
            </NavLink>
          </li>
          {MENU.map(([to, label]) => (
            <li key={to}>
              <NavLink to={to}>
                {label}
                {counts[to] ? <Count n={counts[to]} /> : null}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
