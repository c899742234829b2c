// The entry of build/server.js, whatever starts it (`node build/server.js`, npm start,
// npm run demo). React and the libraries around it pick their production or development
// build by NODE_ENV when they are first imported, so it is settled here, before the server
// and the Remix build are loaded. (`npm run dev` and the unit tests never load this file.)
if (process.env.NODE_ENV !== "production") {
  if (process.env.NODE_ENV) {
    console.warn(`NODE_ENV=${process.env.NODE_ENV} を production にして起動します / starting with NODE_ENV=production`);
  }
  process.env.NODE_ENV = "production";
}

// A computed specifier, so the bundler leaves the server bundle as a separate file.
await import(new URL("./server-main.js", import.meta.url).href);
