import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import { homeFor, type Viewer } from "~/auth/roles";
import { ReadingsProvider, Ruby, type Readings } from "~/components/ruby-text";
import { CITY_OFFICE, officeTel } from "~/utils/labels";
import { SITE_NAME } from "~/utils/seo";

// The header and footer of every page. With furigana on, a public page's header and footer
// carry readings too: the root loader reads those of SHELL_TEXTS, in one query, only then.

const NAV = [
  ["/jobs", "求人をさがす"],
  ["/saved", "保存した求人"],
  ["/events", "説明会・セミナー"],
  ["/magazine", "求人情報誌"],
  ["/for-employers", "事業主の方へ"],
] as const;

const TEXTS = {
  staffHome: "職員メニュー",
  employerHome: "事業主メニュー",
  login: "ログイン",
  logout: "ログアウト",
  contact: "お問い合わせ",
  // With its space: the page without readings keeps the one text it always had.
  phone: "電話 ",
  privacy: "このサイトは、見ている人の情報を集めません。前科・前歴について書く欄はありません。",
} as const;

/** The texts of the header and the footer that may carry readings. */
export const SHELL_TEXTS: readonly string[] = [
  SITE_NAME,
  ...NAV.map(([, label]) => label),
  ...Object.values(TEXTS),
  CITY_OFFICE.name,
  CITY_OFFICE.address,
  CITY_OFFICE.phone,
  CITY_OFFICE.hours,
];

/** Staff and employer pages are not public: no switch, no readings. */
export function isPublicPage(pathname: string): boolean {
  return !/^\/(staff|employer)(\/|$)/.test(pathname);
}

/**
 * The furigana switch on public pages: a plain form, so it works without JavaScript. It
 * posts to /furigana, which sets or clears the cookie and comes back to this same page.
 */
function FuriganaSwitch({ on }: { on: boolean }) {
  const location = useLocation();
  return (
    <Form method="post" action="/furigana" className="furigana-switch">
      <input type="hidden" name="furigana" value={on ? "0" : "1"} />
      <input type="hidden" name="back" value={`${location.pathname}${location.search}`} />
      <button type="submit" className="link-button">
        {on ? "ふりがなを けす" : "ふりがなを つける"}
      </button>
    </Form>
  );
}

function Header({ viewer, furigana }: { viewer: Viewer; furigana: boolean }) {
  const { pathname } = useLocation();
  return (
    <header className="site-header">
      <div className="wrap header-row">
        <Link to="/" className="site-name">
          <Ruby text={SITE_NAME} />
        </Link>
        {isPublicPage(pathname) ? <FuriganaSwitch on={furigana} /> : null}
        {viewer ? (
          <div className="account">
            <Link to={homeFor(viewer.role)} className="account-home">
              <Ruby text={viewer.role === "staff" ? TEXTS.staffHome : TEXTS.employerHome} />
            </Link>
            <Form method="post" action="/logout">
              <button type="submit" className="link-button">
                {TEXTS.logout}
              </button>
            </Form>
          </div>
        ) : null}
      </div>
      <nav aria-label="メインメニュー" className="wrap main-nav">
        <ul>
          {NAV.map(([to, label]) => (
            <li key={to}>
              <NavLink to={to}>
                <Ruby text={label} />
              </NavLink>
            </li>
          ))}
          {viewer ? null : (
            <li>
              <NavLink to="/login">{TEXTS.login}</NavLink>
            </li>
          )}
        </ul>
      </nav>
    </header>
  );
}

function Footer() {
  return (
    <footer className="site-footer">
      <div className="wrap">
        <p className="footer-title">
          <Ruby text={TEXTS.contact} />
        </p>
        <p>
          <Ruby text={CITY_OFFICE.name} />
          <br />
          <Ruby text={CITY_OFFICE.address} />
          <br />
          <Ruby text={TEXTS.phone} />
          <a href={officeTel()}>
            <Ruby text={CITY_OFFICE.phone} />
          </a>
          （<Ruby text={CITY_OFFICE.hours} />）
        </p>
        <p className="privacy-note">
          <Ruby text={TEXTS.privacy} />
        </p>
      </div>
    </footer>
  );
}

/** Header, page and footer; the page's own readings come from its route, not from here. */
export function SiteShell({
  viewer,
  furigana,
  readings,
  children,
}: {
  viewer: Viewer;
  furigana: boolean;
  readings: Readings | null | undefined;
  children: React.ReactNode;
}) {
  // Readings on public pages only: the staff's and employers' pages have no switch.
  const shown = isPublicPage(useLocation().pathname) ? readings : null;
  return (
    <>
      <ReadingsProvider readings={shown}>
        <Header viewer={viewer} furigana={furigana} />
      </ReadingsProvider>
      <main id="main" className="wrap">
        {children}
      </main>
      <ReadingsProvider readings={shown}>
        <Footer />
      </ReadingsProvider>
    </>
  );
}
