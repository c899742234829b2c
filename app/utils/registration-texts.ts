// What the event and registration pages say when a person cannot register as usual.

export const OPENNESS_TEXT = {
  not_taken: "この催しは、このサイトでの申し込みを受け付けていません。",
  open: "",
  waiting: "定員に達しました。いまはキャンセル待ちで受け付けています。席があくと、順番に繰り上がります。",
  full: "定員に達したため、申し込みを締め切りました。",
  deadline_passed: "申し込みの締め切りを過ぎました。",
  closed: "この催しの申し込みは受け付けていません。",
} as const;
