import { Form } from "@remix-run/react";
import type { IssueItem } from "~/models/magazine.server";
import { ORDER_MODES, type OrderMode } from "~/schemas/magazine";
import { INDUSTRIES, WARDS } from "~/utils/labels";
import { formatPay } from "~/utils/money";

/** The chosen postings in print order, with the order controls (a draft only). */
export function ItemsList({ items, mode, editable }: { items: IssueItem[]; mode: OrderMode; editable: boolean }) {
  return (
    <section aria-labelledby="mz-items-title">
      <h2 id="mz-items-title">のせる求人（{items.length}件）</h2>
      {editable ? (
        <Form method="post" className="filters" aria-label="並べ方を変える">
          <input type="hidden" name="intent" value="order" />
          <div>
            <label htmlFor="mz-mode">並べ方</label>
            <select id="mz-mode" name="mode" defaultValue={mode}>
              {Object.entries(ORDER_MODES).map(([key, label]) => (
                <option key={key} value={key}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            この並べ方にする
          </button>
        </Form>
      ) : null}
      {items.length === 0 ? (
        <p>まだ選んでいません。下の「のせる求人を選ぶ」から加えてください。</p>
      ) : (
        <ol className="mz-items">
          {items.map((item, index) => (
            <li key={item.itemId}>
              <span className="mz-items-text">
                <strong>{item.job.title}</strong>　{item.job.employer.name}
                <br />
                {INDUSTRIES[item.job.industry]}・{WARDS[item.job.ward]}・{formatPay(item.job.payUnit, item.job.payMin, item.job.payMax)}
                {editable && !item.open ? <strong className="mz-ended">　募集が終わっています。外してください</strong> : null}
              </span>
              {editable ? (
                <span className="mz-items-buttons">
                  <Form method="post">
                    <input type="hidden" name="intent" value="move" />
                    <input type="hidden" name="itemId" value={item.itemId} />
                    <button type="submit" name="direction" value="up" className="button" disabled={index === 0}>
                      上へ<span className="visually-hidden">（{item.job.title}）</span>
                    </button>
                    <button type="submit" name="direction" value="down" className="button" disabled={index === items.length - 1}>
                      下へ<span className="visually-hidden">（{item.job.title}）</span>
                    </button>
                  </Form>
                  <Form method="post">
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="itemId" value={item.itemId} />
                    <button type="submit" className="button danger">
                      外す<span className="visually-hidden">（{item.job.title}）</span>
                    </button>
                  </Form>
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
