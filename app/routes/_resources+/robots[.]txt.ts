// /robots.txt: the public pages may be listed; the staff and employer areas, the account
// pages and the private survey links may not. (Those pages also say noindex themselves.)
const ROBOTS = `User-agent: *
Disallow: /staff
Disallow: /employer$
Disallow: /employer/
Disallow: /login
Disallow: /logout
Disallow: /signup
Disallow: /password/
Disallow: /registrations/
Disallow: /alerts/
Disallow: /surveys/
Allow: /
`;

export function loader() {
  return new Response(ROBOTS, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
