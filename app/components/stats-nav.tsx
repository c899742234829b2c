import { NavLink } from "@remix-run/react";

/** The pages of progress management, one menu for all of them. */
export function StatsNav() {
  return (
    <nav aria-label="進捗管理のメニュー" className="stats-nav">
      <ul>
        <li>
          <NavLink to="/staff/stats" end>
            集計
          </NavLink>
        </li>
        <li>
          <NavLink to="/staff/stats/attendance">説明会の参加者を入力</NavLink>
        </li>
        <li>
          <NavLink to="/staff/stats/distribution">情報誌の配布</NavLink>
        </li>
        <li>
          <NavLink to="/staff/stats/outcome">成果指標（再犯者数）</NavLink>
        </li>
        <li>
          <NavLink to="/staff/surveys">アンケート</NavLink>
        </li>
      </ul>
    </nav>
  );
}
