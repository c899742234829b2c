import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { useNonce } from "~/components/nonce";
import { isPublicPage, SHELL_TEXTS, SiteShell } from "~/components/site-shell";
import { pageReadings } from "~/models/page-readings.server";
import { db } from "~/utils/db.server";
import { OfficePhone } from "~/components/office-phone";
import { getUser } from "~/auth/guards.server";
import type { Viewer } from "~/auth/roles";
import { furiganaOn } from "~/utils/furigana";
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
  const furigana = furiganaOn(args.request);
  // The header's and the footer's own readings, only with furigana on. They do not depend on
  // the page: the root loader does not run again when the app moves between areas, and the
  // shell shows them on public pages only.
  const readings = furigana ? await pageReadings(db, SHELL_TEXTS) : null;
  return { viewer, furigana, origin: publicOrigin(), readings };
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
        <SiteShell viewer={data?.viewer ?? null} furigana={data?.furigana ?? false} readings={data?.readings}>
          {children}
        </SiteShell>
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
