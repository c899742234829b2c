import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { useNonce } from "~/components/nonce";
import { OfficePhone } from "~/components/office-phone";
import { getUser } from "~/auth/guards.server";
import { homeFor, type Viewer } from "~/auth/roles";
import { furiganaOn } from "~/utils/furigana";
import { CITY_OFFICE, officeTel } from "~/utils/labels";
import { publicOrigin } from "~/utils/origin.server";
import { isNoindexPath } from "~/utils/robots";
import { pageMeta, SITE_DESCRIPTION, SITE_NAME } from "~/utils/seo";
import { appStylesheets } from "~/styles/stylesheets";
import printStyles from "~/styles/print.css?url";

export const links: LinksFunction = () => [
  ...appStylesheets,
  { rel: "stylesheet", href: printStyles, media: "print" },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
  // Feed readers find the new-jobs feed from any page.
  { rel: "alternate", type: "application/atom+xml", href: "/feed.xml", title: "新しい求人（熊本市 協力雇用主 求人サイト）" },
];

export const meta: MetaFunction<typeof loader> = (args) =>
  pageMeta(args, { title: SITE_NAME, description: SITE_DESCRIPTION });

export async function loader(args: LoaderFunctionArgs) {
  const user = await getUser(args);
  const viewer: Viewer = user ? { email: user.email, role: user.role, displayName: user.displayName } : null;
  return { viewer, furigana: furiganaOn(args.request), origin: publicOrigin() };
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

function isPublicPage(pathname: string): boolean {
  return !/^\/(staff|employer)(\/|$)/.test(pathname);
}

function Header({ viewer, furigana }: { viewer: Viewer; furigana: boolean }) {
  const { pathname } = useLocation();
  return (
    <header className="site-header">
      <div className="wrap header-row">
        <Link to="/" className="site-name">
          {SITE_NAME}
        </Link>
        {isPublicPage(pathname) ? <FuriganaSwitch on={furigana} /> : null}
        {viewer ? (
          <div className="account">
            <Link to={homeFor(viewer.role)} className="account-home">
              {viewer.role === "staff" ? "職員メニュー" : "事業主メニュー"}
            </Link>
            <Form method="post" action="/logout">
              <button type="submit" className="link-button">
                ログアウト
              </button>
            </Form>
          </div>
        ) : null}
      </div>
      <nav aria-label="メインメニュー" className="wrap main-nav">
        <ul>
          <li>
            <NavLink to="/jobs">求人をさがす</NavLink>
          </li>
          <li>
            <NavLink to="/saved">保存した求人</NavLink>
          </li>
          <li>
            <NavLink to="/events">説明会・セミナー</NavLink>
          </li>
          <li>
            <NavLink to="/magazine">求人情報誌</NavLink>
          </li>
          <li>
            <NavLink to="/for-employers">事業主の方へ</NavLink>
          </li>
          {viewer ? null : (
            <li>
              <NavLink to="/login">ログイン</NavLink>
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
        <p className="footer-title">お問い合わせ</p>
        <p>
          {CITY_OFFICE.name}
          <br />
          {CITY_OFFICE.address}
          <br />
          電話 <a href={officeTel()}>{CITY_OFFICE.phone}</a>（{CITY_OFFICE.hours}）
        </p>
        <p className="privacy-note">
          このサイトは、見ている人の情報を集めません。前科・前歴について書く欄はありません。
        </p>
      </div>
    </footer>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const data = useRouteLoaderData<typeof loader>("root");
  const noindex = isNoindexPath(useLocation().pathname);
  return (
    <html lang="ja">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        {noindex ? <meta name="robots" content="noindex" /> : null}
        <Links />
      </head>
      <body>
        <a href="#main" className="skip-link">
          本文へ移動
        </a>
        <Header viewer={data?.viewer ?? null} furigana={data?.furigana ?? false} />
        <main id="main" className="wrap">
          {children}
        </main>
        <Footer />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error)) {
    const message =
      typeof error.data === "object" && error.data && "message" in error.data
        ? String((error.data as { message: unknown }).message)
        : null;
    const titles: Record<number, string> = {
      403: "このページは表示できません",
      404: "ページが見つかりません",
      410: "募集は終了しました",
      429: "しばらく待ってから、もう一度お試しください",
    };
    return (
      <section className="error-page">
        <h1>{titles[error.status] ?? "エラーが起きました"}</h1>
        {message ? <p>{message}</p> : null}
        {error.status === 410 || error.status === 429 ? <OfficePhone /> : null}
        <p>
          <Link to="/">トップページへ戻る</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="error-page">
      <h1>エラーが起きました</h1>
      <p>申し訳ありません。時間をおいて、もう一度お試しください。</p>
      <p>
        <Link to="/">トップページへ戻る</Link>
      </p>
    </section>
  );
}
