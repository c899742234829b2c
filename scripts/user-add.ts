// npm run user:add -- ROLE EMAIL [EMPLOYER_ID]
// The password is read from the prompt (hidden) or, when piped, from the first line of stdin.
import readline from "node:readline";
import { Writable } from "node:stream";
import { newPassword } from "../app/schemas/fields";
import { createUser, findUserByEmail } from "../app/models/users.server";
import { recordAudit } from "../app/models/audit.server";
import { openCliDatabase } from "./cli-db";

const [role, email, employerIdArg] = process.argv.slice(2);
if ((role !== "staff" && role !== "employer") || !email || (role === "employer" && !employerIdArg)) {
  console.error("使い方 / usage: npm run user:add -- staff EMAIL | npm run user:add -- employer EMAIL EMPLOYER_ID");
  process.exit(2);
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const rl = readline.createInterface({ input: process.stdin });
    for await (const line of rl) return line;
    return "";
  }
  // A prompt that does not echo what is typed.
  let muted = false;
  const output = new Writable({
    write(chunk, _enc, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question("パスワード / password: ", (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}

const password = await readPassword();
const checked = newPassword.safeParse(password);
if (!checked.success) {
  console.error(checked.error.issues[0]?.message ?? "invalid password");
  process.exit(2);
}
const { db } = await openCliDatabase();
try {
  if (await findUserByEmail(db, email)) {
    console.error(`already exists: ${email}`);
    process.exit(1);
  }
  const employerId = role === "employer" ? Number(employerIdArg) : null;
  const user = await createUser(db, { email, password: checked.data, role, employerId });
  await recordAudit(db, { id: null, email: "cli" }, "user.create", { type: "user", id: user.id }, { role, via: "cli" });
  console.log(`created ${role} ${user.email} (id ${user.id})`);
} finally {
  await db.destroy();
}
