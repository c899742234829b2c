// Words of job ads that readers of this site often cannot read, each with a plain way to say
// the same thing. The posting form shows them as advice while an employer writes (never a
// block). Staff add more at /staff/readings by marking a word 「むずかしいことば」 with a plain
// alternative; both lists are shown. Plain data, so anyone can read and change it.

export const PLAIN_WORDS: Array<{ word: string; plain: string }> = [
  { word: "尚可", plain: "あれば、なおよい" },
  { word: "要普免", plain: "普通自動車の運転免許がいります" },
  { word: "普免", plain: "普通自動車の運転免許" },
  { word: "応相談", plain: "相談して決めます" },
  { word: "経験者優遇", plain: "経験がある人は、給料などを多くします" },
  { word: "即日勤務可", plain: "決まった日から、すぐに働けます" },
  { word: "寸志", plain: "少しのボーナス" },
  { word: "賞与", plain: "ボーナス" },
  { word: "日払い可", plain: "その日の分を、その日に払えます" },
  { word: "要相談", plain: "相談して決めます" },
  { word: "不問", plain: "問いません（なくても大丈夫です）" },
  { word: "貸与", plain: "貸します" },
];
