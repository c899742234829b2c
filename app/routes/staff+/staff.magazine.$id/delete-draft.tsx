import { Form, Link } from "@remix-run/react";

// Deleting a draft takes two steps, both plain links and forms so that they work without
// JavaScript: a link opens the confirmation (?delete=1), and only its button deletes.
// A published issue has no such section: it is kept for good.
export function DeleteDraft({ number, confirming }: { number: number; confirming: boolean }) {
  return (
    <section aria-labelledby="mz-delete-title" className="mz-staff-delete" id="delete">
      <h2 id="mz-delete-title">下書きを消す</h2>
      {confirming ? (
        <div className="warning" role="alert">
          <p>
            第{number}号の下書きを、本当に消しますか。選んだ求人の並びも消えます。消した下書きはもとにもどせません（求人そのものは消えません）。
          </p>
          <div className="button-row">
            <Form method="post">
              <button type="submit" name="intent" value="delete" className="button danger">
                消す
              </button>
            </Form>
            <Link to="." className="button">
              やめる
            </Link>
          </div>
        </div>
      ) : (
        <p>
          まだ発行していないので、消すことができます。{" "}
          <Link to="?delete=1#delete" className="button danger">
            第{number}号の下書きを消す…
          </Link>
        </p>
      )}
    </section>
  );
}
