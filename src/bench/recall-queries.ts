/**
 * The recall suite's queries, drawn from the four seed exports
 * (/work/shared/seeds, described in their NOTES.md), with the pages each must
 * return. Slugs follow docs/content-format.md (沙府发〔2025〕8号 → sfzf-2025-008).
 * Expectations name the documents that print the query; where a term occurs in
 * many documents, the ones that define or are named by it.
 */

export type Source = '000' | '002' | '003' | '004';
export type Kind = 'wenhao' | 'title' | 'glossary' | 'glossary-2char' | 'place' | 'programme' | 'unit' | 'number' | 'line-break' | 'person' | 'verbatim-slip';

export interface RecallQuery {
  query: string;
  source: Source;
  kind: Kind;
  /** Site paths that must be among the results (glossary cards count). */
  expect: string[];
  /** first: expect[0] is the first result; first-page: every expected page is on the first page. */
  rank?: 'first' | 'first-page';
}

const d = (slug: string) => `/documents/${slug}/`;
const g = (slug: string) => `/glossary/${slug}/`;
const r = (slug: string) => `/reports/${slug}/`;
const gz = (slug: string) => `/gazettes/${slug}/`;

export const RECALL_QUERIES: RecallQuery[] = [
  // 000 — 公报 2025年第1期: the 2025 work report and five notices.
  { query: '沙府发〔2025〕8号', source: '000', kind: 'wenhao', expect: [d('sfzf-2025-008')], rank: 'first' },
  { query: '沙府发〔2025〕8 号', source: '000', kind: 'wenhao', expect: [d('sfzf-2025-008')], rank: 'first' },
  { query: '沙府发[2025]8号', source: '000', kind: 'wenhao', expect: [d('sfzf-2025-008')], rank: 'first' },
  { query: '沙府发2025 8号', source: '000', kind: 'wenhao', expect: [d('sfzf-2025-008')], rank: 'first' },
  { query: '沙府发〔2025〕25号', source: '000', kind: 'wenhao', expect: [d('sfzf-2025-025')], rank: 'first' },
  { query: '沙府办发〔2025〕13号', source: '000', kind: 'wenhao', expect: [d('sfbf-2025-013')], rank: 'first' },
  { query: '沙府办发﹝2025﹞19号', source: '000', kind: 'wenhao', expect: [d('sfbf-2025-019')], rank: 'first' },
  { query: '沙府办发(2025)35号', source: '000', kind: 'wenhao', expect: [d('sfbf-2025-035')], rank: 'first' },
  { query: '沙坪坝区加强和改进“一老一幼”服务工作方案', source: '000', kind: 'title', expect: [d('sfbf-2025-035')], rank: 'first-page' },
  { query: '重庆市沙坪坝区人民政府公报 2025年第1期', source: '000', kind: 'title', expect: [gz('2025-01')], rank: 'first-page' },
  { query: '15分钟高品质生活圈', source: '000', kind: 'glossary', expect: [g('15-fen-zhong-gao-pin-zhi-sheng-huo-quan'), r('work-report-2025')] },
  { query: '“141”基层治理体系', source: '000', kind: 'glossary', expect: [g('141-ji-ceng-zhi-li-ti-xi'), r('work-report-2025')] },
  { query: '九类街面警情', source: '000', kind: 'glossary', expect: [g('jiu-lei-jie-mian-jing-qing'), r('work-report-2025')] },
  { query: '云湖未来社区', source: '000', kind: 'glossary', expect: [g('yun-hu-wei-lai-she-qu'), r('work-report-2025')] },
  { query: '十项行动', source: '000', kind: 'glossary', expect: [g('shi-xiang-xing-dong'), r('work-report-2025')] },
  { query: '两重', source: '000', kind: 'glossary-2char', expect: [g('liang-chong'), r('work-report-2025'), d('sfzf-2022-008')] },
  { query: '1220.9', source: '000', kind: 'number', expect: [r('work-report-2025')] },
  { query: '1220.9 亿元', source: '000', kind: 'number', expect: [r('work-report-2025')] },
  { query: '0.3‰', source: '000', kind: 'number', expect: [d('sfzf-2025-008')] },
  { query: '领头雁”战略定位', source: '000', kind: 'line-break', expect: [r('work-report-2025')] },
  { query: '清廉重庆', source: '000', kind: 'line-break', expect: [g('qing-lian-chong-qing-jian-she'), r('work-report-2025')] },
  { query: '建成 20 个 AI 应用综合场景', source: '000', kind: 'line-break', expect: [r('work-report-2025')] },
  { query: '产业政策、法规标准', source: '000', kind: 'line-break', expect: [d('sfzf-2025-008')] },
  { query: '新产业、新业态、新模式带动就业潜力', source: '000', kind: 'line-break', expect: [d('sfbf-2025-019')] },
  { query: '区防减灾灾委', source: '000', kind: 'verbatim-slip', expect: [d('sfzf-2025-008')] },
  { query: '名校联中并双校区', source: '000', kind: 'verbatim-slip', expect: [r('work-report-2025')] },
  { query: '区大数据发展局', source: '000', kind: 'unit', expect: [d('sfbf-2025-013')] },
  { query: '白名单', source: '000', kind: 'programme', expect: [d('sfzf-2025-025')] },
  { query: '肖庆华', source: '000', kind: 'person', expect: [r('work-report-2025'), r('work-report-2022')] },

  // 002 — 公报 2020年第2期: the 2021 work report and twelve numbered documents.
  { query: '沙府发〔2020〕75号', source: '002', kind: 'wenhao', expect: [d('sfzf-2020-075')], rank: 'first' },
  { query: '沙府办发〔2020〕127 号', source: '002', kind: 'wenhao', expect: [d('sfbf-2020-127')], rank: 'first' },
  { query: '渝规资规范〔2020〕8号', source: '002', kind: 'wenhao', expect: [d('ygzgf-2020-008'), d('sfbf-2020-127')], rank: 'first' },
  { query: '沙府发〔2019〕18号', source: '002', kind: 'wenhao', expect: [d('sfzf-2020-075')] },
  { query: '重庆市沙坪坝区人民政府关于禁止猎捕野生动物的通告', source: '002', kind: 'title', expect: [d('sfzf-2020-075')], rank: 'first-page' },
  { query: '放管服', source: '002', kind: 'glossary', expect: [g('fang-guan-fu'), r('work-report-2021'), r('work-report-2022'), d('sfbf-2022-055')] },
  { query: '市域社会治理现代化试点', source: '002', kind: 'glossary', expect: [g('shi-yu-she-hui-zhi-li-xian-dai-hua-shi-dian'), r('work-report-2021')] },
  { query: '僵尸企业', source: '002', kind: 'glossary', expect: [g('jiang-shi-qi-ye'), r('work-report-2021')] },
  { query: '尾欠户', source: '002', kind: 'glossary', expect: [g('wei-qian-hu'), r('work-report-2021')] },
  { query: '惠残 2020 工程', source: '002', kind: 'programme', expect: [d('sfbf-2020-079')] },
  { query: '绿盾2020', source: '002', kind: 'programme', expect: [d('sfbf-2020-112')] },
  { query: '青少年科技创新区长奖', source: '002', kind: 'programme', expect: [d('sfzf-2020-042')] },
  { query: '非物质文化遗产代表性项目名录', source: '002', kind: 'programme', expect: [d('sfzf-2020-076')] },
  { query: '婴幼儿照护服务', source: '002', kind: 'programme', expect: [d('sfbf-2020-108')] },
  { query: '歌乐山', source: '002', kind: 'place', expect: [d('sfbf-2020-112'), d('sfzf-2020-065'), d('sfzf-2020-076'), d('sfbf-2022-016'), r('work-report-2021')] },
  { query: '铁路线路安全保护区', source: '002', kind: 'place', expect: [d('sfzf-2020-074')] },
  { query: '只要紧紧扭住发展第一要务', source: '002', kind: 'line-break', expect: [r('work-report-2021')] },
  { query: '配套的检验检疫监测', source: '002', kind: 'line-break', expect: [d('ygzgf-2020-008')] },
  { query: '重庆市农业农村委员会', source: '002', kind: 'line-break', expect: [d('sfbf-2020-127'), d('ygzgf-2020-008')] },
  { query: '常斌', source: '002', kind: 'person', expect: [r('work-report-2021')] },
  { query: '智慧医疗', source: '002', kind: 'programme', expect: [d('sfbf-2020-131'), r('work-report-2021')] },
  { query: '生态保护红线', source: '002', kind: 'programme', expect: [d('sfzf-2020-065'), g('san-xian-yi-dan')] },

  // 003 — the 2022 work report and five notices (no gazette issue).
  { query: '沙府办发〔2022〕16号', source: '003', kind: 'wenhao', expect: [d('sfbf-2022-016')], rank: 'first' },
  { query: '沙府发〔2022〕21号', source: '003', kind: 'wenhao', expect: [d('sfzf-2022-021')], rank: 'first' },
  { query: '沙府办发[2022]55号', source: '003', kind: 'wenhao', expect: [d('sfbf-2022-055')], rank: 'first' },
  { query: '重庆市沙坪坝区森林火灾应急预案', source: '003', kind: 'title', expect: [d('sfbf-2022-016')], rank: 'first-page' },
  { query: '双减', source: '003', kind: 'glossary-2char', expect: [g('shuang-jian'), r('work-report-2022'), d('sfbf-2022-010')] },
  { query: '龙饮嘉陵', source: '003', kind: 'glossary', expect: [g('long-yin-jia-ling-chen-jin-shi-lv-you-xin-dong-xian'), r('work-report-2022')] },
  { query: '碳达峰碳中和', source: '003', kind: 'glossary', expect: [g('tan-da-feng-tan-zhong-he'), r('work-report-2022'), r('supervision-report-2022')] },
  { query: '以案四改', source: '003', kind: 'glossary', expect: [g('yi-an-si-gai'), r('work-report-2022'), r('work-report-2021')] },
  { query: '八项行动计划', source: '003', kind: 'glossary', expect: [g('ba-xiang-xing-dong-ji-hua'), r('work-report-2022')] },
  { query: '区经信委', source: '003', kind: 'unit', expect: [d('sfbf-2022-016'), d('sfzf-2022-008')] },
  { query: '中电光谷·西部科技城', source: '003', kind: 'place', expect: [r('work-report-2022'), r('supervision-report-2022')] },
  { query: '残疾人保障和发展规划', source: '003', kind: 'title', expect: [d('sfzf-2022-021')], rank: 'first-page' },
  { query: '全民健身实施计划', source: '003', kind: 'programme', expect: [d('sfbf-2022-010')] },
  { query: '政务服务工作要点', source: '003', kind: 'programme', expect: [d('sfbf-2022-055')] },
  { query: '丰文街道', source: '003', kind: 'place', expect: [d('sfbf-2022-016'), d('sfzf-2022-008'), r('supervision-report-2022')] },

  // 004 — the supervision office's report on the 2022 targets and tasks.
  { query: '关于2022年区政府工作报告重点任务前三季度推进情况的报告', source: '004', kind: 'title', expect: [r('supervision-report-2022')], rank: 'first-page' },
  { query: '督查办', source: '004', kind: 'unit', expect: [r('supervision-report-2022')] },
  { query: '陈英', source: '004', kind: 'person', expect: [r('supervision-report-2022')] },
  { query: '黄可欣', source: '004', kind: 'person', expect: [r('supervision-report-2022')] },
  { query: '中电光谷•西部科技城', source: '004', kind: 'place', expect: [r('supervision-report-2022'), r('work-report-2022')] },
  { query: '隐形壁垒', source: '004', kind: 'verbatim-slip', expect: [r('supervision-report-2022')] },
  { query: '综合运动各种措施', source: '004', kind: 'verbatim-slip', expect: [r('supervision-report-2022')] },
  { query: '1972平方米', source: '004', kind: 'number', expect: [r('supervision-report-2022')] },
  { query: '联动共建科学城', source: '004', kind: 'line-break', expect: [r('supervision-report-2022'), r('work-report-2022')] },
  { query: '招商领导小组成员单位', source: '004', kind: 'line-break', expect: [r('supervision-report-2022')] },
  { query: '干部教育培训工作联席会议成员单位', source: '004', kind: 'line-break', expect: [r('supervision-report-2022')] },
  { query: '区发展改革委', source: '004', kind: 'unit', expect: [r('supervision-report-2022'), d('sfzf-2025-008'), d('sfbf-2022-016'), d('sfbf-2020-108')] },
  { query: '中梁镇', source: '004', kind: 'place', expect: [r('supervision-report-2022'), d('sfbf-2022-016'), d('sfbf-2020-112')] },
];
