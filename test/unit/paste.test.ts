/**
 * paste-artifact and repeated-word: fixtures (every fix re-analysed), seed 003's pinyin and
 * `作為作為`, and the recorded findings of every real document (corpus-paste.expected.json).
 */
import { strict as assert } from 'assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/core/services/analyze';
import { applyEdits } from '../../server/src/core/services/fixes';
import { positionAt, splitLines } from '../../server/src/core/model/model';
import { carryPasteFacts, classifyChrome, findPasteArtifacts, LineChrome } from '../../server/src/core/facts/paste';
import { pasteArtifactFindings } from '../../server/src/core/facts/pasteFindings';
import { realDocuments } from './realDocuments';
import { fixAll, spanFixtureTests } from './spanFixtures';

const ROOT = path.join(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures');
const seed = (prefix: string) => {
  const name = fs.readdirSync(path.join(ROOT, 'seeds')).find((f) => f.startsWith(prefix))!;
  return fs.readFileSync(path.join(ROOT, 'seeds', name), 'utf8');
};
const PASTE_RULES = ['duplicate-passage', 'duplicate-heading', 'repeated-word', 'paste-artifact'];
/** The seeds, ../shared/corpus and the plain-text documents of the project corpus (test/corpus). */
function pasteDocuments(): Array<{ name: string; text: string }> {
  const dir = path.join(ROOT, 'test/corpus');
  const own = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: `test/corpus/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  return [...realDocuments(), ...own];
}

describe('paste-artifact fixtures', () => spanFixtureTests(path.join(FIXTURES, 'paste-artifact'), ['paste-artifact']));
describe('repeated-word fixtures', () => spanFixtureTests(path.join(FIXTURES, 'repeated-word'), ['repeated-word']));

describe('paste-artifact', () => {
  it('web chrome: each kind of line is recognised, body text next to it is not', () => {
    const text = [
      '分享：',
      '首页 > 政务公开 > 计划总结',
      '2026年02月10日 07时41分',
      '文章类型：转载  内容分类：其它',
      '（来源：青海日报）',
      '编辑：何继红',
      'be341a59f1dd422394845dcb3fce09dc:',
      '热议政府工作报告',
      '',
      '一、加强组织领导',
      '时间：2024年3月15日',
      '资金来源：市财政',
      '（一）大',
      '收藏',
    ].join('\n');
    const chrome = classifyChrome(text, splitLines(text));
    // Widget 1, metadata 2, trailer 3; the related-article title after the hex id is a widget line.
    assert.deepEqual([...chrome], [1, 1, 2, 2, 3, 2, 1, 1, 0, 0, 0, 0, 0, 1]);
    assert.equal(LineChrome.Meta, 2);
  });

  it('site metadata tables, buttons, login walls and footers outside the text; plan lines that name them stay', () => {
    const lines = [
      '• 索引号:11N000/ZK-2023-000021',
      '• 信息有效性:有效',
      '展开', // bulleted table and its button
      '索引号',
      '011437144/2023-06550',
      '效力状态',
      '有效', // one field a line
      '發布日期:2023-09-01 10:51 來源: 絳縣人民政府 【字體:大 中 小】 打印本頁', // traditional, buttons after the fields
      '政务公开 > 平昌县农业农村局 > 规划计划',
      '某县2024年工作要点',
      '一、办好政府网站，发布机构及时更新，来源不明的不得发布。',
      '公开范围：全县各部门',
      '主办单位：县商务局',
      '发布时间：2024年3月底前',
      '（3）企业须先登录系统申报',
      '东部 > 中部 > 西部',
      '收藏', // inside the text: only the button
      '二、清理失效链接，链接外部网站前履行审核程序。',
      '(阅读全部图文内容,您需要先登录!)',
      '主办单位：某县人民政府办公室',
      '皖ICP备05001234号 皖公网安备 34000002000123号',
    ];
    const text = lines.join('\n');
    const chrome = [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0));
    assert.deepEqual(chrome, [1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1]);
  });

  it('metadata labels in `[ ]`, a keyword list one blank apart, 签发时间 and the 无障碍浏览/长者模式 buttons (ninth blind set); plan lines with brackets stay', () => {
    const lines = [
      '无障碍浏览 长者模式',
      '[ 索引号 ] | 11500229759293419E/2025-00009 | [ 发文字号 ] | 城发改委发〔2025〕4号 |',
      '[ 发布机构 ] | 城口县发展和改革委员会 | ||',
      '索引号 | 000014349116104810160239447/2022-01099 | 签发时间 | 2022-07-28 | ||',
      '公开时限 | 长期公开 | 主题词 | 兴平市 人民政府 印发 的通知 | ||',
      '某县2025年工作要点',
      '一、主要目标',
      '[1] 主题词 提炼要准确，签发时间 按规定填写。',
      '关键词 要突出重点 明确 方向',
    ];
    const text = lines.join('\n');
    assert.deepEqual(
      [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0)),
      [1, 1, 1, 1, 1, 0, 0, 0, 0],
    );
  });

  it('a document site file card, page images and upload note, and a menu button, are the site’s (twenty-seventh blind set, form 518); plan lines naming them stay', () => {
    const lines = [
      '导航菜单',
      '县教育局xx年教育工作要点',
      'ID:27601549',
      '大小:70.62 KB',
      '页数:9页',
      '时间:2018-12-04',
      '县教育局xx年教育工作要点_第1页',
      '县教育局xx年教育工作要点_第2页',
      '第2页 / 共9页',
      '资源描述:',
      '《县教育局xx年教育工作要点》由会员上传分享,免费在线阅读,更多相关内容在学术论文-天天文库',
      '一、主要目标',
      '导航菜单栏目要清晰,发展北斗导航产业。',
      '页数:9页',
      '大小:按实际需要确定',
      '报送材料第1页须加盖公章。',
      '第3页 共12页',
    ];
    const text = lines.join('\n');
    // (页数, 大小, ID and a pager count only beside strong chrome: a plan's 页数 line or a printed page's footer alone stays.)
    assert.deepEqual(
      [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0)),
      [1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0],
    );
  });

  it('a disclaimer written 免责申明, a sitemap line and a byline closed by a dash are the site’s (fourteenth blind set, forms 205–206); plan lines naming them stay', () => {
    const lines = [
      '免责申明: 本站部分内容转载自国内知名媒体,如有侵权请联系客服删除。',
      'sitemap.xml sitemap2.xml sitemap3.xml sitemap4.xml',
      '作者:星座大师 -',
      '某县2025年工作要点',
      '免责申明制度要写明责任主体,本站点建设由县数据局负责。',
      '更新网站sitemap.xml,提升检索效率。',
      '作者:市委宣传部 - 负责组织宣讲。',
    ];
    const text = lines.join('\n');
    // (Form 206: a byline whose date after the dash was dropped, `作者:星座大师 -`; a dash before text is no separator of fields.)
    assert.deepEqual(
      [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0)),
      [1, 1, 1, 0, 0, 0, 0],
    );
  });

  it('a writing site’s copy button and advert and lines of a table’s pipes alone are the site’s (fifteenth blind set, form 216); plan lines naming them stay', () => {
    const lines = [
      '正文复制',
      '更多写作资料+ 微信: 【会员享300g最新资料/每天稳定更新】',
      '||',
      '|',
      '某县2025年工作要点',
      '正文复制后提交县政府办公室。',
      '收集更多写作资料,提升公文质量。',
      '| 序号 | 任务 |',
    ];
    const text = lines.join('\n');
    assert.deepEqual(
      [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0)),
      [1, 1, 1, 1, 0, 0, 0, 0],
    );
  });

  it('lines of `|` alone at the top or the end of the text are an HTML table’s borders (twenty-third blind set, form 396); an empty row of a pipe table stays', () => {
    const kinds = (lines: string[]) => {
      const text = lines.join('\n');
      return [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0));
    };
    // 613:1-2: `|` and a run of 246 `|` (longer than any chrome line) above the cover note; 587: `|` as the last line.
    const body = '为贯彻落实县委县政府决策部署，特制定本工作计划，请认真贯彻执行。';
    assert.deepEqual(kinds(['|', '|'.repeat(246), '县各有关单位:', body, '一、主要目标', body, '|']), [1, 1, 0, 0, 0, 0, 1]);
    // Next to a line with cells it is an empty row of the table: content (441, 313's `… 常政發〔2023〕1號 |`).
    assert.deepEqual(kinds(['序号 |', '|', '1 |', body]), [0, 0, 0, 0]);
    assert.deepEqual(kinds(['序号 |', '| |', '1 |', body]), [0, 0, 0, 0]);
    assert.deepEqual(kinds(['|', '关于印发工作方案的通知 |', body]), [0, 0, 0]);
    assert.deepEqual(kinds([body, '| 序号 | 任务 |', '| | |']), [0, 0, 0]);
    // Inside the text (between two sentences of the body) it is not read.
    assert.deepEqual(kinds([body, '|', body]), [0, 0, 0]);
    // A Markdown separator row is no border residue.
    assert.deepEqual(kinds(['|---|---|', body]), [0, 0]);
  });

  it('a channel label right above the breadcrumb that names it as a channel is the site’s (twenty-third blind set, form 397); a title above a breadcrumb stays', () => {
    const kinds = (text: string) => [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0));
    const body =
      '\n2024年政府工作的总体要求和目标任务\n\n2024年政府工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，推动高质量发展。';
    // 614:1-3.
    assert.deepEqual(kinds('金华\n\n首页>地方频道>金华>要闻' + body), [1, 0, 1, 0, 0, 0]);
    // The breadcrumb's last item is the page (it may be the text's title): a line equal to it stays.
    assert.deepEqual(kinds('要闻\n\n首页>地方频道>金华>要闻' + body), [0, 0, 1, 0, 0, 0]);
    // A word the breadcrumb does not name, a label with a mark, or one under a line of text stays.
    assert.deepEqual(kinds('义乌\n\n首页>地方频道>金华>要闻' + body), [0, 0, 1, 0, 0, 0]);
    assert.deepEqual(kinds('金华：\n首页>地方频道>金华>要闻' + body).slice(0, 2), [0, 1]);
    assert.deepEqual(kinds('某市2024年工作要点\n金华\n首页>地方频道>金华>要闻' + body).slice(0, 3), [0, 0, 1]);
    // Without a breadcrumb under it, a one-word line (a running head) stays.
    assert.deepEqual(kinds('金华' + body), [0, 0, 0, 0]);
  });

  it('a title under an empty page counter (`浏览量:  【字体:   】`) is text, a bulleted menu entry above the breadcrumb is the site’s (form 583, 658)', () => {
    const kinds = (text: string) => [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0));
    const body = '\n1.落实积极应对人口老龄化国家战略,加快发展健康、养老、育幼、家政等服务业,加强公益性、基础性服务业供给。';
    const head = '• 政府信息公开\n您当前的位置:首页 > 信息公开 > 灵璧县卫生健康委员会 > 决策部署落实情况\n浏览量:  【字体:   】\n';
    const meta = '\n文章来源:灵璧县卫生健康委员会 浏览量: 发表时间:2021-05-07 10:49 责任编辑:卫健委政务公开\n';
    assert.deepEqual(kinds(head + '\n县卫健委2021年政府工作报告任务分解\n' + meta + body), [1, 1, 1, 0, 0, 0, 1, 0, 0]);
    // The counter's number on the next line is its value; a 来源 label's value on the next line still is.
    assert.deepEqual(kinds('浏览次数:\n1165\n' + body).slice(0, 2), [1, 1]);
    assert.deepEqual(kinds('来源:\n灵璧县卫生健康委员会\n' + body).slice(0, 2), [1, 1]);
    // A bulleted line under a line of text, or with no breadcrumb under it, stays.
    assert.deepEqual(kinds('某县2021年工作要点\n• 政府信息公开\n首页 > 信息公开 > 决策部署' + body).slice(0, 2), [0, 0]);
    assert.deepEqual(kinds('• 政府信息公开' + body)[0], 0);
  });

  it('a writing site’s paywall, tip box, page card and side boxes after a cut text are the site’s (form 543, 650); a heading before them and a price in a sentence stay', () => {
    const kinds = (text: string) => [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0));
    const body =
      '县水务局2026年工作要点\n一、筑牢水安全屏障\n以保障人民群众生命财产安全为首要目标,系统提升水旱灾害防御能力,对新购设备每台补贴2000元。\n二、深化水生态治理\n';
    const wall = [
      '阅读全文',
      '(想阅读完全部图文内容,您需要先登陆!)',
      '如果喜欢本篇内容,请赞赏鼓励哦!',
      '请选择打赏类型',
      '¥0.01',
      '¥188',
      '赏赞',
      '精选留言',
      '我要留言',
      '关于本文',
      '本文标题:县水务局2026年工作要点',
      '链接地址:http://www.example.com/detail/157821.htm',
      '相关内容',
      '热门推荐',
      '• 本周热门',
      '微信订阅号',
      '联系',
    ];
    assert.deepEqual(kinds(body + wall.join('\n')), [0, 0, 0, 0, ...wall.map(() => 1)]);
    // Inside the text (a sentence after them) the weak side boxes stay.
    assert.deepEqual(kinds(body + '相关内容\n联系\n' + body.split('\n')[2]).slice(4, 6), [0, 0]);
  });

  it('a metadata box copied as a pipe table (`| 索 引 號: | … |`, form 743) is the site’s, as without its border; a plan’s pipe table stays', () => {
    const kinds = (text: string) => [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0));
    const box =
      '| 索 引 號: | 014000319/2025-00326 | 分 類: | 政府文件 |\n| 發 布 機 構: | 某省人民政府 | 發 文 日 期: | 2025-12-29 |\n| 內 容 概 述: | 省政府關於印發行動方案的通知 | ||\n| 時 效: |\n';
    const body = '省政府關於印發某省行動方案的通知\n各市、縣人民政府：現將方案印發給你們，請認真貫徹執行。\n';
    assert.deepEqual(kinds(box + body), [1, 1, 1, 1, 0, 0, 0]);
    const table = '某县2025年工作方案\n| 序号 | 任务 | 来源: | 责任单位 |\n| 1 | 新建项目10个 | 财政 | 县发改局 |\n';
    assert.deepEqual(kinds(table), [0, 0, 0, 0]);
  });
  it('a site’s index box written as `- ` list items (form 761) is the site’s, as with a bullet; a plan’s `- ` list stays', () => {
    const kinds = (text: string) => [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0));
    const box =
      '- 索 引 号:000014349/2026-03793\n- 成文时间:2026年02月11日\n- 发布机构:长治市人民政府办公室\n- 发文字号:长政办函〔2026〕1号\n';
    const body = '长治市人民政府办公室关于印发2026年重点目标任务清单的通知\n各县、区人民政府：现将清单印发给你们，请认真贯彻执行。\n';
    assert.deepEqual(kinds(box + body), [1, 1, 1, 1, 0, 0, 0]);
    assert.deepEqual(kinds('某县2026年工作要点\n- 加强项目建设，新建项目10个。\n- 来源于财政的资金全部到位。\n'), [0, 0, 0, 0]);
  });
  it('a news site’s menu at the top, one entry per line above its breadcrumb (`客户端` `官方微信` …, form 751), is the site’s; short lines of a plan stay', () => {
    const kinds = (text: string) => [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0));
    const body = '\n内蒙古自治区人民政府关于下达2026年计划的通知\n各盟行政公署、市人民政府：现将计划下达给你们，请认真贯彻执行。\n';
    assert.deepEqual(
      kinds('客户端\n官方微信\n官方微博\n今日头条\n北疆观察\n数字报刊\n北疆新闻 > 要闻 > 正文\n' + body),
      [1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0],
    );
    // Counter-examples: short lines that name no app or account, one menu word among them, and the words below the title.
    assert.deepEqual(kinds('总体要求\n主要目标\n重点任务\n首页 > 要闻 > 正文\n' + body), [0, 0, 0, 1, 0, 0, 0, 0]);
    assert.deepEqual(kinds('客户端\n主要目标\n重点任务\n首页 > 要闻 > 正文\n' + body), [0, 0, 0, 1, 0, 0, 0, 0]);
    assert.deepEqual(kinds('某市2026年工作要点\n客户端\n官方微信\n官方微博\n一、主要目标\n'), [0, 0, 0, 0, 0, 0]);
  });
  it('a portal’s validity label glued before the title at the top (`【有效】…的通知`, form 737) is removed alone; not a label word of the text', () => {
    const text = '【有效】汉中市人民政府办公室关于印发三年行动方案的通知\n\n各县区人民政府：\n现将方案印发给你们。\n';
    const found = findPasteArtifacts(text, splitLines(text));
    assert.deepEqual(
      found.map((a) => `${a.kind} ${text.slice(a.start, a.end)}`),
      ['statusTag 【有效】'],
    );
    assert.equal(fixAll(text, ['paste-artifact']), text.slice(4));
    // Counter-examples: a bracketed heading, a term of validity, and the label far down the text.
    const others =
      '某局2025年工作要点\n【工作目标】全年完成投资10亿元。\n【有效期】自印发之日起施行。\n' + '正文。\n'.repeat(12) + '【有效】某文件\n';
    assert.deepEqual(findPasteArtifacts(others, splitLines(others)), []);
  });
  it('a repost’s source with a date glued to it, a date label with a blank before its colon, a document site’s file card and account buttons are the site’s (forms 625, 644)', () => {
    const kinds = (text: string) => [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0));
    const body = '\n2024年,在县委、县政府及各级主管单位的坚强领导下,全县交通运输工作取得新成效,完成投资12亿元。';
    assert.deepEqual(kinds('政府工作报告极简版\n文章来源:人民日报碳交易网2026-03-05 10:56' + body), [0, 1, 0]);
    assert.deepEqual(kinds('县食品安全重点工作任务清单\n发布时间 :2025-07-16' + body), [0, 1, 0]);
    assert.deepEqual(
      kinds('县交通运输局2024年度工作总结\n2024-12-03\n999+\n17.45KB\n5 页\n海报\n侵权投诉' + body),
      [0, 1, 1, 1, 1, 1, 1, 0],
    );
    assert.deepEqual(kinds('无障碍\n登录个人中心\n毕节市农业农村局2025年工作要点' + body), [1, 1, 0, 0]);
    // Not beside chrome, a page count or a view count is text; a source line whose value is a sentence is text.
    assert.deepEqual(kinds('县交通运输局2024年度工作总结\n5 页' + body), [0, 0, 0]);
    assert.deepEqual(kinds('来源:各镇上报的数据显示完成投资12亿元，同比增长8%。' + body)[0], 0);
  });

  it('a source, time and read-count line under the title, the count left empty, is the site’s (682:9, thirty-first blind set)', () => {
    const kinds = (text: string) => [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0));
    const body = '\n2月26日上午,县第十八届人民代表大会第六次会议开幕,政府工作报告记录下2025年的奋斗成果。';
    const title = '数读政府工作报告:一图读懂景谷2025年“成绩单”\n\n';
    assert.deepEqual(kinds(title + '来源:县融媒体中心综合报道 时间:2026-02-26 阅读:' + body), [0, 0, 1, 0]);
    assert.deepEqual(kinds(title + '来源:县融媒体中心 时间:2026-02-26 阅读:1,024' + body), [0, 0, 1, 0]);
    // Counter-examples: 阅读 heading a line of the text, a read "count" that is words, a 来源 a sentence names, a signature's date.
    assert.deepEqual(kinds(title + '阅读:推广全民阅读' + body), [0, 0, 0, 0]);
    assert.deepEqual(kinds(title + '来源:县融媒体中心 阅读:推广全民阅读' + body), [0, 0, 0, 0]);
    assert.deepEqual(kinds(title + '资金来源:县财政 时间:2026-02-26 阅读:' + body), [0, 0, 0, 0]);
    assert.deepEqual(kinds(title + '县教育局\n2026年2月26日' + body), [0, 0, 0, 0, 0]);
  });

  it('a listing’s title and teaser (the lead cut short) above the article’s own title are the site’s (686:1–2, form 704)', () => {
    const kinds = (text: string) => [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0));
    const first = '2025年是教育強(qiáng)國建設(shè)的開局之年,也是實(shí)現(xiàn)“十四五”規(guī)劃目標(biāo)的收官之年。';
    const rest =
      '全縣教育工作的總體要求是:深入學(xué)習(xí)貫徹習(xí)近平總書記關(guān)于教育的重要論述,認(rèn)真貫徹落實(shí)黨的二十大、二十屆';
    const lead = first + rest + '三中全會精神,推動教育高質(zhì)量發(fā)展。'.repeat(8);
    const after = '\n一、堅(jiān)持一條主線';
    // 686: the title with its pinyin, the teaser cut at `二十屆。`, the title again, the lead (one long line).
    const t1 = '2025年教育工作要點(diǎn)';
    assert.deepEqual(kinds(`${t1}\n${first}${rest}。\n${t1}\n${lead}${after}`), [1, 1, 0, 0, 0]);
    // The title again in the other script, blank lines between, chrome before, a teaser cut with an ellipsis.
    assert.deepEqual(
      kinds(`当前位置:首页 > 教育动态\n${t1}\n\n${first}${rest}…\n\n2025年教育工作要点\n\n${lead}${after}`),
      [1, 1, 0, 1, 0, 0, 0, 0, 0],
    );
    // Counter-examples: a cover notice's title above the plan's (684:1, 7), a summary the plan repeats whole (it ends where
    // the lead's sentence does), another line after the teaser, a teaser that the lead does not begin with, a title with
    // text before it.
    const notice = '市教育局关于印发2025年教育工作要点的通知\n' + first + rest + '。\n2025年教育工作要点\n' + lead;
    assert.deepEqual(kinds(notice), [0, 0, 0, 0]);
    assert.deepEqual(kinds(`${t1}\n${first}\n${t1}\n${lead}`), [0, 0, 0, 0]);
    assert.deepEqual(kinds(`${t1}\n${first}${rest}。\n一、堅(jiān)持一條主線\n${lead}`), [0, 0, 0, 0]);
    assert.deepEqual(kinds(`${t1}\n全縣教育工作的總體要求是:深入貫徹黨的二十屆。\n${t1}\n${lead}`), [0, 0, 0, 0]);
    assert.deepEqual(kinds(`县教育局\n${t1}\n${first}${rest}。\n${t1}\n${lead}`), [0, 0, 0, 0, 0]);
    // The lead is read whole however long: an edit inside it is never carried over (carryPasteFacts).
    const simple = '2025年是教育强国建设的开局之年,也是实现十四五规划目标的收官之年。全县教育工作的总体要求是:深入贯彻党的二十届';
    const original = `2025年教育工作要点\n${simple}。\n2025年教育工作要点\n${simple}三中全会精神,推动教育高质量发展。${'加快建设教育强县。'.repeat(40)}`;
    const at = original.lastIndexOf('2025年是') + 5;
    const edited = original.slice(0, at) + '她' + original.slice(at + 1);
    assert.deepEqual(kinds(original), [1, 1, 0, 0]);
    const oldLines = splitLines(original);
    classifyChrome(original, oldLines);
    findPasteArtifacts(original, oldLines);
    assert.equal(carryPasteFacts(original, oldLines, edited, splitLines(edited), { start: at, oldEnd: at + 1, newEnd: at + 1 }), false);
    assert.deepEqual(kinds(edited), [0, 0, 0, 0]);
  });

  it('a portal’s header above the title (the weather, a search and account bar, account and report links, a channel, a brand word) is the site’s (thirtieth and thirty-first blind sets, form 644)', () => {
    const kinds = (text: string) => [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0));
    const body = '\n2025年是十四五规划收官之年,做好农业农村工作具有特殊重要意义,全市农业农村部门要深入学习贯彻。';
    // 671:1 the weather after the portal's links, above the buttons.
    assert.deepEqual(kinds('中国政府网 贵州省人民政府网 毕节市 多云 28℃~19℃\n无障碍\n毕节市农业农村局2025年工作要点' + body), [1, 1, 0, 0]);
    // 672:1, 3 a search box and 登录/注册 side by side, then the channel the breadcrumb names.
    assert.deepEqual(
      kinds('一网搜 登录| 注册\n政府信息公开\n首页 > 政府信息公开 > 决策公开 > 工作计划\n二道区应急局2026年工作计划' + body),
      [1, 1, 1, 0, 0],
    );
    // 682:1–2 the service links and the accounts above a breadcrumb.
    assert.deepEqual(
      kinds(
        '新冠肺炎求助平台 辟谣举报 违法和不良信息举报\n景谷发布微信公众号 景谷融媒抖音号 七彩云端APP\n当前位置: 首页 >> 景谷要闻\n数读政府工作报告' +
          body,
      ),
      [1, 1, 1, 0, 0],
    );
    // 683:1 the site's channel above the date line.
    assert.deepEqual(kinds('政务公开\n发布时间:2026-02-06 14:31:00\n收藏\n通榆县2026年计划(草案)的报告' + body), [1, 1, 1, 0, 0]);
    // 670:1 a Chinese name glued to a Latin brand word, above the title and the page's date line.
    assert.deepEqual(kinds('伟德体育bevictor\n2025年全市交通运输工作要点\n2025-03-03 11:10 市交通运输局' + body), [1, 0, 1, 0]);
    // Counter-examples: the title, a heading, the weather or accounts in the text, a channel word or a brand line
    // with no chrome beside it, 登录 alone.
    assert.deepEqual(kinds('二道区应急局2026年工作计划\n一、坚定指导思想' + body), [0, 0, 0]);
    assert.deepEqual(kinds('伟德体育bevictor\n2025年全市交通运输工作要点' + body), [0, 0, 0]);
    assert.deepEqual(kinds('政务公开\n2025年全市政务公开工作要点' + body), [0, 0, 0]);
    assert.deepEqual(kinds('多云 28℃~19℃\n毕节市农业农村局2025年工作要点' + body), [0, 0, 0]);
    assert.deepEqual(
      kinds('无障碍\n毕节市农业农村局2025年工作要点' + body + '\n景谷发布微信公众号 景谷融媒抖音号' + body).slice(2),
      [0, 0, 0],
    );
    assert.deepEqual(kinds('登录\n二道区应急局2026年工作计划' + body), [0, 0, 0]);
    assert.deepEqual(kinds('无障碍\n县交通运输局2024年度工作总结' + body + '\n全年印发简报5页。'), [1, 0, 0, 0]);
  });

  it('a metadata box’s rows with 公开日 / 失效日期 / 服务对象 / 著录日期 and a news page’s tags on each side of its date are the site’s (thirty-first blind set, form 666)', () => {
    const kinds = (text: string) => [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0));
    const body = '\n为认真贯彻落实自治区草原生态保护补助奖励政策,结合我区实际,制定本实施方案,请认真贯彻执行。';
    // 676:5-9, the salutation under the box's empty last fields stays text.
    const box = [
      '索 引 号 010600106/2023-00071 发布机构 高昌区政府办公室 公开日 2023-07-04',
      '文　　号 高区财农〔2023〕45号 主题分类 生态保护 失效日期',
      '体裁分类 服务对象 各乡镇、各部门 有效性 有效',
      '公开范围 各乡镇、各部门 主 题 词 草原生态、保护补助奖励',
      '著录日期 生效日期',
      '高昌区各相关单位、各乡镇(场、片区、街道)人民政府:',
    ];
    assert.deepEqual(kinds('关于印发实施方案的通知\n' + box.join('\n') + body), [0, 1, 1, 1, 1, 1, 0, 0]);
    // 678:2-4 the tags around the date line under the headline.
    const news = '2025,我们这样干 | 专访小街基镇党委书记田志鹏\n政务\n2025-01-21 17:37\n内蒙古';
    assert.deepEqual(kinds(news + body), [0, 1, 1, 1, 0]);
    // Counter-examples: a plan's own 主题分类 or 服务对象 sentence, 服务对象 with a value alone, a one-word heading under the date
    // (no tag above it), a one-word heading on both sides of the date, a tag pair far from a date.
    assert.deepEqual(kinds('主题分类按照省里的要求执行,不再另行调整。' + body), [0, 0]);
    assert.deepEqual(kinds('服务对象 全县居民\n' + body.slice(1)), [0, 0]);
    assert.deepEqual(kinds('县2025年工作要点\n2025-01-21 17:37\n前言' + body), [0, 1, 0, 0]);
    assert.deepEqual(kinds('县2025年工作要点\n附件\n2025-01-21 17:37\n前言' + body), [0, 0, 1, 0, 0]);
    assert.deepEqual(kinds('县2025年工作要点\n政务\n内蒙古' + body), [0, 0, 0, 0]);
  });

  it('a scraper’s CSV record: its header row, its fields before the text and the chrome at the text’s edges are the site’s (twenty-third blind set, form 402)', () => {
    const kinds = (text: string) => [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0));
    const body =
      '2026年河南省政府工作报告\n各位代表：现在，我代表省人民政府，向大会报告政府工作，请予审议。\n雄关漫道真如铁，而今迈步从头越，让我们更加紧密地团结起来。';
    const header = '\ufeffprovince,year,title,source_url,publish_date,full_text';
    const fields = '河南省,2026,2026年河南省政府工作报告,https://example.org/detail.html?id=cdd4,2026-02-03,"';
    // 615/616: line 1 the header, line 2 the fields and the first button `下载`, the last line `相关报道："`.
    assert.deepEqual(kinds(`${header}\n${fields}下载\n打印\n${body}\n相关报道："`), [1, 1, 1, 0, 0, 0, 1]);
    // The same page without the wrapper (../shared/corpus/022).
    assert.deepEqual(kinds(`下载\n打印\n${body}\n相关报道：`), [1, 1, 0, 0, 0, 1]);
    // The text right after the quote: the header alone is the collector's.
    assert.deepEqual(kinds(`${header}\n${fields}${body}"`), [1, 0, 0, 0]);
    // No header row, or the wrong number of fields, or no closing quote: nothing is read apart.
    assert.deepEqual(kinds(`${fields}下载\n${body}\n相关报道："`), [0, 0, 0, 0, 0]);
    assert.deepEqual(kinds(`${header}\n河南省,2026,"下载\n${body}\n相关报道："`).slice(0, 2), [0, 0]);
    assert.deepEqual(kinds(`${header}\n${fields}下载\n${body}\n相关报道：`).slice(0, 2), [0, 0]);
    // A plan line ending in a Chinese quote, or a header-like line in the body, is no wrapper.
    assert.deepEqual(
      kinds(`某市2024年工作要点\nprovince,year,title,full_text\n${fields}下载\n${body}\n相关报道："`).slice(0, 4),
      [0, 0, 0, 0],
    );
  });

  it('a field the site lists as a bulleted item (`• 发布时间: 2024-04-02 10:08`) is its metadata (seventeenth blind set, form 275); a plan’s bulleted line stays', () => {
    const lines = [
      '平湖市人民政府办公室关于印发2024年政府工作报告重点工作责任分解的通知',
      '  • 发布时间: 2024-04-02 10:08',
      '  • 信息来源: 市府办(市外事办)',
      '  • 浏览次数:',
      '各镇人民政府、街道办事处,市政府各部门:',
      '现将《责任分解》印发给你们,请认真贯彻执行。',
      '• 加强组织领导：各地要落实主体责任。',
      '• 来源：各地上报的数据要准确。',
    ];
    const text = lines.join('\n');
    assert.deepEqual(
      [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0)),
      [0, 1, 1, 1, 0, 0, 0, 0],
    );
  });

  it('`浏览:` under a news item’s date line is the view counter (twenty-second blind set 609, form 373); a plan line about browsing stays', () => {
    const lines = [
      '某市发展和改革局强化项目建设推动经济高质量发展',
      '发布日期:2023-02-17 信息来源:朝阳日报',
      '浏览:',
      '',
      '提升政务网站浏览体验，浏览量提高20%。',
      '浏览器兼容性改造：完成3个系统。',
    ];
    const text = lines.join('\n');
    assert.deepEqual(
      [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0)),
      [0, 1, 1, 0, 0, 0],
    );
  });

  it('a line of zero-width characters alone is where a scraped page broke, even inside a sentence (seventeenth blind set, form 276); text holding one stays', () => {
    const lines = [
      '三、2021年重点工作',
      '今年发展主要预期目标是：国内生产总值增长6%以上。经济增速是综合性指标，今年预期目标设定',
      '\u200b',
      '为6%以上。',
      '\u200b\u200d',
      '加强\u200b组织领导。',
    ];
    const text = lines.join('\n');
    assert.deepEqual(
      [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0)),
      [0, 0, 1, 0, 1, 0],
    );
  });

  it('a wiki’s licence notice closing the copy (`本作品是…` to `公有领域`, `Public domain`) is the site’s (seventeenth blind set, form 277); a plan’s own last lines stay', () => {
    const notice = [
      '三、2021年重点工作',
      '各位代表！让我们团结奋斗，努力完成全年目标任务！',
      '',
      '本作品是中华人民共和国的',
      '法律',
      '、',
      '法规',
      '，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件。本作品不适用于该法，属于',
      '公有领域',
      '。',
      'Public domain',
      'false',
    ];
    const text = notice.join('\n');
    assert.deepEqual(
      [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0)),
      [0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1],
    );
    // Counter-example: a plan's own closing line that starts with 本作品 and says nothing of the public domain.
    const plan = ['2024年工作计划', '一、加强组织领导。各单位要抓好落实。', '本作品由县政府办公室负责解释。'].join('\n');
    assert.deepEqual(
      [...classifyChrome(plan, splitLines(plan))].map((k) => (k ? 1 : 0)),
      [0, 0, 0],
    );
  });

  it('a page’s eye-care colour widget and its 阅读/时间 fields are the site’s (nineteenth blind set, form 326); a meeting’s time stays', () => {
    const page = [
      '文字:',
      '保护视力色:',
      '市发展改革委2020年工作总结',
      '  • 阅读:',
      '  • 时间:2021-09-22 16:01',
      '  • 来源:市发改委',
      '2020年是极为不平凡的一年。',
    ].join('\n');
    assert.deepEqual(
      [...classifyChrome(page, splitLines(page))].map((k) => (k ? 1 : 0)),
      [1, 1, 0, 1, 1, 1, 0],
    );
    // Counter-example: a notice's own time and a line about words (文字) with no widget beside them.
    const notice = ['关于召开工作会议的通知', '时间：2024年3月1日上午9:00', '文字：请各单位提前报送材料。'].join('\n');
    assert.deepEqual(
      [...classifyChrome(notice, splitLines(notice))].map((k) => (k ? 1 : 0)),
      [0, 0, 0],
    );
  });

  it('a filing number alone after a 公网安备 line is the footer’s (eighteenth blind set, form 298); a number line alone stays', () => {
    const page = ['市商务局组织召开座谈会', '会议强调，要压实工作责任。', '', '鄂公网安备', '42010202000465号'].join('\n');
    assert.deepEqual(
      [...classifyChrome(page, splitLines(page))].map((k) => (k ? 1 : 0)),
      [0, 0, 0, 1, 1],
    );
    // Counter-example: the same kind of line with no strong footer beside it.
    const plan = ['2024年工作计划', '一、加强组织领导。', '42010202000465号'].join('\n');
    assert.deepEqual(
      [...classifyChrome(plan, splitLines(plan))].map((k) => (k ? 1 : 0)),
      [0, 0, 0],
    );
  });

  it('a preview notice, a page’s link lines and a comment box are the site’s (sixteenth blind set, form 250); plan lines naming them stay', () => {
    const lines = [
      '原文链接:点击查看源文件',
      '政策解读链接:点击查看政策解读',
      '某县2025年工作要点',
      '预览结束后请各单位提交修改意见。',
      '原文链接要在网站首页公开。',
      '最新评论功能由县融媒体中心维护。',
      '预览结束,免费获取全文或定制代笔此类文章,请扫码联系老师!',
      '最新评论',
    ];
    const text = lines.join('\n');
    assert.deepEqual(
      [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0)),
      [1, 1, 0, 0, 0, 0, 1, 1],
    );
  });

  it('a site’s greeting on a line of its own is the site’s (sixteenth blind set, form 252); a plan’s welcome stays', () => {
    const lines = [
      '欢迎光临中国汽车维修行业协会网站',
      '您好,欢迎来到中国质量新闻网房产资讯!',
      '某县2025年招商工作要点',
      '欢迎来到我县投资兴业。',
      '欢迎光临指导',
    ];
    const text = lines.join('\n');
    assert.deepEqual(
      [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0)),
      [1, 1, 0, 0, 0],
    );
  });

  it('metadata cells labelled 公开目录, 公开责任部门, 公开形式 are the site’s (sixteenth blind set, form 251); plan lines using the words stay', () => {
    const lines = [
      '索引号 | /2025-0000 | 公开目录: | 工作报告 |',
      '公开责任部门 | 公开形式: | 主动公开 | |',
      '某区2025年工作要点',
      '公开目录要及时更新，公开形式要多样。',
      '公开责任部门要按时报送信息。',
    ];
    const text = lines.join('\n');
    assert.deepEqual(
      [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0)),
      [1, 1, 0, 0, 0],
    );
  });

  it('a short title between a breadcrumb and the date line stays; a counter between two buttons goes', () => {
    const text =
      '当前位置：首页 > 政务公开 > 计划总结\n2024年工作要点\n发布时间：2024-02-21 08:56 来源：某县政府\n一、总体要求\n坚持稳中求进，推动高质量发展。\n• Download\n0\n• View';
    assert.deepEqual(
      [...classifyChrome(text, splitLines(text))].map((k) => (k ? 1 : 0)),
      [1, 0, 1, 0, 0, 1, 1, 1],
    );
  });

  it('the font-size widget and breadcrumb items only count next to other chrome', () => {
    const text = '一、总体要求\n大\n中\n小\n>\n二、工作目标';
    assert.deepEqual([...classifyChrome(text, splitLines(text))], [0, 0, 0, 0, 0, 0]);
  });

  it('pinyin needs a tone mark and a Han character before it: (國發〔2022〕2號), (州), (FDI), (wu) stay', () => {
    const text = '各市(州)商务局(國發〔2022〕2號)实际利用外资(FDI)和商务(wu)工作，商務(wù)工作';
    const found = findPasteArtifacts(text, splitLines(text));
    assert.deepEqual(
      found.map((a) => [a.kind, text.slice(a.start, a.end)]),
      [['pinyin', '務(wù)']],
    );
    assert.equal(applyEdits(text, found[0].edits), '各市(州)商务局(國發〔2022〕2號)实际利用外资(FDI)和商务(wu)工作，商務工作');
  });

  it('a question mark at the end of a Chinese question is not a lost character; ?? and ? before 、 are', () => {
    const text = '怎么办呢?我们要干。\n是否完成?\n確保??專款，?水灌区、出?、a.php?id=3';
    const found = findPasteArtifacts(text, splitLines(text)).map((a) => text.slice(a.start, a.end));
    assert.deepEqual(found, ['??', '?', '?']);
  });

  it('a line deleted in the middle takes the line break before it; at the top, up to the next text', () => {
    const text = '微信扫一扫\n\n正文第一段的内容在这里。\n分享到：\n正文第二段。';
    const fixed = fixAll(text, ['paste-artifact']);
    assert.equal(fixed, '\n正文第一段的内容在这里。\n正文第二段。');
  });

  it('seed 003: the 微信掃一掃 line, pinyin on 36 lines, lost characters, ? lines and the related list at the end', () => {
    const text = seed('003');
    const a = analyze(text);
    const paste = a.findings.filter((f) => f.rule === 'paste-artifact');
    const kinds: Record<string, number> = {};
    for (const f of paste) kinds[f.message.key] = (kinds[f.message.key] ?? 0) + 1;
    assert.deepEqual(kinds, { 'paste.chrome': 2, 'paste.pinyin': 34, 'paste.pinyinAndLeading': 2, 'paste.lost': 8, 'paste.lostLine': 7 });
    const pinyin = paste.filter((f) => f.message.key.startsWith('paste.pinyin'));
    assert.equal(
      pinyin.reduce((n, f) => n + Number(f.message.args![0]), 0),
      849 - 23,
      'every annotation outside the chrome lines (23 in the related list)',
    );
    assert.ok(text.slice(pinyin[0].start, pinyin[0].end).startsWith('務(wù)'));
    // The legitimate brackets of the seed stay.
    const cleaned = fixAll(text, ['paste-artifact']);
    for (const keep of ['(國(guó)發(fā)〔2022〕2號(hào))'.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, ''), '市(州)', '(2021年版)'])
      assert.ok(cleaned.includes(keep), keep);
    assert.ok(!/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/.test(cleaned), 'no pinyin left');
    assert.ok(!cleaned.includes('微信掃一掃') && !cleaned.includes('1匯特通公司'));
    assert.ok(cleaned.startsWith('\n按照全省商務工作會議安排'), cleaned.slice(0, 20));
    // What is left: the lost characters inside sentences, which need the source to repair.
    assert.deepEqual(
      analyze(cleaned)
        .findings.filter((f) => f.rule === 'paste-artifact')
        .map((f) => f.message.key),
      Array(8).fill('paste.lost'),
    );
  });

  it('seed 003: 作為作為 is the one repeated word, and its fix leaves one 作為', () => {
    const text = seed('003');
    const a = analyze(text);
    const words = a.findings.filter((f) => f.rule === 'repeated-word');
    assert.equal(words.length, 1);
    assert.equal(text.slice(words[0].start, words[0].end), '作為作為');
    assert.deepEqual(positionAt(a.model.lines, words[0].start), { line: 18, character: 331 });
    const fixed = applyEdits(text, words[0].fixes![0].edits);
    assert.equal(fixed, text.replace('作為作為', '作為'));
  });

  it('a word running into a parallel phrase (`企业创业创新`: 企业 + 创业创新) is no repeated word (eleventh blind set, form 154); `创业创业` is', () => {
    const words = (text: string) =>
      analyze(text)
        .findings.filter((f) => f.rule === 'repeated-word')
        .map((f) => text.slice(f.start, f.end));
    assert.deepEqual(words('通过小微企业创业创新基地示范城市建设,推动产业共建共享。\n'), []);
    assert.deepEqual(words('鼓励大众创业创业。\n'), ['创业创业']);
    // 616:78 `深化文化文艺` (form 401): 深化 + 文化文艺; `强化文化文物保护` likewise. A true doubling of the same letter shape
    // (607:290 `地区地区`) and `文化文化` stay reported.
    assert.deepEqual(words('深化文化文艺精品打造工程,强化文化文物保护利用。\n'), []);
    assert.deepEqual(words('推进“梅泰恒”地区地区更新。\n'), ['地区地区']);
    assert.deepEqual(words('加强文化文化建设。\n'), ['文化文化']);
  });

  it('`一个细节一个细节地抠` (one after another, before 地) is no repeated word (thirteenth blind set, form 183); `一个细节一个细节。` is', () => {
    const words = (text: string) =>
      analyze(text)
        .findings.filter((f) => f.rule === 'repeated-word')
        .map((f) => text.slice(f.start, f.end));
    assert.deepEqual(words('局长一个环节一个地盯、一个细节一个细节地抠,确保活动万无一失。\n'), []);
    assert.deepEqual(words('局长检查了一个细节一个细节。\n'), ['一个细节一个细节']);
  });

  it('the clean-up command’s findings do not depend on the rule’s severity', () => {
    const text = seed('003');
    const off = analyze(text, { profile: 'common', severities: { 'paste-artifact': 'off' } });
    assert.equal(off.findings.filter((f) => f.rule === 'paste-artifact').length, 0);
    assert.equal(pasteArtifactFindings(text, off.model).length, 53);
  });
});

describe('duplicate and paste rules on every real document', () => {
  it('report exactly the recorded findings (corpus-paste.expected.json)', () => {
    const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'corpus-paste.expected.json'), 'utf8')) as {
      rules: string[];
      findings: Array<{ file: string; line: number; column: number; endLine: number; endColumn: number; rule: string; text: string }>;
    };
    assert.deepEqual(expected.rules, PASTE_RULES);
    const got: string[] = [];
    for (const doc of pasteDocuments()) {
      const a = analyze(doc.text);
      for (const f of a.findings) {
        if (!PASTE_RULES.includes(f.rule)) continue;
        const s = positionAt(a.model.lines, f.start);
        const e = positionAt(a.model.lines, f.end);
        got.push(
          `${doc.name}:${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1} ${f.rule} ${doc.text.slice(f.start, Math.min(f.end, f.start + 24))}`,
        );
      }
    }
    const want = expected.findings.map((f) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule} ${f.text}`);
    assert.deepEqual(got.sort(), want.sort());
  });

  it('seeds 000–002 and the HTML and CRLF documents have none', () => {
    for (const doc of realDocuments()) {
      if (!/seeds\/00[012]|corpus\/(002|005|01[2-8]|021|025)\.txt/.test(doc.name)) continue;
      const found = analyze(doc.text).findings.filter((f) => PASTE_RULES.includes(f.rule));
      assert.deepEqual(
        found.map((f) => f.rule),
        [],
        doc.name,
      );
    }
  });

  it('the chrome runs of the corpus are removed without touching the body: every file keeps its text lines', () => {
    for (const doc of pasteDocuments()) {
      if (doc.name.startsWith('seeds/')) continue;
      const cleaned = fixAll(doc.text, ['paste-artifact']);
      // Pinyin annotations (traditional-script mirrors) go from inside the lines, and a portal's validity label from before a
      // title (`【有效】`, form 737); nothing else does.
      const long = (t: string) =>
        t
          .replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/g, '')
          .replace(/^【(?:现行有效|有效|失效|已失效|废止|已废止|已修改)】/gm, '')
          .split(/\r?\n/)
          .filter((l) => l.length > 40);
      // Long lines that are chrome themselves (a sharing site's banner, a disclaimer) go too.
      const lines = splitLines(doc.text);
      const chrome = classifyChrome(doc.text, lines);
      const body = lines
        .filter((_, i) => !chrome[i])
        .map((l) => doc.text.slice(l.start, l.end))
        .join('\n');
      assert.deepEqual(long(cleaned), long(body), doc.name);
    }
  });
});
