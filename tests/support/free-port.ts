import { execFileSync } from "node:child_process";
import net from "node:net";

// A TCP port nothing listens on right now, from the operating system (listen on port 0).

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

const PROBE = `const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})`;

/** The same, synchronously (for playwright.config.ts, which cannot await). */
export function freePortSync(): number {
  const port = Number(execFileSync(process.execPath, ["-e", PROBE], { encoding: "utf8" }));
  if (!Number.isInteger(port) || port <= 0) throw new Error(`no free port: ${port}`);
  return port;
}
