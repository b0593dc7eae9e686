/**
 * The lines a government site wraps around a document, recognised one trimmed line at a time:
 * the metadata table of the 政府信息公开 pages (`索引号` `主题分类` `发文机关` `文号` `成文日期`
 * `有效性` …, one field a line, several on a line, with or without colons, with the value on the
 * next line), rows of buttons (`收藏` `打印本页` `关闭窗口` `【字体：大 中 小】` `分享到` `无障碍`),
 * login walls, document-sharing and content-farm banners, and footers (`ICP备` `网站标识码`
 * `公网安备` `版权所有`, `主办单位：` next to them). Used by paste.ts, which decides from the
 * neighbours what a weak line is. Labels are matched in simplified and traditional script.
 *
 * Precision comes first: a strong verdict needs a label or token that plan text does not write at
 * the start of a line (`索引号`, `有效性：`, `ICP备`); everything else is weak and only counts
 * next to strong chrome.
 */

/** Simplified characters of the labels with their traditional forms. */
const TRADITIONAL: Record<string, string> = {
  发: '發',
  来: '來',
  时: '時',
  间: '間',
  览: '覽',
  浏: '瀏',
  号: '號',
  体: '體',
  类: '類',
  题: '題',
  开: '開',
  机: '機',
  关: '關',
  构: '構',
  阅: '閱',
  读: '讀',
  点: '點',
  击: '擊',
  编: '編',
  辑: '輯',
  页: '頁',
  闭: '閉',
  扫: '掃',
  维: '維',
  码: '碼',
  载: '載',
  单: '單',
  办: '辦',
  备: '備',
  网: '網',
  标: '標',
  识: '識',
  权: '權',
  录: '錄',
  册: '冊',
  务: '務',
  范: '範',
  围: '圍',
  态: '態',
  级: '級',
  属: '屬',
  访: '訪',
  问: '問',
  数: '數',
  种: '種',
  称: '稱',
  实: '實',
  废: '廢',
  词: '詞',
  导: '導',
  链: '鏈',
  联: '聯',
  系: '係',
  们: '們',
  图: '圖',
  术: '術',
  门: '門',
  户: '戶',
  届: '屆',
  长: '長',
  辈: '輩',
  无: '無',
  碍: '礙',
  简: '簡',
  设: '設',
  为: '為',
  顶: '頂',
  注: '註',
  员: '員',
  会: '會',
  报: '報',
};

/** A label as a regex source: traditional forms allowed, spaces allowed between its characters (`索 引 号`). */
function label(word: string): string {
  return [...word].map((c) => (TRADITIONAL[c] && TRADITIONAL[c] !== c ? `[${c}${TRADITIONAL[c]}]` : c)).join('\\s*');
}
export function labelAlternatives(words: readonly string[]): string {
  return alternatives(words);
}
function alternatives(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(label)
    .join('|');
}

/** Fields only a site's metadata table has. */
const STRONG_FIELDS = [
  '索引号',
  '信息索引号',
  '主题分类',
  '组配分类',
  '体裁分类',
  '服务对象分类',
  '公文种类',
  '公文类别',
  '公开范围',
  '公开时限',
  '公开类型',
  '公开属性',
  '信息分类',
  '有效性',
  '信息有效性',
  '时效性',
  '效力级别',
  '效力状态',
  '成文日期',
  '生成日期',
  '发文机关',
  '发文单位',
  '发文字号',
  '发文序号',
  '文件编号',
  '文件登记号',
  '登记号',
  '发布机构',
  '公开日期',
  '法宝引证码',
  '所属机构',
  '所属主题',
  // 汉滨区's page (sixteenth blind set, form 251): `索引号 | … | 公开目录: | 工作报告 |`, `公开责任部门 | 公开形式: | 主动公开 |`.
  '公开目录',
  '公开责任部门',
  '公开责任单位',
];
/** Fields a metadata table shares with other text: they count only beside a strong field. */
const WEAK_FIELDS = [
  '名称',
  '信息名称',
  '标题',
  '文号',
  '分类',
  '发文日期',
  '发布日期',
  '发文时间',
  '发布时间',
  '签发时间',
  '实施日期',
  '废止日期',
  '关键词',
  '主题词',
  '来源',
  '信息来源',
  '日期',
  '类别',
  '文件类型',
  '公开方式',
  '公开形式',
  '文件名称',
  '发布单位',
  '施行日期',
  '访问次数',
  '浏览次数',
  '字体大小',
  // A document site's file card (`ID:27601549` `大小:70.62 KB` `页数:9页` `资源描述:`, form 518): a plan's table may have a 页数 column.
  'ID',
  '大小',
  '页数',
  '资源描述',
  // `  • 阅读:` / `  • 时间:2021-09-22 16:01` beside `• 来源:市发改委` (form 326).
  '阅读',
  '时间', // 高昌区's box (thirtieth blind set 676:5-9, form 666): `… 发布机构 高昌区政府办公室 公开日 2023-07-04`, `… 主题分类 生态保护
  // 失效日期`, `体裁分类 服务对象 各乡镇、各部门 有效性 有效`, `著录日期 生效日期`.
  '公开日',
  '失效日期',
  '生效日期',
  '著录日期',
  '服务对象',
  // 江苏's box (709:5-6, form 743): `| 內 容 概 述: | … |`, `| 時 效: |`.
  '内容概述',
  '內容概述',
  '时效',
  // 长治's and 石狮's boxes (718:2, 717:5 and 7; form 761): `- 成文时间:2026年02月11日`, `- 公文生成日期:…`, `- 備注/文號:…`.
  '成文时间',
  '公文生成日期',
  '备注/文号',
];
const STRONG_SET = new Set(STRONG_FIELDS);
const KEYWORDS = new Set(['主题词', '关键词']);
const FIELD_SOURCE = alternatives([...STRONG_FIELDS, ...WEAK_FIELDS]);
/**
 * A field label where a field starts: at the line start or after a space, `|` or bullet; in 【】, in `[ ]`
 * (`[ 索引号 ] | … | [ 发文字号 ] |`, ninth blind set 500) or before a colon or a space.
 */
const FIELD = new RegExp(
  `(?:^|(?<=[\\s|｜•·]))(?:【(${FIELD_SOURCE})】|\\[\\s*(${FIELD_SOURCE})\\s*\\]|(${FIELD_SOURCE})(?:\\s*([：:])|(?=\\s)|$))`,
  'g',
);
/** FIELD at the start of a line only. */
const FIELD_AT_START = new RegExp(FIELD.source, 'y');
const VALUE_BAD = /[。；;！？!?]/;
// (`- 索 引 号:…`, a Markdown list item: a site's index box as a converter writes it; thirty-sixth blind set 717, 718, form 761.)
const BULLET = /^(?:[•·●▪◆■◇□]\s*|-[ \t]+)/;
/** A pipe table's left border before a cell's words (webLine; not a line of borders, `|`, `|||`). */
const PIPE_BORDER = /^[|｜][ \t\u3000]*(?=[^|｜\s])/;

export const enum WebLine {
  None = 0,
  /** Chrome by itself. */
  Strong = 1,
  /** Chrome only next to strong chrome (a weak field, `展开`, `主办单位：`). */
  Weak = 2,
}

export interface WebVerdict {
  readonly kind: WebLine;
  /** The line is a field label without its value (`索引号`, `来源：`): the value is on the next line. */
  readonly open?: boolean;
}

const NONE: WebVerdict = { kind: WebLine.None };

const TRADITIONAL_PAIRS = Object.entries(TRADITIONAL).filter(([simplified, traditional]) => traditional !== simplified);
const ANY_TRADITIONAL = new RegExp(`[${TRADITIONAL_PAIRS.map(([, traditional]) => traditional).join('')}]`);

/** A label as written (spaces, traditional forms) in its simplified form without spaces. */
export function canonical(raw: string): string {
  let s = raw.replace(/\s+/g, '');
  // Most labels hold no traditional form: one test instead of a split and join per form.
  if (!ANY_TRADITIONAL.test(s)) return s;
  for (const [simplified, traditional] of TRADITIONAL_PAIRS) s = s.split(traditional).join(simplified);
  return s;
}

/** A line of metadata fields (`索引号：… 主题分类：…`, `文 号: | 武昌政办〔2023〕1号 |`, `索引号` alone). */
function fieldLine(s: string): WebVerdict {
  // A line whose first field does not start it is no field line (see below): one sticky try at 0
  // before the scan (FIELD's lookbehind is tried at every character of the line).
  FIELD_AT_START.lastIndex = 0;
  const first = FIELD_AT_START.exec(s);
  if (!first || first[0] === '') return NONE;
  const fields: Array<{ name: string; start: number; end: number; colon: boolean }> = [];
  FIELD.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = FIELD.exec(s));) {
    if (m[0] === '') {
      FIELD.lastIndex++;
      continue;
    }
    fields.push({ name: canonical(m[1] ?? m[2] ?? m[3]), start: m.index, end: m.index + m[0].length, colon: !!m[1] || !!m[2] || !!m[4] });
  }
  if (!fields.length || fields[0].start !== 0) return NONE;
  let strong = false;
  for (let k = 0; k < fields.length; k++) {
    const f = fields[k];
    const value = s
      .slice(f.end, k + 1 < fields.length ? fields[k + 1].start : s.length)
      .replace(/[\s|｜]+/g, ' ')
      .trim();
    if (value.length > 80 || VALUE_BAD.test(value)) return NONE;
    // A label without a colon is a field only when its value is one token (`发布机构 区人民政府办公室`).
    // (Keywords are a list one blank apart: `主题词 | 兴平市 人民政府 印发 |`.)
    if (!f.colon && value && /\s/.test(value) && !KEYWORDS.has(f.name)) return NONE;
    if (STRONG_SET.has(f.name)) strong = true;
  }
  const lastField = fields[fields.length - 1];
  const open = s.slice(lastField.end).trim() === '';
  // One colon-less label with a value is too weak a sign (`名称 …`), unless the label is strong.
  if (fields.length === 1 && !fields[0].colon && !open && !strong) return NONE;
  return { kind: strong ? WebLine.Strong : WebLine.Weak, open };
}

/** Buttons and widgets; lines made only of these (and separators) are chrome. */
const STRONG_TOKENS = alternatives([
  '打印',
  '打印本页',
  '打印此页',
  '打印文章',
  '关闭',
  '关闭窗口',
  '关闭本页',
  '收藏',
  '加入收藏',
  '设为首页',
  '返回顶部',
  '返回首页',
  '返回列表',
  '分享',
  '分享到',
  '分享至',
  '上一篇',
  '下一篇',
  '无障碍',
  '无障碍阅读',
  '无障碍浏览',
  '长者模式',
  '长辈版',
  '长者版',
  '适老化',
  '关怀版',
  '繁体版',
  '简体版',
  '会员登录',
  '新用户注册',
  // Account and report buttons of a portal's or a document site's header (thirtieth blind set 671:4, 673:7; form 644).
  '登录个人中心',
  '个人中心',
  '侵权投诉',
  '举报投诉',
  '用户登录',
  '扫一扫',
  '微信扫一扫',
  '手机扫一扫',
  '扫码分享',
  '网站地图',
  '网站导航',
  // A site's menu button (`导航菜单` on a line of its own, 642: form 518).
  '导航菜单',
  '下载',
  '全屏',
  '加大',
  '减小',
  '还原',
  '浏览次数',
  // `浏览:` under a news item's date line (twenty-second blind set 609, form 373): the view counter, its number lost.
  '浏览',
  '浏览量',
  '阅读次数',
  '点击量',
  '字体',
  '字号',
  // 宁波市发改委's page (nineteenth blind set, form 326): `文字:` / `保护视力色:` (a colour widget for the eyes).
  '保护视力色',
  '视力保护色',
  '护眼模式',
]);
const WEAK_TOKENS = alternatives([
  '展开',
  '收起',
  '默认',
  '超大',
  '特大',
  '标准',
  '大',
  '中',
  '小',
  '微信',
  '微博',
  'QQ空间',
  'QQ',
  '朋友圈',
  '新浪微博',
  '腾讯微博',
  '首页',
  '登录',
  '注册',
  '退出',
  'English',
  'ENGLISH',
  '简体',
  '繁體',
  '繁体',
  '二维码',
  '手机版',
  '文字',
  // A portal's search box (672:1 `一网搜 登录| 注册`, thirtieth blind set, form 644).
  '一网搜',
  '站内搜索',
  '全站搜索',
  '搜索',
]);
const TOKEN = new RegExp(`(${STRONG_TOKENS})|(${WEAK_TOKENS})|[\\s|｜•·【】\\[\\]（）()：:：/>＞»›×-]+|\\d{1,7}`, 'y');
const STRONG_TOKEN = new RegExp(`^(?:${STRONG_TOKENS})$`);

function tokenLine(s: string): WebVerdict {
  let pos = 0;
  let strong = false;
  let words = 0;
  let digits = 0;
  let login = false;
  let register = false;
  while (pos < s.length) {
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(s);
    if (!m) return NONE;
    if (m[1]) {
      strong = true;
      words++;
    } else if (m[2]) {
      words++;
      if (m[2] === '登录') login = true;
      else if (m[2] === '注册') register = true;
    } else if (/^\d+$/.test(m[0])) digits++;
    pos += m[0].length;
  }
  // `登录` and `注册` side by side with nothing but buttons (`一网搜 登录| 注册`, 672:1, form 644): a site's account bar.
  if (login && register) strong = true;
  if (!words) return NONE;
  // Counters go with buttons (`浏览次数：1165`), not alone; `字号` alone is a heading word, not a button.
  if (digits && !strong) return NONE;
  if (strong && words === 1 && /^[字]/.test(s.trim()) && !/[：:【[]/.test(s)) return { kind: WebLine.Weak };
  return { kind: strong ? WebLine.Strong : WebLine.Weak };
}

/** Whole lines that only sites write. */
const SITE_TEXT = new RegExp(
  [
    // Login walls and membership banners.
    // (a wall names what it hides: `阅读全部图文内容，您需要先登录`; `企业须先登录系统申报` is plan text)
    // (登陆 for 登录, as sites misspell it: `(想阅读完全部图文内容,您需要先登陆!)`, twenty-ninth blind set 650, form 543.)
    '^[（(【]?[^。]{0,10}(?:阅读|查看|浏览|下载)[^。]{0,10}(?:您?需要|请|须)先?登[录陆][^。]{0,6}[）)】]?[。！!]?[）)】]?$',
    '^[（(【]?(?:登[录陆]|注册)后(?:才能|方可|可|即可)?(?:查看|阅读|下载|浏览)[^。]{0,16}[）)】]?$',
    // A writing site's paywall and tip box after a cut text (650, form 543): `阅读全文`, `请选择打赏类型`, `赏赞`,
    // `如果喜欢本篇内容,请赞赏鼓励哦!`, `尚未有人赏赞,赶紧来一个吧`; its page card (`本文标题:…`, `链接地址:http…`) and
    // comment box (`精选留言`, `我要留言`).
    '^(?:阅读全文|查看全文|展开全文)(?:>>?|》)?$',
    '^[^。；;]{0,12}(?:打赏|赏赞|赞赏鼓励)[^。；;]{0,12}$',
    '^本文标题[：:]',
    '^(?:链接地址|本文链接|本文地址|原文地址)[：:]\\s*https?://',
    '^(?:精选留言|我要留言|发表留言|网友留言)$',
    // Document-sharing and content-farm banners.
    // (`《县教育局xx年教育工作要点》由会员上传分享,免费在线阅读,更多相关内容在学术论文-天天文库`: form 518.)
    '由会员(?:上传)?分享[，,]\\s*(?:可|免费)?在线阅读',
    // A document site's page images, each named by the document's title and its page (`县教育局xx年教育工作要点_第1页`).
    '^[^。；;！？]{2,60}_第[0-9０-９]{1,3}[页頁]$',
    '^下面是(?:小编|本站)[^。]{0,12}(?:整理|收集|分享)的.{0,80}供大家参考',
    '^(?:点击|免费)下载(?:本文|文档|全文|此文|WORD|Word|word)',
    // (`免责申明：本站部分内容转载自…`: the site's own misspelling, fourteenth blind set, form 205.)
    '^(?:声明|免责声明|免责申明|版权声明)[：:].{0,120}本站',
    // A content farm's sitemap links (`sitemap.xml sitemap2.xml …`, form 205).
    '^(?:sitemap\\d*\\.xml\\s*)+$',
    // A writing site's copy button and advert (`正文复制`, `更多写作资料+ 微信: 【会员享…】`), and lines of a table's pipes
    // left alone (`||`, `|`: a page's layout table, fifteenth blind set, form 216).
    '^正文复制$',
    '^更多写作资料[+＋]?\\s*(?:微信|V信|加微)',
    '^[|｜]{1,8}$',
    '本站原创[^。]{0,20}[。，,]?.{0,40}转载',
    // A writing site's preview notice (`预览结束,免费获取全文或定制代笔此类文章,请扫码联系老师!`), a page's link lines
    // (`原文链接:点击查看源文件`, `政策解读链接:点击查看政策解读`) and a news page's comment box (`最新评论`; sixteenth
    // blind set, form 250).
    '^预览结束[，,。!！]?.{0,40}(?:获取全文|下载全文|阅读全文|查看全文|扫码)',
    '^(?:原文|政策解读|解读|附件)?链接[：:]\\s*点击(?:查看|下载|打开)',
    '^(?:最新评论|发表评论|网友评论)$',
    // A site's greeting on a line of its own (`欢迎光临中国汽车维修行业协会网站`, `您好,欢迎来到中国质量新闻网房产资讯!`,
    // `欢迎来到平顶山市水利局!`; form 252): what it greets ends like a site or an office.
    '^(?:您好[，,!！]?\\s*)?欢迎(?:光临|访问|来到)[^。，,；;！!]{1,30}(?:网站|网|官网|平台|门户|资讯|频道|[局委办厅院部]|中心|政府)[!！。]?$',
    // Footers.
    'ICP[备備证證]\\s*[\\d０-９]|[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁新港澳台]ICP',
    '公网安备|公網安備',
    '网站标识码|網站標識碼',
    '^版权所有|^版權所有|^Copyright\\b|^©|^\\(c\\)\\s*\\d{4}',
    '^(?:建议|推荐)(?:使用|采用).{0,30}(?:浏览器|分辨率)',
    // Document-sharing sites (docslide and the like): English widgets.
    '^(?:Upload|Download|View|Embed Size \\(px\\)|Citation preview|Report|Share|Print|Sign in|Log in)$',
  ].join('|'),
);
/** Footer lines that also occur elsewhere (an event's 主办单位): only beside a strong footer. */
const WEAK_FOOTER = new RegExp(
  `^(?:${alternatives(['主办单位', '主办', '承办单位', '承办', '协办单位', '技术支持', '运维单位', '维护单位', '网站维护', '联系我们'])})(?:[：:]|$)`,
);
/** Related and friendly link headings (the list below them is handled by paste.ts). */
export const LINK_HEADING = new RegExp(
  `^[【\\[]?(?:${alternatives(['友情链接', '相关链接', '网站链接', '政府网站', '部门网站', '网站群', '相关文章', '相关阅读', '相关新闻', '相关稿件', '相关文件', '相关政策', '相关解读', '政策解读', '图片新闻'])})[】\\]]?[：:>》\\s]*$`,
);

const WEAK_SITE =
  /^(?:[¥￥]\s*\d{1,5}(?:\.\d{1,2})?|\d{1,4}\+|\d{1,5}(?:\.\d{1,2})?\s*[KMG]B|\d{1,3}\s*页|海报|热门推荐|本周热门|本月热门|热门文章|最新文章|微信订阅号|微信公众号|关于本文|相关内容|查看更多\s*(?:>>?|》)?|更多\s*>>|联系|联系方式)$/;

/**
 * A portal's header line (671:1 `中国政府网 贵州省人民政府网 毕节市 多云 28℃~19℃`, form 644): its links, ending in the
 * weather of the day, a temperature range after the sky.
 */
const WEATHER =
  /(?:晴|多云|阴|小雨|中雨|大雨|阵雨|雷阵雨|小雪|中雪|大雪|雨夹雪|雾|霾|[晴阴雨雪云]转[晴阴雨雪多小中大]{1,2}云?)\s*-?\d{1,2}\s*(?:℃|°C)?\s*[~～/-]\s*-?\d{1,2}\s*(?:℃|°C)$/;
/**
 * A site's list of its accounts and service links (682:1–2 `新冠肺炎求助平台 辟谣举报 违法和不良信息举报`, `景谷发布微信公众号
 * 景谷融媒抖音号 … 七彩云端APP`, form 644): two or more short items one blank apart, each ending like an account or a
 * reporting link.
 */
const ACCOUNT_ITEM =
  /^[\u4e00-\u9fffA-Za-z0-9]{0,10}(?:公众号|抖音号|快手号|视频号|头条号|微博|客户端|APP|App|举报|求助平台|举报平台|举报中心)$/;
function accountList(s: string): boolean {
  const items = s.split(/\s+/);
  return items.length >= 2 && items.every((item) => ACCOUNT_ITEM.test(item));
}

/** A pager (`第1页 / 共12页`, `第2页 共9页`). */
const PAGER = /^第\s*[0-9０-９]{1,3}\s*[页頁]\s*[/／]?\s*共\s*[0-9０-９]{1,4}\s*[页頁]$/;
/** A filing number alone (`42010202000465号`): ten digits or more, then 号. */
const FILING_NUMBER = /^\d{10,17}[号號]$/;

/** Classifies one trimmed line. */
export function webLine(raw: string): WebVerdict {
  const bulleted = raw.replace(BULLET, '');
  // `| 索 引 號: | 014000319/2025-00326 | 分 類: | … |` (thirty-fourth blind set 709, form 743): a metadata box copied as a pipe
  // table reads as the same fields without its left border.
  const s = bulleted.replace(PIPE_BORDER, '');
  if (!s || s.length > 160) return NONE;
  if (SITE_TEXT.test(s)) return { kind: WebLine.Strong };
  const field = fieldLine(s);
  // `• 发布时间: 2024-04-02 10:08`, `• 浏览次数:` (seventeenth blind set 575, form 275): a field a site lists as a
  // bulleted item is its page's metadata, written with its colon (a plan's own bulleted line names no such label).
  if (field.kind === WebLine.Weak && bulleted.length < raw.length && /^[^：:]{2,8}[：:]/.test(s))
    return { kind: WebLine.Strong, open: field.open };
  if (field.kind) return field;
  if (s.length <= 60) {
    const token = tokenLine(s);
    if (token.kind) return token;
  }
  if (WEAK_FOOTER.test(s) && !VALUE_BAD.test(s) && s.length <= 60) return { kind: WebLine.Weak };
  // `鄂公网安备` / `42010202000465号` (eighteenth blind set 588, form 298): a filing number alone on its line, weak (it
  // counts beside a strong footer only).
  if (s.length <= 20 && FILING_NUMBER.test(s)) return { kind: WebLine.Weak };
  // `第1页 / 共12页` between a document site's page images (form 518): weak, a printed page's footer may read so.
  if (s.length <= 20 && PAGER.test(s)) return { kind: WebLine.Weak };
  // A tip amount (`¥0.01`, `¥188`) and a page's side boxes (`热门推荐`, `• 本周热门`, `微信订阅号`, `关于本文`, `相关内容`,
  // `查看更多>>`, `联系`; 650, form 543), a document site's file card (`999+` views, `17.45KB`, `5 页`, `海报`; 673, form 644):
  // weak, chrome only beside chrome.
  if (s.length <= 12 && WEAK_SITE.test(s)) return { kind: WebLine.Weak };
  // A portal's header with the weather and a site's account links (form 644): weak, chrome only beside chrome.
  if (s.length <= 60 && !VALUE_BAD.test(s) && !/[，,、]/.test(s) && (WEATHER.test(s) || accountList(s))) return { kind: WebLine.Weak };
  return NONE;
}

export { STRONG_TOKEN };
