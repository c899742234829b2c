import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { requireEmployerAccount } from "~/auth/guards.server";
import { findEmployer } from "~/models/employers.server";
import employerStyles from "~/styles/employer.css?url";
import { db } from "~/utils/db.server";
import { assertFound } from "~/utils/http";

export const links = () => [{ rel: "stylesheet", href: employerStyles }];

// The frame of every employer page. It only draws the menu: each page below checks the
// account itself, because Remix runs this loader and the page's loader side by side.
export async function loader(args: LoaderFunctionArgs) {
  const user = await requireEmployerAccount(args);
  const employer = assertFound(await findEmployer(db, user.employerId));
  return { name: employer.name, approved: employer.status === "approved" };
}

export default function EmployerLayout() {
  const { name, approved } = useLoaderData<typeof loader>();
  const items: Array<[string, string, boolean?]> = approved
    ? [
        ["/employer", "ダッシュボード", true],
        ["/employer/jobs/new", "求人をつくる"],
        ["/employer/profile", "会社の情報"],
        ["/employer/events", "セミナー・見学会"],
        ["/employer/hires", "採用の報告"],
      ]
    : [
        ["/employer", "ダッシュボード", true],
        ["/employer/profile", "会社の情報"],
      ];
  return (
    <div className="employer-area">
      <nav aria-label="事業主メニュー" className="employer-nav">
        <p className="employer-name">{name}</p>
        <ul>
          {items.map(([to, label, end]) => (
            <li key={to}>
              <NavLink to={to} end={end}>
                {label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
