import { useEffect, useState } from "react";
import { Ruby } from "~/components/ruby-text";

// Sending a posting or an event to someone: the phone's own share sheet where the browser has
// one, plain links to LINE and X, and the address to copy. Only links: nothing from LINE or X
// loads with the page, and no request leaves this site until the person taps one of them.
// Without JavaScript the links and the address still work; the two buttons need it, so they
// appear only once the page runs in a browser that can do what they do.

type Props = {
  /** The page's own address, from PUBLIC_ORIGIN. */
  url: string;
  /** What the message says before the address. */
  text: string;
  /** 「この求人」「この説明会」 */
  what: string;
};

const TELL = "を人に知らせる";

/** The box's heading and label, for the readings of the page that shows it. */
export function shareTexts(what: string): string[] {
  return [what, TELL];
}

export function lineShareUrl(url: string, text: string): string {
  return `https://line.me/R/share?text=${encodeURIComponent(`${text}\n${url}`)}`;
}

export function xShareUrl(url: string, text: string): string {
  return `https://x.com/intent/tweet?text=${encodeURIComponent(text)}&url=${encodeURIComponent(url)}`;
}

export function ShareLinks({ url, text, what }: Props) {
  const [canShare, setCanShare] = useState(false);
  const [canCopy, setCanCopy] = useState(false);
  const [said, setSaid] = useState("");
  useEffect(() => {
    setCanShare(typeof navigator.share === "function");
    setCanCopy(typeof navigator.clipboard?.writeText === "function");
  }, []);

  async function share() {
    try {
      await navigator.share({ title: text, text, url });
    } catch {
      // The person closed the share sheet: nothing to say.
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setSaid("リンクをコピーしました。");
    } catch {
      setSaid("コピーできませんでした。下のリンクを長押しして、コピーしてください。");
    }
  }

  const fieldId = `share-url-${what.length}`;
  return (
    <section className="share-box no-print" aria-labelledby="share-title">
      <h2 id="share-title">
        <Ruby text={what} />
        <Ruby text={TELL} />
      </h2>
      <ul className="share-links">
        {canShare ? (
          <li>
            <button type="button" className="button" onClick={share}>
              送る（スマートフォンの共有）
            </button>
          </li>
        ) : null}
        <li>
          <a className="button" href={lineShareUrl(url, text)} rel="noopener noreferrer nofollow" referrerPolicy="no-referrer">
            LINE で送る
          </a>
        </li>
        <li>
          <a className="button" href={xShareUrl(url, text)} rel="noopener noreferrer nofollow" referrerPolicy="no-referrer">
            X（旧ツイッター）に書く
          </a>
        </li>
        {canCopy ? (
          <li>
            <button type="button" className="button" onClick={copy}>
              リンクをコピー
            </button>
          </li>
        ) : null}
      </ul>
      <p className="share-url">
        <label htmlFor={fieldId}>
          <Ruby text={what} />
          のリンク
        </label>
        <input id={fieldId} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      </p>
      <p role="status" className="share-said">
        {said}
      </p>
      <p className="hint">LINE や X のボタンを押すまで、ほかのサイトには何も送りません。</p>
    </section>
  );
}
