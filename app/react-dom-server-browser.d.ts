// @types/react-dom types the web-streams renderer under "react-dom/server" only; the
// server entry imports it by its own path (docs/decisions/0009).
declare module "react-dom/server.browser" {
  export { renderToReadableStream } from "react-dom/server";
}
