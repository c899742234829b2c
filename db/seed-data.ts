import type {
  Acceptance,
  EmploymentType,
  EventKind,
  Industry,
  JobStatus,
  OffenceCategory,
  PayUnit,
  Registration,
  Ward,
} from "./types";
import type { StatedTermName } from "../app/schemas/stated-terms";

// The demo data as tables; db/seed.ts turns them into rows. Every company, person, address
// number and phone number here is made up. Town and ward names are real so that the ward
// filter means something; street numbers (9丁目99-9, 9999番地) and 096-000-xxxx phone numbers
// are deliberately not real ones.

export const FICTION_NOTE = "※デモ用の架空の事業所です。実在の会社・団体とは関係ありません。";

// ---------------------------------------------------------------------------------------
// employers

export type EmployerSeed = {
  key: string;
  /** Login of the employer's account. */
  email: string;
  name: string;
  kana: string;
  industry: Industry;
  ward: Ward;
  address: string;
  contact: string;
  employees: number;
  registration: Registration;
  profile: string;
  message: string;
};

/** The employer that employer@example.jp belongs to. */
export const DEMO_EMPLOYER_KEY = "shirakawa";

export const APPROVED_EMPLOYERS: EmployerSeed[] = [
  {
    key: "shirakawa",
    email: "employer@example.jp",
    name: "株式会社 白川建設（架空）",
    kana: "しらかわけんせつ",
    industry: "construction",
    ward: "higashi",
    address: "熊本市東区戸島町9999番地",
    contact: "白石 健一",
    employees: 28,
    registration: "registered",
    profile:
      "道路や河川の工事、住宅の基礎工事をしている会社です。協力雇用主として、これまでに10人以上を受け入れてきました。今も数人が現場の中心で働いています。",
    message:
      "大事なのは昔のことではなく、これからのことです。朝きちんと来てくれれば、仕事は一から教えます。一緒に熊本の町をつくりましょう。",
  },
  {
    key: "ezu",
    email: "ezu-gumi@example.jp",
    name: "有限会社 江津組（架空）",
    kana: "えづぐみ",
    industry: "construction",
    ward: "higashi",
    address: "熊本市東区画図町9999番地",
    contact: "江藤 誠",
    employees: 12,
    registration: "registered",
    profile:
      "型枠と鉄筋の工事を専門にしている小さな会社です。社長も若いころは職人として現場に立っていました。道具は会社で用意します。",
    message:
      "わたしも人に助けられて今があります。失敗しても、逃げずに話してくれればそれで大丈夫。手に職をつけて、胸を張って生きていきましょう。",
  },
  {
    key: "kinpo",
    email: "kinpo-housing@example.jp",
    name: "株式会社 金峰ハウジング（架空）",
    kana: "きんぽうはうじんぐ",
    industry: "construction",
    ward: "nishi",
    address: "熊本市西区島崎9丁目99-9",
    contact: "金田 裕子",
    employees: 9,
    registration: "in_progress",
    profile:
      "住宅の内装（クロス貼り・床）と外壁の塗装をしています。現在、保護観察所への協力雇用主の登録を手続き中です。",
    message:
      "きれいに仕上がった部屋を見ると、疲れも飛んでいきます。ていねいな仕事をしたい人を待っています。",
  },
  {
    key: "mizuakari",
    email: "mizuakari@example.jp",
    name: "社会福祉法人 みずあかり会（架空）",
    kana: "みずあかりかい",
    industry: "care",
    ward: "kita",
    address: "熊本市北区楡木9丁目99-9",
    contact: "水野 早苗",
    employees: 64,
    registration: "registered",
    profile:
      "特別養護老人ホームとデイサービスを運営しています。介護職員初任者研修の受講費用は法人が負担します。",
    message:
      "お年寄りの「ありがとう」は、自分を信じる力になります。資格がなくても大丈夫。職員みんなで支えます。",
  },
  {
    key: "hibari",
    email: "hibari-care@example.jp",
    name: "株式会社 ひばりケアサービス（架空）",
    kana: "ひばりけあさーびす",
    industry: "care",
    ward: "minami",
    address: "熊本市南区田迎9丁目99-9",
    contact: "雲雀 正樹",
    employees: 35,
    registration: "registered",
    profile: "訪問介護とグループホームを運営しています。働きながら資格を取った職員がたくさんいます。",
    message:
      "人の役に立つ仕事は、自分の居場所にもなります。困ったときはいつでも相談してください。",
  },
  {
    key: "higoseiko",
    email: "higo-seiko@example.jp",
    name: "株式会社 肥後精工（架空）",
    kana: "ひごせいこう",
    industry: "manufacturing",
    ward: "kita",
    address: "熊本市北区貢町9999番地",
    contact: "肥田 大輔",
    employees: 41,
    registration: "registered",
    profile:
      "農業機械や建設機械の部品を、溶接と切削でつくっています。溶接の資格は会社の費用で取れます。",
    message:
      "ものづくりは、コツコツ続けた人が一番強い。技術は裏切りません。あなたの再出発を応援します。",
  },
  {
    key: "kfoods",
    email: "kumamoto-foods@example.jp",
    name: "株式会社 くまもと食品工業（架空）",
    kana: "くまもとしょくひんこうぎょう",
    industry: "food",
    ward: "minami",
    address: "熊本市南区城南町9999番地",
    contact: "森 由美",
    employees: 120,
    registration: "registered",
    profile: "スーパーやコンビニ向けのお惣菜と冷凍食品をつくる工場です。社員寮と社員食堂があります。",
    message:
      "工場の仲間には、いろいろな経験をしてきた人がいます。大切なのは、今日ここでまじめに働くことです。",
  },
  {
    key: "tsuboigawa",
    email: "tsuboigawa-foods@example.jp",
    name: "有限会社 坪井川フーズ（架空）",
    kana: "つぼいがわふーず",
    industry: "food",
    ward: "chuo",
    address: "熊本市中央区坪井9丁目99-9",
    contact: "坪井 和子",
    employees: 18,
    registration: "in_progress",
    profile:
      "会社や病院に届けるお弁当と仕出しをつくっています。まかないは毎日出ます。協力雇用主の登録を手続き中です。",
    message: "おいしいご飯は人を元気にします。まずはお腹いっぱい食べて、一緒にがんばりましょう。",
  },
  {
    key: "hinokuni",
    email: "hinokuni-logi@example.jp",
    name: "株式会社 火の国ロジスティクス（架空）",
    kana: "ひのくにろじすてぃくす",
    industry: "transport",
    ward: "minami",
    address: "熊本市南区流通団地9丁目99",
    contact: "火野 隆",
    employees: 85,
    registration: "registered",
    profile:
      "倉庫での保管・仕分けと、県内へのルート配送をしています。フォークリフトの免許は会社の費用で取れます。",
    message:
      "荷物を時間どおりに届けることは、信頼を届けることです。あなたの信頼も、ここから一つずつ積み上げてください。",
  },
  {
    key: "takuma",
    email: "takuma-unso@example.jp",
    name: "有限会社 託麻運送（架空）",
    kana: "たくまうんそう",
    industry: "transport",
    ward: "higashi",
    address: "熊本市東区上南部9丁目99-9",
    contact: "田上 浩二",
    employees: 22,
    registration: "registered",
    profile: "4トン車と10トン車で、九州各地へ食品や建築資材を運んでいます。中型・大型免許の取得を支援します。",
    message: "ハンドルを握る仕事は責任が大きい分、やりがいも大きい。安全運転でいきましょう。",
  },
  {
    key: "icho",
    email: "icho-bm@example.jp",
    name: "株式会社 銀杏ビルメンテナンス（架空）",
    kana: "いちょうびるめんてなんす",
    industry: "cleaning",
    ward: "chuo",
    address: "熊本市中央区水前寺9丁目99-9",
    contact: "石井 恵",
    employees: 150,
    registration: "registered",
    profile:
      "市内のオフィスビルや病院の清掃と設備管理をしています。早朝だけ・午前だけなど、短い時間の仕事もあります。",
    message:
      "きれいな建物は、見えないところで働く人が支えています。あなたの働きを、わたしたちはちゃんと見ています。",
  },
  {
    key: "seiryu",
    email: "seiryu-clean@example.jp",
    name: "有限会社 清流クリーンサービス（架空）",
    kana: "せいりゅうくりーんさーびす",
    industry: "cleaning",
    ward: "nishi",
    address: "熊本市西区小島9丁目99-9",
    contact: "清田 修",
    employees: 30,
    registration: "registered",
    profile: "家庭ごみ・資源ごみの収集と、ハウスクリーニングをしています。朝が早い分、午後は早く終わります。",
    message: "町をきれいにする仕事に、過去は関係ありません。体を動かして、汗をかいて、前に進みましょう。",
  },
  {
    key: "ueki",
    email: "ueki-farm@example.jp",
    name: "株式会社 植木ファーム（架空）",
    kana: "うえきふぁーむ",
    industry: "agriculture",
    ward: "kita",
    address: "熊本市北区植木町9999番地",
    contact: "植田 進",
    employees: 16,
    registration: "registered",
    profile: "スイカ・メロン・季節の野菜をつくっています。寮は畑から歩いて5分。家賃はかかりません。",
    message:
      "土にふれていると、心が落ち着きます。住むところも食べるものも用意します。身ひとつで来てください。",
  },
  {
    key: "kawachi",
    email: "kawachi-mikan@example.jp",
    name: "有限会社 河内みかん園（架空）",
    kana: "かわちみかんえん",
    industry: "agriculture",
    ward: "nishi",
    address: "熊本市西区河内町9999番地",
    contact: "河野 美智子",
    employees: 7,
    registration: "in_progress",
    profile:
      "有明海を見下ろす畑で、みかんを育てています。家族経営の小さな園です。協力雇用主の登録を手続き中です。",
    message: "うちは家族みたいなものです。ご飯もみんなで食べます。ゆっくり、長く働いてくれる人を待っています。",
  },
  {
    key: "shiroyama",
    email: "shiroyama-mart@example.jp",
    name: "株式会社 しろやまマート（架空）",
    kana: "しろやままーと",
    industry: "retail",
    ward: "higashi",
    address: "熊本市東区健軍9丁目99-9",
    contact: "城山 直人",
    employees: 55,
    registration: "registered",
    profile: "地域のスーパーマーケットです。品出しや精肉・鮮魚の加工など、裏方の仕事もたくさんあります。",
    message: "「いらっしゃいませ」が言えたら、もう立派な仲間です。地域のみなさんと一緒に成長しましょう。",
  },
  {
    key: "recycle",
    email: "kumamoto-recycle@example.jp",
    name: "株式会社 熊本リサイクルセンター（架空）",
    kana: "くまもとりさいくるせんたー",
    industry: "other",
    ward: "minami",
    address: "熊本市南区川尻9丁目99-9",
    contact: "川口 剛",
    employees: 24,
    registration: "registered",
    profile: "鉄くずや古紙などの資源を集めて、分けて、もう一度使えるようにしています。建物の解体もしています。",
    message: "物も人も、もう一度輝けます。うちの会社で、それを一緒に証明しましょう。",
  },
  {
    key: "ozu",
    email: "ozu-autoparts@example.jp",
    name: "株式会社 大津オートパーツ（架空）",
    kana: "おおづおーとぱーつ",
    industry: "manufacturing",
    ward: "outside",
    address: "熊本県菊池郡大津町9999番地",
    contact: "大津 美穂",
    employees: 210,
    registration: "registered",
    profile:
      "自動車やバイクの部品をつくる工場です（熊本市外）。熊本市内から送迎バスがあります。寮もあります。",
    message: "ラインの仕事は、一人ひとりが大切な一部です。あなたの場所はここにあります。",
  },
  {
    key: "aso",
    email: "aso-midori@example.jp",
    name: "有限会社 阿蘇みどり牧場（架空）",
    kana: "あそみどりぼくじょう",
    industry: "agriculture",
    ward: "outside",
    address: "熊本県阿蘇市9999番地",
    contact: "阿部 牧夫",
    employees: 8,
    registration: "registered",
    profile: "阿蘇で牛を育てています（熊本市外）。住み込みで、三食付きです。動物が好きな人に向いています。",
    message: "牛は正直です。ちゃんと世話をすれば、ちゃんと応えてくれます。人も同じだと思っています。",
  },
];

/** Sign-ups waiting for staff review: each has an account but no postings yet. */
export const PENDING_EMPLOYERS: EmployerSeed[] = [
  {
    key: "wakaba",
    email: "wakaba-zoen@example.jp",
    name: "合同会社 わかば造園（架空）",
    kana: "わかばぞうえん",
    industry: "construction",
    ward: "minami",
    address: "熊本市南区富合町9999番地",
    contact: "若林 翔",
    employees: 5,
    registration: "in_progress",
    profile: "庭木の手入れと公園の草刈りをしています。",
    message: "緑の中で、気持ちよく働きましょう。",
  },
  {
    key: "sakura",
    email: "sakura-haishoku@example.jp",
    name: "株式会社 さくら配食サービス（架空）",
    kana: "さくらはいしょくさーびす",
    industry: "food",
    ward: "kita",
    address: "熊本市北区龍田9丁目99-9",
    contact: "佐倉 典子",
    employees: 14,
    registration: "registered",
    profile: "ひとり暮らしのお年寄りに、夕ご飯を届けています。",
    message: "「待ってたよ」と言ってもらえる仕事です。",
  },
];

// ---------------------------------------------------------------------------------------
// jobs

export type JobFlag =
  | "no_experience"
  | "qualification_support"
  | "housing"
  | "meals"
  | "guarantor_not_needed"
  | "employer_guarantor"
  | "facility_interview"
  | "probation_ok";

/** Offences the posting cannot accept, by profile. Categories not listed are "ok". */
export const OFFENCE_PROFILES = {
  standard: { sexual: "no", drugs: "consult" },
  strict: {
    violence: "consult",
    robbery: "consult",
    sexual: "no",
    drugs: "consult",
    arson: "no",
    homicide: "no",
  },
  open: { sexual: "consult", homicide: "consult" },
  care: {
    theft: "consult",
    fraud: "consult",
    violence: "no",
    robbery: "no",
    sexual: "no",
    drugs: "consult",
    arson: "no",
    homicide: "no",
  },
  driving: { sexual: "no", drugs: "no", traffic: "consult" },
  money: { theft: "consult", fraud: "no", robbery: "no", sexual: "no", drugs: "consult" },
  all_ok: {},
} satisfies Record<string, Partial<Record<OffenceCategory, Acceptance>>>;

export type OffenceProfile = keyof typeof OFFENCE_PROFILES;

export type JobSeed = {
  employer: string;
  /** Defaults to "published". */
  status?: JobStatus;
  title: string;
  description: string;
  type: EmploymentType;
  pay: [unit: PayUnit, min: number, max: number | null];
  payNote?: string;
  hours: string;
  daysOff: string;
  licenses?: string;
  benefits?: string;
  flags: JobFlag[];
  offences: OffenceProfile;
  openings: number;
  /** A workplace other than the employer's address. */
  place?: { address: string; ward: Ward };
  /** Made before the items a job offer must state were asked: they show 「未記入」. */
  statedTermsMissing?: boolean;
};

const DORM_SET: JobFlag[] = ["housing", "meals", "no_experience", "guarantor_not_needed", "probation_ok"];

export const JOBS: JobSeed[] = [
  // 白川建設 (employer@example.jp): exactly 1 draft, 1 pending, 2 published.
  {
    employer: "shirakawa",
    title: "型枠大工 見習い",
    description:
      "コンクリートを流し込むための型枠を、木材や合板でつくる仕事です。最初は材料運びや片付けから始め、親方について少しずつ技術を覚えます。3年ほどで一人前をめざせます。",
    type: "full_time",
    pay: ["day", 10000, 15000],
    payNote: "経験により決定。月末締め・翌月10日払い（最初の1か月は週払いの相談可）",
    hours: "8:00〜17:00（休憩90分）",
    daysOff: "日曜・祝日、第2・第4土曜、年末年始・お盆",
    licenses: "普通自動車免許（AT限定可）あれば尚可",
    benefits: "作業服・安全靴支給、寮あり（月1万円・水道光熱費込み）",
    flags: [...DORM_SET, "employer_guarantor", "facility_interview"],
    offences: "standard",
    openings: 2,
  },
  {
    employer: "shirakawa",
    title: "土木作業員（重機オペレーター見習い）",
    statedTermsMissing: true,
    description:
      "道路や河川の工事現場で、掘削や埋め戻しの作業をします。慣れてきたら、会社の費用で車両系建設機械の資格を取ってもらいます。",
    type: "full_time",
    pay: ["day", 11000, 16000],
    hours: "8:00〜17:00（休憩90分）",
    daysOff: "日曜・祝日、第2・第4土曜",
    licenses: "普通自動車免許",
    flags: ["no_experience", "qualification_support", "guarantor_not_needed", "probation_ok", "facility_interview"],
    offences: "standard",
    openings: 2,
  },
  {
    employer: "shirakawa",
    status: "pending",
    title: "足場鳶 見習い",
    description:
      "建物のまわりに足場を組み立て、工事が終わったら解体します。高い所の作業は、安全帯の使い方を覚えてから少しずつ始めます。",
    type: "full_time",
    pay: ["day", 12000, 17000],
    hours: "7:30〜17:00（休憩90分）",
    daysOff: "日曜・祝日、第2・第4土曜",
    flags: [...DORM_SET, "qualification_support"],
    offences: "standard",
    openings: 1,
  },
  {
    employer: "shirakawa",
    status: "draft",
    title: "現場事務スタッフ",
    description: "現場の書類づくりや写真の整理、電話の受け答えをします。パソコンの簡単な入力ができれば大丈夫です。",
    type: "part_time",
    pay: ["hour", 1100, 1300],
    hours: "9:00〜16:00（休憩60分）",
    daysOff: "土曜・日曜・祝日",
    flags: ["no_experience", "probation_ok"],
    offences: "money",
    openings: 1,
  },

  // 江津組
  {
    employer: "ezu",
    title: "鉄筋工 見習い",
    statedTermsMissing: true,
    description:
      "建物や橋の骨組みになる鉄筋を、図面どおりに組み立てます。最初は鉄筋を運んだり、結束線で留めたりする作業からです。",
    type: "full_time",
    pay: ["day", 10500, 15000],
    hours: "8:00〜17:00（休憩90分）",
    daysOff: "日曜・祝日、雨の日（年間休日95日）",
    benefits: "寮あり（個室・家賃無料）、昼食の弁当代補助",
    flags: [...DORM_SET, "employer_guarantor"],
    offences: "strict",
    openings: 3,
  },
  {
    employer: "ezu",
    title: "型枠解体・資材運搬スタッフ",
    description: "使い終わった型枠をばらして、トラックに積みます。力仕事ですが、重いものは2人で運びます。",
    type: "day_labor",
    pay: ["day", 10000, null],
    payNote: "日払いできます",
    hours: "8:00〜17:00（休憩90分）",
    daysOff: "日曜、ほか希望に応じて",
    flags: ["no_experience", "guarantor_not_needed", "probation_ok"],
    offences: "standard",
    openings: 5,
  },
  {
    employer: "ezu",
    title: "土木作業員（日払い可）",
    description:
      "宅地造成や側溝の工事で、スコップでの作業や資材の片付けをします。道具の使い方は現場で教えます。雨の日は休みです。",
    type: "temporary",
    pay: ["day", 9500, 12000],
    hours: "8:00〜17:00（休憩90分）",
    daysOff: "日曜・雨天",
    flags: ["no_experience", "guarantor_not_needed", "probation_ok", "facility_interview"],
    offences: "open",
    openings: 2,
  },

  // 金峰ハウジング
  {
    employer: "kinpo",
    title: "内装工 見習い（クロス貼り）",
    description:
      "新しい家やリフォームの部屋で、壁紙（クロス）を貼ります。細かい作業が好きな人に向いています。道具は会社で貸します。",
    type: "full_time",
    pay: ["month", 200000, 280000],
    hours: "8:30〜17:30（休憩90分）",
    daysOff: "日曜・祝日、第2土曜",
    licenses: "普通自動車免許",
    flags: ["no_experience", "qualification_support", "probation_ok"],
    offences: "money",
    openings: 1,
  },
  {
    employer: "kinpo",
    title: "塗装工 見習い",
    description: "住宅の外壁や屋根の塗装をします。はじめは足場の上での養生（汚れないように覆う作業）から覚えます。",
    type: "full_time",
    pay: ["day", 10000, 14000],
    hours: "8:00〜17:00（休憩90分）",
    daysOff: "日曜・祝日、雨天",
    flags: ["no_experience", "qualification_support", "guarantor_not_needed", "probation_ok"],
    offences: "standard",
    openings: 1,
  },
  {
    employer: "kinpo",
    status: "draft",
    title: "設備工事スタッフ（水まわり）",
    description: "台所やお風呂の入れ替え工事の手伝いをします。配管の知識は働きながら覚えられます。",
    type: "full_time",
    pay: ["month", 210000, 260000],
    hours: "8:30〜17:30（休憩90分）",
    daysOff: "日曜・祝日",
    flags: ["no_experience"],
    offences: "money",
    openings: 1,
  },

  // みずあかり会
  {
    employer: "mizuakari",
    title: "介護職員（初任者研修 取得支援あり）",
    description:
      "特別養護老人ホームで、食事・入浴・トイレの介助や、レクリエーションのお手伝いをします。資格がない人は、働きながら介護職員初任者研修を受けられます（費用は法人負担）。",
    type: "full_time",
    pay: ["month", 190000, 240000],
    payNote: "資格手当・夜勤手当は別に支給",
    hours: "シフト制（早番7:00〜16:00／日勤9:00〜18:00／遅番11:00〜20:00）",
    daysOff: "4週8休（シフト制）、年末年始は交代で休み",
    flags: ["no_experience", "qualification_support", "meals", "probation_ok", "facility_interview"],
    offences: "care",
    openings: 3,
  },
  {
    employer: "mizuakari",
    title: "夜勤専従 介護職員",
    description:
      "夜のあいだ、入所しているお年寄りの見守りや、トイレの介助をします。夜勤は2人体制なので、一人になることはありません。",
    type: "part_time",
    pay: ["hour", 1250, 1500],
    payNote: "夜勤1回あたり別に5,000円の手当",
    hours: "17:00〜翌9:00（休憩120分）、月8〜12回",
    daysOff: "シフト制",
    licenses: "介護職員初任者研修以上",
    flags: ["qualification_support", "probation_ok"],
    offences: "care",
    openings: 2,
  },
  {
    employer: "mizuakari",
    title: "施設の調理補助スタッフ",
    description: "施設の厨房で、野菜を切ったり、食器を洗ったりします。お年寄りが食べやすい食事づくりを手伝う仕事です。",
    type: "part_time",
    pay: ["hour", 1050, 1150],
    hours: "6:00〜10:00 または 15:00〜19:00",
    daysOff: "週2日以上（シフト制）",
    flags: ["no_experience", "meals", "guarantor_not_needed", "probation_ok"],
    offences: "care",
    openings: 1,
    place: { address: "熊本市中央区大江9丁目99-9", ward: "chuo" },
  },

  // ひばりケアサービス
  {
    employer: "hibari",
    title: "訪問介護ヘルパー（資格取得支援あり）",
    description:
      "お年寄りの家を訪ねて、掃除や買い物、食事の手伝いをします。最初の1か月は先輩と一緒に回ります。移動は会社の軽自動車を使います。",
    type: "contract",
    pay: ["hour", 1200, 1450],
    hours: "8:30〜17:30のうち実働6時間程度",
    daysOff: "土曜・日曜（相談可）",
    licenses: "普通自動車免許（AT限定可）",
    flags: ["no_experience", "qualification_support", "guarantor_not_needed", "probation_ok"],
    offences: "care",
    openings: 2,
  },
  {
    employer: "hibari",
    title: "グループホーム 生活支援員",
    description: "認知症のお年寄り9人が暮らすグループホームで、料理や掃除、散歩の付き添いをします。家庭的な雰囲気の職場です。",
    type: "full_time",
    pay: ["month", 195000, 230000],
    hours: "シフト制（日勤9:00〜18:00、夜勤あり）",
    daysOff: "月9日（シフト制）",
    flags: ["no_experience", "qualification_support", "meals", "probation_ok", "facility_interview"],
    offences: "care",
    openings: 1,
    place: { address: "熊本市西区春日9丁目99-9", ward: "nishi" },
  },
  {
    employer: "hibari",
    title: "送迎ドライバー（デイサービス）",
    description: "デイサービスに通うお年寄りを、朝と夕方にワゴン車で送り迎えします。乗り降りの手伝いもお願いします。",
    type: "part_time",
    pay: ["hour", 1100, 1200],
    hours: "7:30〜10:00、15:30〜18:00",
    daysOff: "日曜・祝日",
    licenses: "普通自動車免許（取得後3年以上）",
    flags: ["guarantor_not_needed", "probation_ok"],
    offences: "care",
    openings: 1,
  },
  {
    employer: "hibari",
    status: "pending",
    title: "介護職員（夜勤あり）",
    description: "グループホームでの介護の仕事です。夜勤手当があるので、しっかり稼ぎたい人に向いています。",
    type: "full_time",
    pay: ["month", 210000, 250000],
    hours: "シフト制（夜勤 月4〜5回）",
    daysOff: "月9日（シフト制）",
    flags: ["qualification_support", "probation_ok"],
    offences: "care",
    openings: 1,
  },

  // 肥後精工
  {
    employer: "higoseiko",
    title: "溶接工",
    description:
      "農業機械の部品を、半自動溶接でつなぎ合わせます。経験がない人は、アーク溶接の特別教育を受けてから始めます。工場は空調付きです。",
    type: "full_time",
    pay: ["month", 210000, 300000],
    payNote: "皆勤手当10,000円",
    hours: "8:00〜17:00（休憩60分）、残業 月10時間程度",
    daysOff: "土曜・日曜・祝日（会社カレンダー、年間休日110日）",
    flags: ["no_experience", "qualification_support", "guarantor_not_needed", "probation_ok", "facility_interview"],
    offences: "standard",
    openings: 2,
  },
  {
    employer: "higoseiko",
    title: "NC旋盤オペレーター 見習い",
    description:
      "コンピューターで動く旋盤に材料をセットし、削った部品の寸法を測ります。プログラムの組み方は少しずつ教えます。",
    type: "full_time",
    pay: ["month", 200000, 260000],
    hours: "8:00〜17:00（休憩60分）",
    daysOff: "土曜・日曜・祝日（会社カレンダー）",
    flags: ["no_experience", "qualification_support", "probation_ok"],
    offences: "strict",
    openings: 1,
  },
  {
    employer: "higoseiko",
    title: "製品の検査・梱包スタッフ",
    description: "できあがった部品に傷がないかを確かめて、箱に詰めます。座ってできる作業が中心です。",
    type: "part_time",
    pay: ["hour", 1080, 1150],
    hours: "9:00〜15:00（休憩45分）",
    daysOff: "土曜・日曜・祝日",
    flags: ["no_experience", "guarantor_not_needed", "probation_ok"],
    offences: "open",
    openings: 2,
  },
  {
    employer: "higoseiko",
    status: "filled",
    title: "溶接補助スタッフ",
    description: "溶接する部品を運んだり、仕上がった部品のバリを取ったりします。",
    type: "full_time",
    pay: ["month", 195000, 220000],
    hours: "8:00〜17:00（休憩60分）",
    daysOff: "土曜・日曜・祝日（会社カレンダー）",
    flags: ["no_experience", "probation_ok"],
    offences: "standard",
    openings: 1,
  },

  // くまもと食品工業
  {
    employer: "kfoods",
    title: "食品工場の製造スタッフ",
    description:
      "お惣菜の材料を量ったり、機械に入れたり、できあがった商品をパックに詰めたりします。白衣と帽子は会社が用意し、洗濯もします。",
    type: "full_time",
    pay: ["month", 190000, 215000],
    hours: "8:00〜17:00（休憩60分）、または 20:00〜翌5:00",
    daysOff: "シフト制（週休2日、年間休日105日）",
    benefits: "社員寮（月15,000円）、社員食堂（1食200円）",
    flags: [...DORM_SET, "facility_interview"],
    offences: "standard",
    openings: 5,
  },
  {
    employer: "kfoods",
    title: "食品工場の夜間清掃スタッフ",
    description: "製造が終わったあとの機械や床を、洗剤とホースで洗います。決まった手順があるので、すぐに覚えられます。",
    type: "part_time",
    pay: ["hour", 1200, 1300],
    payNote: "22時以降は深夜手当（25%増し）",
    hours: "18:00〜23:00",
    daysOff: "日曜、ほか週1日",
    flags: ["no_experience", "meals", "guarantor_not_needed", "probation_ok"],
    offences: "open",
    openings: 2,
  },
  {
    employer: "kfoods",
    title: "フォークリフト作業（冷凍倉庫）",
    description: "冷凍食品の入ったパレットを、フォークリフトでトラックに積みます。防寒着は会社から貸し出します。",
    type: "full_time",
    pay: ["month", 215000, 250000],
    hours: "6:00〜15:00（休憩60分）",
    daysOff: "シフト制（週休2日）",
    licenses: "フォークリフト運転技能講習修了（入社後の取得も支援）",
    flags: ["qualification_support", "housing", "meals", "probation_ok"],
    offences: "driving",
    openings: 1,
  },
  {
    employer: "kfoods",
    status: "expired",
    title: "年末繁忙期の短期製造スタッフ",
    description: "おせち料理の盛り付けをします。期間限定の仕事です。",
    type: "temporary",
    pay: ["hour", 1100, null],
    hours: "8:00〜17:00（休憩60分）",
    daysOff: "シフト制",
    flags: ["no_experience", "meals"],
    offences: "standard",
    openings: 5,
  },

  // 坪井川フーズ
  {
    employer: "tsuboigawa",
    title: "弁当の盛り付け・調理補助",
    description:
      "会社や病院に届けるお弁当のおかずを、決められた量だけ容器に詰めます。揚げ物や煮物の調理補助もあります。まかない付きです。",
    type: "part_time",
    pay: ["hour", 1050, 1150],
    hours: "6:00〜11:00（週3日〜）",
    daysOff: "日曜、ほか相談",
    flags: ["no_experience", "meals", "guarantor_not_needed", "probation_ok"],
    offences: "standard",
    openings: 3,
  },
  {
    employer: "tsuboigawa",
    title: "弁当の配達ドライバー（軽自動車）",
    description: "できたお弁当を、会社の軽自動車で市内の事業所に届けます。決まったルートなので道はすぐ覚えられます。",
    type: "part_time",
    pay: ["hour", 1100, null],
    hours: "10:00〜14:00",
    daysOff: "土曜・日曜・祝日",
    licenses: "普通自動車免許（AT限定可）",
    flags: ["meals", "guarantor_not_needed", "probation_ok"],
    offences: "driving",
    openings: 1,
  },

  // 火の国ロジスティクス
  {
    employer: "hinokuni",
    title: "フォークリフト作業",
    description:
      "倉庫に届いた荷物をフォークリフトで棚に入れ、出荷のときにトラックへ積みます。免許がない人は、会社の費用で技能講習を受けられます。",
    type: "full_time",
    pay: ["month", 205000, 260000],
    hours: "8:00〜17:00（休憩60分）",
    daysOff: "日曜、ほか週1日（シフト制）",
    licenses: "フォークリフト運転技能講習修了（入社後の取得も可）",
    flags: ["no_experience", "qualification_support", "housing", "guarantor_not_needed", "probation_ok", "facility_interview"],
    offences: "driving",
    openings: 2,
  },
  {
    employer: "hinokuni",
    title: "倉庫内ピッキングスタッフ",
    description: "伝票を見ながら、棚から商品を集めて箱に詰めます。ハンディ端末の使い方は初日に教えます。",
    type: "temporary",
    pay: ["hour", 1100, 1200],
    hours: "9:00〜18:00（休憩60分）、短時間も相談可",
    daysOff: "週休2日（シフト制）",
    flags: ["no_experience", "guarantor_not_needed", "probation_ok"],
    offences: "money",
    openings: 4,
  },
  {
    employer: "hinokuni",
    title: "2tトラック ルート配送ドライバー",
    description: "県内のスーパーやドラッグストアへ、決まったルートで商品を届けます。荷物は台車で運ぶので、重いものは多くありません。",
    type: "full_time",
    pay: ["month", 220000, 270000],
    hours: "7:00〜16:00（休憩60分）",
    daysOff: "日曜、ほか週1日",
    licenses: "準中型自動車免許（5t限定可）",
    flags: ["guarantor_not_needed", "probation_ok", "facility_interview"],
    offences: "driving",
    openings: 2,
  },

  // 託麻運送
  {
    employer: "takuma",
    title: "4tトラックドライバー",
    description:
      "食品や建築資材を、4トン車で九州各地へ運びます。日帰りの運行が中心です。中型免許を持っていない人は、取得費用を会社が負担します。",
    type: "full_time",
    pay: ["month", 250000, 320000],
    payNote: "運行手当・無事故手当あり",
    hours: "6:00〜16:00（休憩90分、運行により変わります）",
    daysOff: "日曜、ほか月4日",
    licenses: "中型自動車免許（8t限定可）",
    flags: ["qualification_support", "guarantor_not_needed", "employer_guarantor", "probation_ok"],
    offences: "driving",
    openings: 2,
  },
  {
    employer: "takuma",
    title: "大型トラックドライバー（10t）",
    description: "10トン車で、福岡・鹿児島方面へ長距離の運行をします。車中泊はほとんどありません。",
    type: "full_time",
    pay: ["month", 300000, 380000],
    hours: "運行により変わります（拘束時間を守ったシフト）",
    daysOff: "週休2日（シフト制）",
    licenses: "大型自動車免許",
    flags: ["guarantor_not_needed", "probation_ok"],
    offences: "driving",
    openings: 1,
  },
  {
    employer: "takuma",
    title: "運転助手・積み込みスタッフ",
    description: "トラックに同乗して、荷物の積み下ろしを手伝います。働きながら中型免許を取ってドライバーをめざせます。",
    type: "full_time",
    pay: ["day", 9500, 11000],
    hours: "7:00〜16:00（休憩60分）",
    daysOff: "日曜、ほか月4日",
    flags: ["no_experience", "qualification_support", "housing", "guarantor_not_needed", "probation_ok"],
    offences: "open",
    openings: 2,
  },
  {
    employer: "takuma",
    status: "closed",
    title: "引越し作業スタッフ（繁忙期）",
    description: "3月・4月の引越しシーズンに、荷物の運び出しを手伝います。",
    type: "temporary",
    pay: ["day", 10000, null],
    hours: "8:00〜17:00",
    daysOff: "シフト制",
    flags: ["no_experience"],
    offences: "money",
    openings: 3,
  },

  // 銀杏ビルメンテナンス
  {
    employer: "icho",
    title: "ビル清掃スタッフ",
    description:
      "中央区のオフィスビルで、床の掃除機がけ、トイレ掃除、ごみの回収をします。2〜3人のチームで担当するので、一人で困ることはありません。",
    type: "part_time",
    pay: ["hour", 1060, 1150],
    hours: "7:00〜12:00",
    daysOff: "土曜・日曜・祝日",
    flags: ["no_experience", "guarantor_not_needed", "probation_ok", "facility_interview"],
    offences: "money",
    openings: 3,
  },
  {
    employer: "icho",
    title: "病院の清掃スタッフ（早朝）",
    description: "病院の廊下や待合室を、機械を使って掃除します。患者さんに気持ちよく過ごしてもらうための大切な仕事です。",
    type: "part_time",
    pay: ["hour", 1100, 1200],
    hours: "6:00〜10:00",
    daysOff: "週2日（シフト制）",
    flags: ["no_experience", "probation_ok"],
    offences: "care",
    openings: 2,
    place: { address: "熊本市中央区本荘9丁目99-9", ward: "chuo" },
  },
  {
    employer: "icho",
    title: "設備管理（ビルメン）見習い",
    description:
      "ビルの電気・空調・水まわりの点検をします。働きながら第二種電気工事士などの資格を取れるよう、費用と勉強を支援します。",
    type: "full_time",
    pay: ["month", 200000, 250000],
    hours: "8:30〜17:30（休憩60分）、月数回の宿直あり",
    daysOff: "シフト制（年間休日108日）",
    flags: ["no_experience", "qualification_support", "guarantor_not_needed", "probation_ok"],
    offences: "strict",
    openings: 1,
  },

  // 清流クリーンサービス
  {
    employer: "seiryu",
    title: "ごみ収集作業員",
    description:
      "収集車に乗って、家庭ごみや資源ごみを集めます。朝は早いですが、昼過ぎには仕事が終わります。体力に自信のある人に向いています。",
    type: "full_time",
    pay: ["day", 10000, 12000],
    hours: "6:30〜14:30（休憩60分）",
    daysOff: "日曜、ほか月4日",
    flags: ["no_experience", "housing", "guarantor_not_needed", "probation_ok", "facility_interview"],
    offences: "standard",
    openings: 3,
  },
  {
    employer: "seiryu",
    title: "ハウスクリーニングスタッフ",
    description: "引越しのあとの部屋や、お風呂・台所をきれいにします。洗剤や道具の使い方はマニュアルで覚えられます。",
    type: "contract",
    pay: ["hour", 1100, 1300],
    hours: "9:00〜17:00（休憩60分）",
    daysOff: "日曜、ほか週1日",
    licenses: "普通自動車免許あれば尚可",
    flags: ["no_experience", "probation_ok"],
    offences: "money",
    openings: 1,
  },
  {
    employer: "seiryu",
    status: "pending",
    title: "産業廃棄物の収集運搬ドライバー",
    description: "工場や工事現場から出る廃棄物を、トラックで処理場へ運びます。",
    type: "full_time",
    pay: ["month", 230000, 280000],
    hours: "7:00〜16:00（休憩60分）",
    daysOff: "日曜、ほか月4日",
    licenses: "準中型自動車免許",
    flags: ["guarantor_not_needed", "probation_ok"],
    offences: "driving",
    openings: 1,
  },

  // 植木ファーム
  {
    employer: "ueki",
    title: "農作業スタッフ（寮あり）",
    description:
      "スイカやメロン、季節の野菜の植え付け・水やり・収穫をします。寮は個室で家賃無料、三食付きです。身ひとつで来られます。",
    type: "full_time",
    pay: ["month", 185000, 210000],
    hours: "7:00〜16:00（休憩120分、夏は早朝から）",
    daysOff: "週1日＋月2日（天候により調整）",
    benefits: "寮（個室・家賃無料）、三食付き、作業着支給",
    flags: [...DORM_SET, "employer_guarantor", "facility_interview"],
    offences: "open",
    openings: 3,
  },
  {
    employer: "ueki",
    title: "スイカ・メロンの収穫スタッフ（季節）",
    description: "実ったスイカやメロンを収穫して、コンテナに入れます。収穫の時期だけの仕事です。",
    type: "temporary",
    pay: ["day", 9000, 10000],
    hours: "6:00〜15:00（休憩120分）",
    daysOff: "日曜",
    flags: ["no_experience", "meals", "housing", "guarantor_not_needed", "probation_ok"],
    offences: "all_ok",
    openings: 5,
  },
  {
    employer: "ueki",
    title: "野菜の出荷作業スタッフ",
    description: "とれた野菜を洗って、大きさごとに分けて袋に詰めます。屋根のある作業場での仕事です。",
    type: "part_time",
    pay: ["hour", 1040, 1100],
    hours: "8:00〜12:00",
    daysOff: "日曜・祝日",
    flags: ["no_experience", "meals", "probation_ok"],
    offences: "standard",
    openings: 2,
  },

  // 河内みかん園
  {
    employer: "kawachi",
    title: "みかんの栽培・収穫スタッフ（寮あり）",
    description:
      "みかん畑で、草刈りや消毒、収穫をします。秋から冬は収穫と選果で忙しくなります。家族経営の園で、ご飯はみんなで食べます。",
    type: "full_time",
    pay: ["month", 185000, 200000],
    hours: "8:00〜17:00（休憩90分）",
    daysOff: "日曜、ほか月2日",
    benefits: "寮（一軒家・家賃無料）、三食付き",
    flags: [...DORM_SET, "employer_guarantor"],
    offences: "strict",
    openings: 1,
  },
  {
    employer: "kawachi",
    status: "draft",
    title: "選果場スタッフ",
    description: "収穫したみかんを大きさと傷で分けて、箱に詰めます。",
    type: "temporary",
    pay: ["hour", 1050, null],
    hours: "8:00〜17:00",
    daysOff: "日曜",
    flags: ["no_experience", "meals"],
    offences: "strict",
    openings: 2,
  },

  // しろやまマート
  {
    employer: "shiroyama",
    title: "品出し・売場スタッフ",
    description: "届いた商品を、棚にきれいに並べます。お客様に売場を聞かれたら案内します。レジの担当はありません。",
    type: "part_time",
    pay: ["hour", 1050, 1120],
    hours: "8:00〜13:00 または 17:00〜22:00",
    daysOff: "週2日以上（シフト制）",
    flags: ["no_experience", "guarantor_not_needed", "probation_ok"],
    offences: "money",
    openings: 2,
  },
  {
    employer: "shiroyama",
    title: "精肉・鮮魚の加工スタッフ",
    description: "バックヤードで、お肉や魚を切ってパックに詰めます。包丁の使い方は先輩が教えます。将来は売場主任も目指せます。",
    type: "full_time",
    pay: ["month", 195000, 235000],
    hours: "7:00〜16:00（休憩60分）",
    daysOff: "週休2日（シフト制）",
    flags: ["no_experience", "qualification_support", "probation_ok"],
    offences: "money",
    openings: 1,
  },

  // 熊本リサイクルセンター
  {
    employer: "recycle",
    title: "資源の選別・解体スタッフ",
    description:
      "集まってきた鉄くずや家電を、種類ごとに分けたり、工具でばらしたりします。手袋やヘルメットは会社で用意します。",
    type: "full_time",
    pay: ["day", 9500, 12000],
    hours: "8:00〜17:00（休憩90分）",
    daysOff: "日曜・祝日、第2・第4土曜",
    flags: ["no_experience", "housing", "guarantor_not_needed", "employer_guarantor", "probation_ok", "facility_interview"],
    offences: "all_ok",
    openings: 3,
  },
  {
    employer: "recycle",
    title: "重機オペレーター（解体工事）",
    description: "建物の解体現場で、ユンボ（油圧ショベル）を運転します。経験が浅くても、資格があれば相談に乗ります。",
    type: "full_time",
    pay: ["day", 13000, 18000],
    hours: "8:00〜17:00（休憩90分）",
    daysOff: "日曜・祝日",
    licenses: "車両系建設機械（整地・運搬・積込み用及び掘削用）運転技能講習修了",
    flags: ["qualification_support", "guarantor_not_needed", "probation_ok"],
    offences: "standard",
    openings: 1,
  },

  // 大津オートパーツ（熊本市外）
  {
    employer: "ozu",
    title: "自動車部品の製造スタッフ（寮あり）",
    description:
      "機械に部品をセットして、ボタンを押し、できたものを箱に入れます。2交替制です。寮はワンルームで家具・家電付き、熊本市内から送迎バスもあります。",
    type: "contract",
    pay: ["hour", 1300, 1400],
    payNote: "交替手当・深夜手当あり（月収例 約26万円）",
    hours: "2交替（6:30〜15:15／15:00〜23:45）",
    daysOff: "土曜・日曜（会社カレンダー、GW・夏・冬に長期休み）",
    benefits: "寮（ワンルーム・家具家電付き、月20,000円）、入社祝い金あり",
    flags: [...DORM_SET, "facility_interview"],
    offences: "standard",
    openings: 5,
  },
  {
    employer: "ozu",
    title: "部品の組立・検査スタッフ",
    description: "小さな部品をねじで留めて組み立て、決められた方法で検査します。立ち仕事ですが重いものは持ちません。",
    type: "full_time",
    pay: ["month", 200000, 230000],
    hours: "8:00〜17:00（休憩60分）",
    daysOff: "土曜・日曜（会社カレンダー、年間休日120日）",
    flags: ["no_experience", "qualification_support", "probation_ok"],
    offences: "strict",
    openings: 3,
  },

  // 阿蘇みどり牧場（熊本市外）
  {
    employer: "aso",
    title: "牧場スタッフ（住み込み・三食付き）",
    description:
      "牛にえさをやり、牛舎を掃除し、体調に変わりがないかを見ます。朝が早い仕事ですが、昼に長い休憩があります。住み込みで三食付きです。",
    type: "full_time",
    pay: ["month", 190000, 220000],
    hours: "5:30〜17:30（休憩4時間）",
    daysOff: "月6日（交代制）",
    licenses: "普通自動車免許あれば尚可",
    flags: [...DORM_SET, "employer_guarantor"],
    offences: "open",
    openings: 1,
  },
];

/** How to apply, cycled over the postings (the city office number is an example). */
export const HOW_TO_APPLY: string[] = [
  "担当の保護観察官、または刑務所・少年院の職員を通して当社にご連絡ください。面接のうえ採用を決めます。熊本市 生活安全課（096-000-0000（例））でも相談できます。",
  "熊本市役所 生活安全課（096-000-0000（例））にお電話ください。担当の職員が当社におつなぎします。施設の中での面接もご相談ください。",
  "担当の保護観察官に「この求人を見た」とお伝えください。ハローワークからの応募もできます。",
  "このページの「問い合わせ」から、または熊本市 生活安全課を通してご連絡ください。保護観察中の方は、保護観察官と相談してからお申し込みください。",
];

export const INSURANCE: Record<EmploymentType, string> = {
  full_time: "雇用保険・労災保険・健康保険・厚生年金",
  contract: "雇用保険・労災保険・健康保険・厚生年金",
  part_time: "雇用保険・労災保険（週30時間以上は健康保険・厚生年金も加入）",
  temporary: "労災保険（条件を満たせば雇用保険）",
  day_labor: "労災保険",
};

/**
 * The items a job offer must state (decision 0014), by employment type. Fixed-term and day
 * work say how the contract ends or is renewed; every demo workplace is smoke-free indoors.
 */
export const STATED_TERMS_BY_TYPE: Record<EmploymentType, Record<StatedTermName, string>> = {
  full_time: {
    probation_terms: "あり（3か月）。その間も給与と条件は同じです",
    contract_terms: "期間の定めなし",
    overtime: "あり（月に平均10時間ぐらい）",
    smoking_measures: "屋内は禁煙（屋外に喫煙所あり）",
    workplace_change_scope: "熊本市内の会社の現場・事業所",
    duties_change_scope: "会社の仕事全般",
  },
  contract: {
    probation_terms: "あり（1か月）。その間も給与と条件は同じです",
    contract_terms: "1年ごと。更新あり（仕事の量と勤務の成績で決めます）。更新は4回まで",
    overtime: "あり（月に平均5時間ぐらい）",
    smoking_measures: "屋内は禁煙（屋外に喫煙所あり）",
    workplace_change_scope: "変更なし",
    duties_change_scope: "変更なし",
  },
  part_time: {
    probation_terms: "なし",
    contract_terms: "6か月ごと。更新あり（本人の希望と勤務の成績で決めます）。更新の上限なし",
    overtime: "ほとんどなし",
    smoking_measures: "敷地の中はすべて禁煙",
    workplace_change_scope: "変更なし",
    duties_change_scope: "変更なし",
  },
  temporary: {
    probation_terms: "なし",
    contract_terms: "3か月。更新なし",
    overtime: "あり（忙しい時期だけ、月に10時間まで）",
    smoking_measures: "屋内は禁煙（屋外に喫煙所あり）",
    workplace_change_scope: "変更なし",
    duties_change_scope: "変更なし",
  },
  day_labor: {
    probation_terms: "なし",
    contract_terms: "1日ごと（その日だけの契約）",
    overtime: "なし",
    smoking_measures: "屋内は禁煙（現場の喫煙所だけで吸えます）",
    workplace_change_scope: "会社の決める熊本市内の現場",
    duties_change_scope: "変更なし",
  },
};

// ---------------------------------------------------------------------------------------
// events (offsets in days from today, times in Asia/Tokyo)

export type EventSeed = {
  kind: EventKind;
  title: string;
  description: string;
  dayOffset: number;
  start: string;
  end: string;
  venue: string;
  address: string;
  capacity: number | null;
  howToJoin: string;
  whatToBring?: string;
  /** Employer key of the organiser (workplace tours, employer seminars). */
  organizer?: string;
  participants?: string[];
  status?: "published" | "pending";
  attendance?: { seekers: number; employers: number; interviews: number };
};

const VENUE_KOKUSAI = { venue: "熊本市国際交流会館 第1・第2会議室", address: "熊本市中央区花畑町4番8号" };
const VENUE_CITYHALL = { venue: "熊本市役所 本庁舎 14階 大会議室", address: "熊本市中央区手取本町1番1号" };
const VENUE_SHINTOSHIN = { venue: "くまもと森都心プラザ 会議室", address: "熊本市西区春日1丁目14番1号" };
const JOIN_SEEKER =
  "保護観察官、刑務所・少年院の職員、ハローワークの担当者を通してお申し込みください。熊本市 生活安全課（096-000-0000（例））でも受け付けます。当日はニックネームで参加できます。";

export const EVENTS: EventSeed[] = [
  {
    kind: "company_fair",
    title: "企業説明会・個別面談会（第1回）",
    description:
      "協力雇用主の会社が、仕事の内容や職場のようすを説明します。そのあと、会社ごとに個別で話ができます。履歴書がなくても参加できます。",
    dayOffset: 9,
    start: "13:30",
    end: "16:30",
    ...VENUE_KOKUSAI,
    capacity: 30,
    howToJoin: JOIN_SEEKER,
    whatToBring: "筆記用具（履歴書は不要です）",
    participants: ["shirakawa", "mizuakari", "kfoods", "hinokuni", "ueki"],
  },
  {
    kind: "company_seminar",
    title: "企業セミナー「建設の仕事ってどんな仕事？」",
    description:
      "建設会社の社長と、実際に働いている先輩が、一日の流れやお給料、資格の取り方を話します。質問の時間もあります。",
    dayOffset: 15,
    start: "10:00",
    end: "12:00",
    ...VENUE_CITYHALL,
    capacity: 40,
    howToJoin: JOIN_SEEKER,
    participants: ["shirakawa", "ezu"],
  },
  {
    kind: "workplace_tour",
    title: "肥後精工 工場見学会",
    description: "溶接や旋盤の作業を近くで見学できます。実際に働いている社員とも話せます。作業着は不要です。",
    dayOffset: 24,
    start: "14:00",
    end: "15:30",
    venue: "株式会社 肥後精工（架空） 本社工場",
    address: "熊本市北区貢町9999番地",
    capacity: 6,
    howToJoin: "保護観察官または熊本市 生活安全課を通してお申し込みください。",
    whatToBring: "動きやすい服装、歩きやすい靴",
    organizer: "higoseiko",
  },
  {
    kind: "employer_seminar",
    title: "協力雇用主制度セミナー（コレワーク九州 共催）",
    description:
      "事業主の方向けのセミナーです。協力雇用主の登録のしかた、刑務所出所者等就労奨励金、身元保証制度、トライアル雇用について、コレワーク九州と保護観察所の職員が説明します。実際に雇用している事業主の体験談もあります。",
    dayOffset: 30,
    start: "14:00",
    end: "16:00",
    ...VENUE_CITYHALL,
    capacity: 50,
    howToJoin: "熊本市 生活安全課（096-000-0000（例））へ、電話またはこのサイトの事業主ページからお申し込みください。",
    whatToBring: "名刺",
  },
  {
    kind: "course",
    title: "介護職員初任者研修（受講料無料）",
    description:
      "介護の仕事に必要な基本の資格「介護職員初任者研修」を取る講座です。全15回（週2回・約2か月）で、この日は第1回（開講式とオリエンテーション）です。修了後は協力雇用主の介護事業所への就職を支援します。",
    dayOffset: 40,
    start: "09:30",
    end: "16:30",
    ...VENUE_SHINTOSHIN,
    capacity: 15,
    howToJoin: JOIN_SEEKER,
    whatToBring: "筆記用具、昼食",
    participants: ["mizuakari", "hibari"],
  },
  {
    kind: "company_fair",
    title: "企業説明会・個別面談会（第2回）",
    description:
      "第2回の説明会です。製造・運輸・清掃・農業の会社が参加します。寮のある会社が多く参加します。",
    dayOffset: 53,
    start: "13:30",
    end: "16:30",
    ...VENUE_KOKUSAI,
    capacity: 30,
    howToJoin: JOIN_SEEKER,
    whatToBring: "筆記用具",
    participants: ["higoseiko", "takuma", "icho", "seiryu", "ozu"],
  },
  // Proposed by 白川建設 (employer@example.jp), waiting for staff.
  {
    kind: "workplace_tour",
    title: "白川建設 現場見学会",
    description: "道路工事の現場を見学します。重機の近くは安全のため職員が付き添います。",
    dayOffset: 46,
    start: "10:00",
    end: "11:30",
    venue: "株式会社 白川建設（架空） 資材置き場",
    address: "熊本市東区戸島町9999番地",
    capacity: 5,
    howToJoin: "保護観察官または熊本市 生活安全課を通してお申し込みください。",
    whatToBring: "動きやすい服装",
    organizer: "shirakawa",
    status: "pending",
  },
  // Past events, with the figures staff entered afterwards.
  {
    kind: "company_fair",
    title: "企業説明会・個別面談会（前回）",
    description: "協力雇用主6社が参加した説明会と個別面談会です。",
    dayOffset: -45,
    start: "13:30",
    end: "16:30",
    ...VENUE_KOKUSAI,
    capacity: 30,
    howToJoin: JOIN_SEEKER,
    participants: ["shirakawa", "ezu", "mizuakari", "kfoods", "takuma", "ueki"],
    attendance: { seekers: 14, employers: 6, interviews: 19 },
  },
  {
    kind: "employer_seminar",
    title: "協力雇用主制度セミナー（前回）",
    description: "事業主向けに、協力雇用主制度と就労奨励金について説明しました。",
    dayOffset: -80,
    start: "14:00",
    end: "16:00",
    ...VENUE_CITYHALL,
    capacity: 50,
    howToJoin: "熊本市 生活安全課へお申し込みください。",
    attendance: { seekers: 0, employers: 22, interviews: 0 },
  },
];

// ---------------------------------------------------------------------------------------
// magazine, hires, contacts, outcome figures

export const MAGAZINE = {
  number: 1,
  title: "「Change!」熊本市 協力雇用主 求人情報誌",
  daysAgo: 14,
  itemCount: 12,
  coverText: "あなたの「これから」を応援する会社があります。",
  editorNote:
    "この冊子にのっている会社は、過去のことを知ったうえで、あなたと一緒に働きたいと考えている会社です。気になる仕事があったら、保護観察官や施設の職員に伝えてください。熊本市 生活安全課が、会社との間をつなぎます。",
};

export type HireSeed = { employer: string; monthsAgo: number; hires: number; note: string; jobTitle?: string };

export const HIRES: HireSeed[] = [
  { employer: "ueki", monthsAgo: 1, hires: 2, note: "2人とも寮に入り、元気に働いています。", jobTitle: "農作業スタッフ（寮あり）" },
  { employer: "higoseiko", monthsAgo: 1, hires: 1, note: "溶接の特別教育を受講中です。", jobTitle: "溶接補助スタッフ" },
  { employer: "shirakawa", monthsAgo: 2, hires: 1, note: "現場で先輩について働いています。", jobTitle: "型枠大工 見習い" },
  { employer: "hinokuni", monthsAgo: 2, hires: 1, note: "フォークリフトの講習を受ける予定です。" },
  { employer: "mizuakari", monthsAgo: 3, hires: 1, note: "初任者研修を受けながら働いています。" },
];

export type ContactSeed = {
  name: string;
  method: "phone" | "email";
  value: string;
  preferredTime: string;
  message: string;
  daysAgo: number;
  handled: boolean;
  jobTitle: string;
};

export const CONTACTS: ContactSeed[] = [
  {
    name: "たろう",
    method: "phone",
    value: "090-0000-0000",
    preferredTime: "平日の午後",
    message: "寮に入れるかどうか知りたいです。",
    daysAgo: 2,
    handled: false,
    jobTitle: "農作業スタッフ（寮あり）",
  },
  {
    name: "ケン",
    method: "email",
    value: "example@example.jp",
    preferredTime: "",
    message: "見学はできますか。",
    daysAgo: 6,
    handled: false,
    jobTitle: "溶接工",
  },
  {
    name: "みどり",
    method: "phone",
    value: "080-0000-0000",
    preferredTime: "午前中",
    message: "資格がなくても大丈夫ですか。",
    daysAgo: 15,
    handled: true,
    jobTitle: "介護職員（初任者研修 取得支援あり）",
  },
];

/** The plan's outcome indicator (2019 is the plan's baseline; later years are demo values). */
export const OUTCOMES: { year: number; arrested: number; repeat: number }[] = [
  { year: 2019, arrested: 1107, repeat: 564 },
  { year: 2024, arrested: 1012, repeat: 503 },
  { year: 2025, arrested: 968, repeat: 476 },
];
