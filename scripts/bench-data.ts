import type SQLite from "better-sqlite3";

// Realistic, made-up postings for the benchmark: the titles, towns and sentences a Kumamoto
// job board holds, combined at random (seeded, so every run builds the same data).

const WARD_TOWNS: Record<string, string[]> = {
  chuo: ["水前寺", "大江", "九品寺", "新町", "黒髪", "帯山", "神水"],
  higashi: ["健軍", "戸島町", "画図町", "長嶺", "東町", "江津", "月出"],
  nishi: ["春日", "上熊本", "花園", "島崎", "小島", "河内町"],
  minami: ["平成", "田迎", "城南町", "富合町", "近見", "川尻"],
  kita: ["植木町", "清水", "龍田", "武蔵ヶ丘", "楠", "飛田"],
};
const WARDS = Object.keys(WARD_TOWNS);

const INDUSTRY_JOBS: Record<string, string[]> = {
  construction: ["型枠大工", "鉄筋工", "土木作業員", "解体作業員", "足場とび", "塗装工", "左官見習い"],
  care: ["介護スタッフ", "介護職員（夜勤あり）", "訪問介護ヘルパー", "送迎ドライバー兼介護補助", "生活支援員"],
  manufacturing: ["溶接工", "機械オペレーター", "食品工場の製造スタッフ", "検品・梱包", "板金加工", "組立作業"],
  food: ["調理補助", "弁当の盛り付け", "ラーメン店のキッチン", "洗い場スタッフ", "パン工場の製造"],
  transport: ["フォークリフト作業", "倉庫の仕分け", "配送ドライバー（2t）", "引越し作業員", "ピッキング"],
  cleaning: ["ビル清掃", "病院の清掃", "ハウスクリーニング", "ホテルの客室清掃", "廃棄物の収集"],
  agriculture: ["農作業スタッフ", "トマトの収穫", "いちごのハウス作業", "畜産の手伝い", "植木の手入れ"],
  retail: ["スーパーの品出し", "ガソリンスタンド", "リサイクルショップの店員", "ホームセンターの資材係"],
  other: ["警備員", "駐車場の管理", "イベント設営", "コールセンター", "看板の取り付け"],
};
const INDUSTRIES = Object.keys(INDUSTRY_JOBS);

const SENTENCES = [
  "先輩が付いて一から教えるので、未経験の方も安心です。",
  "道具や作業服は会社で用意します。",
  "朝礼のあと、班に分かれて現場に向かいます。",
  "重い物を持つこともありますが、機械も使います。",
  "寮があり、すぐに住むことができます。",
  "昼食は会社で用意します（まかないあり）。",
  "フォークリフトの免許を取る費用は会社が出します。",
  "介護職員初任者研修の受講を支援します。",
  "長く働ける人を待っています。",
  "週に3日からでも相談できます。",
  "市内の現場が中心で、遠くへの出張はありません。",
  "保護観察中の方も応募できます。",
  "分からないことは何度でも聞いてください。",
  "社長も現場に出ています。",
  "休みの相談はしやすい職場です。",
  "溶接の資格がある方は給料を上げます。",
  "運転免許があれば、送迎もお願いします。",
];

/** The searches every benchmark times: what seekers type and pick, cheap and costly. */
export const SEARCHES: Array<[string, string]> = [
  ["すべて（条件なし）", "/jobs"],
  ["1文字「寮」", "/jobs?q=寮"],
  ["2文字「介護」", "/jobs?q=介護"],
  ["2文字「東区」", "/jobs?q=東区"],
  ["3文字以上「フォークリフト」", "/jobs?q=フォークリフト"],
  ["区＋寮＋未経験", "/jobs?ward=higashi&housing=1&no_experience=1"],
  ["ことば＋区＋日給1万円以上", "/jobs?q=溶接&ward=nishi&pay_unit=day&pay_min=10000"],
  ["給料順・2ページ目", "/jobs?industry=construction&sort=pay&page=2"],
];

const OFFENCES = ["theft", "fraud", "violence", "robbery", "sexual", "drugs", "traffic", "arson", "homicide"];
const TYPES = ["full_time", "contract", "part_time", "temporary", "day_labor"];

/** A small seeded generator (mulberry32), so the data is the same in every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fills a migrated, empty database with `count` published postings (one employer per 8). */
export function fillBenchDatabase(sqlite: SQLite.Database, count: number, today: string) {
  const rnd = random(20261126);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const now = new Date().toISOString();
  const endDate = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  const insertEmployer = sqlite.prepare(`insert into employers
    (name, name_kana, industry, address, ward, contact_name, phone, profile, message, registration,
     registration_confirmed_at, status, approved_at, created_at, updated_at)
    values (?, ?, ?, ?, ?, '担当 太郎', '096-000-0000', ?, ?, 'registered', ?, 'approved', ?, ?, ?)`);
  const insertJob = sqlite.prepare(`insert into jobs
    (employer_id, status, title, description, employment_type, industry, workplace_address, ward,
     pay_unit, pay_min, pay_max, hours, days_off, insurance, no_experience, qualification_support,
     housing, meals, guarantor_not_needed, employer_guarantor, facility_interview, probation_ok,
     how_to_apply, openings, end_date, published_at, submitted_at, created_at, updated_at)
    values (?, 'published', ?, ?, ?, ?, ?, ?, ?, ?, ?, '8:00〜17:00（休憩60分）', '日曜・祝日', '雇用保険・労災保険',
     ?, ?, ?, ?, ?, ?, ?, ?, '熊本市 生活安全課にお問い合わせください。', ?, ?, ?, ?, ?, ?)`);
  const insertRule = sqlite.prepare("insert into job_offence_rules (job_id, category, acceptance) values (?, ?, ?)");

  sqlite.transaction(() => {
    const employers: Array<{ id: number; industry: string; ward: string; address: string }> = [];
    const employerCount = Math.max(1, Math.ceil(count / 8));
    for (let i = 1; i <= employerCount; i++) {
      const industry = pick(INDUSTRIES);
      const ward = pick(WARDS);
      const address = `熊本市${{ chuo: "中央区", higashi: "東区", nishi: "西区", minami: "南区", kita: "北区" }[ward]}${pick(WARD_TOWNS[ward])}9丁目${i}-9`;
      const name = `株式会社 ${pick(WARD_TOWNS[ward])}${pick(["建設", "工業", "サービス", "物流", "フーズ", "農園", "ケア"])}${i}（架空）`;
      const result = insertEmployer.run(name, `かぶしきがいしゃ${i}`, industry, address, ward, pick(SENTENCES), pick(SENTENCES), now, now, now, now);
      employers.push({ id: Number(result.lastInsertRowid), industry, ward, address });
    }
    for (let i = 0; i < count; i++) {
      const employer = employers[i % employers.length];
      const industry = rnd() < 0.8 ? employer.industry : pick(INDUSTRIES);
      const description = Array.from({ length: 4 + Math.floor(rnd() * 5) }, () => pick(SENTENCES)).join("");
      const unit = pick(["hour", "hour", "day", "month"]);
      const payMin = unit === "hour" ? 950 + Math.floor(rnd() * 60) * 10 : unit === "day" ? 8000 + Math.floor(rnd() * 60) * 100 : 160000 + Math.floor(rnd() * 80) * 1000;
      const payMax = rnd() < 0.5 ? null : Math.round(payMin * 1.2);
      const published = new Date(Date.now() - Math.floor(rnd() * 90 * 86_400_000)).toISOString();
      const flag = (p: number) => (rnd() < p ? 1 : 0);
      const job = insertJob.run(
        employer.id, `${pick(INDUSTRY_JOBS[industry])}${rnd() < 0.3 ? "（未経験歓迎）" : ""}`, description,
        pick(TYPES), industry, employer.address, employer.ward, unit, payMin, payMax,
        flag(0.6), flag(0.3), flag(0.3), flag(0.3), flag(0.5), flag(0.2), flag(0.2), flag(0.7),
        1 + Math.floor(rnd() * 3), endDate, published, published, published, published,
      );
      const jobId = Number(job.lastInsertRowid);
      for (const category of OFFENCES) {
        const r = rnd();
        insertRule.run(jobId, category, r < 0.8 ? "ok" : r < 0.9 ? "consult" : "no");
      }
    }
  })();
}
