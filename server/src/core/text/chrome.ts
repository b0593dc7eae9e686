/**
 * Web chrome lines of government and news sites (share/print widgets, breadcrumbs, related and
 * friendly links, footers, the metadata table): the line patterns, shared by the paste facts
 * (core/facts/paste.ts, which classifies whole documents) and plan detection (which looks past
 * chrome). Pure patterns over one trimmed line.
 */
export const MAX_CHROME_LINE = 80;

export const WIDGET = new RegExp(
  '^(?:' +
    [
      '下载',
      '打印',
      '全屏',
      '收藏',
      '加大',
      '还原',
      '减小',
      '关闭',
      '打印本页',
      '打印此页',
      '关闭窗口',
      '关闭本页',
      '返回顶部',
      '返回首页',
      '上一篇',
      '下一篇',
      '分享',
      '分享到',
      '分享至',
      '分享到微信',
      '分享到微博',
      '分享到QQ空间',
      '【(?:打印|关闭|打印本页|关闭窗口|收藏|返回顶部)】',
      '[【\\[]?字[号號体體][：:]?(?:\\s*[大中小])*\\s*[】\\]]?',
      '(?:微信|手机|用手机)?(?:扫一扫|掃一掃|扫描二维码)[^。，；]{0,12}',
      '分享(?:到|至)?[：:](?:\\s*(?:微信|微博|QQ空间|QQ|朋友圈|新浪微博|腾讯微博))+',
      '》》点击图片进入专题《《',
      '点击图片进入专题',
    ].join('|') +
    ')[：:]?$',
);
export const RELATED =
  /^(?:相关(?:报道|文档|文章|新闻|阅读|链接|附件|稿件|信息|推荐|专题|政策|解读)|推荐阅读|延伸阅读|热点推荐|热门文章|猜你喜欢|更多新闻|往期回顾|友情链接|政府网站|部门网站|网站导航)[：:>》\s]*$/;
/** A site footer: registration numbers and copyright, never words of a plan. */
export const FOOTER = /ICP[备證证]|公网安备|公網安備|网站标识码|網站標識碼|版权所有|版權所有|Copyright|©/i;
/** Footer labels (`主办单位：…`): chrome only next to other chrome, a plan may name an event's organiser. */
export const FOOTER_LABEL = /^(?:主办单位|主辦單位|承办单位|承辦單位|技术支持|技術支持|网站地图|联系我们|建议使用)[：:]?/;
export const HEX_ID = /^[0-9a-f]{32}[:：]?$/;
export const BREADCRUMB = /^(?:(?:当前位置|您的位置|您现在的位置|你的位置|现在位置|所在位置)[：:]|首页\s*[>＞»›])/;
export const TRAILER =
  /^[（(](?:来源|稿件来源|信息来源|文章来源|首发子站|首发|转自|转载自|本文来源|摘自|责任编辑|编辑)[：:][^（）()]{0,30}[）)]$/;
/** Single-symbol lines that are chrome only next to other chrome (font-size `大 中 小`, brackets). */
export const WEAK = /^(?:[【】|｜×><＞»›《》[\]]|[大中小]|首页|默认)$/;
export const SEPARATOR = /^[>＞»›]{1,2}$/;
/** A breadcrumb item: a short label without sentence punctuation. */
export const ITEM = /^[^。，；：:,;？！?!、]{1,15}$/;
/** The end-of-page related list seed 003 carries: `1匯特通公司…` (a counter glued to a title). */
export const GLUED_COUNTER = /^\d{1,3}(?![年月日号號个個家项項万萬亿億元%．.、，,）)\d])[\u3400-\u9fff【“]/;

// Metadata fields: `label：value` or a date-time, several on one line.
// The metadata table of government sites (索引号 公文种类 文号 有效性 发布机构 成文日期 …) too.
const META_LABEL =
  /(文章来源|信息来源|稿件来源|来源|发布时间|发表时间|发布日期|更新时间|时间|日期|作者|责任编辑|编辑|审核|校对|阅读量|阅读次数|浏览次数|浏览量|访问量|点击数|点击量|文章类型|内容分类|发布机构|发布者|供稿|索引号|公文种类|发文字号|文号|有效性|成文日期|生效日期|废止日期|主题分类|体裁分类|组配分类|服务对象|发文机关|统一编号|索引號|公文種類|發文字號|文號|發布機構|成文日期)\s*[：:]/y;
export const TIME_LABELS = new Set(['发布时间', '发表时间', '发布日期', '更新时间', '时间', '日期']);
/**
 * A page's counter with a bare verb for its label (`阅读:` after `来源:… 时间:…`, 682:9, thirty-first blind set): its value a
 * count, or empty as a script left it, and only after another field (a plan may head a line `阅读:推广全民阅读`).
 */
export const BARE_COUNTER_LABELS = new Set(['阅读']);
const COUNT = /\d[\d,，]*\s*次?(?=\s|$)/y;
const ISO_DATE_TIME = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?/y;
const CN_DATE_TIME = /\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}(?:时|:)\d{2}分?(?::\d{2}|\d{2}秒)?/y;
/** A field's value: up to a blank or the end, or a date glued to it (`文章来源:人民日报碳交易网2026-03-05 10:56`, thirtieth blind set 665, form 625). */
const META_VALUE = /[^\s。，；]{1,24}?(?=\s|$|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})/y;

export function matchAt(re: RegExp, s: string, pos: number): string | undefined {
  re.lastIndex = pos;
  const m = re.exec(s);
  return m ? m[0] : undefined;
}

/**
 * The metadata fields a trimmed line is made of (`label：value` pairs and date-times), with the
 * label of its last field when that field's value is empty (`来源：` with the value on the next
 * line); undefined when anything else stands on the line. `labels` is a sticky regex of the labels
 * with their colon; `name` maps a label to the name TIME_LABELS knows; `listPage` accepts what a
 * site's list page prints after a lone date (a view count, or after a time of day a publisher).
 * Shared by plan detection (metaLine below) and the paste facts (core/facts/paste.ts).
 */
export function metaFields(
  s: string,
  labels: RegExp,
  name: (label: string) => string = (l) => l,
  listPage = false,
): { fields: number; open: string | undefined } | undefined {
  let pos = 0;
  let fields = 0;
  let open: string | undefined;
  const n = s.length;
  const skipSpace = () => {
    while (pos < n && /\s/.test(s[pos])) pos++;
  };
  skipSpace();
  while (pos < n) {
    open = undefined;
    const label = matchAt(labels, s, pos);
    if (label) {
      pos += label.length;
      // (`发布时间 :2025-07-16`: a blank before the colon, form 625.)
      const field = name(label.replace(/\s*[：:]$/, ''));
      skipSpace();
      const counter = BARE_COUNTER_LABELS.has(field);
      if (counter && fields === 0) return undefined;
      if (pos >= n || matchAt(labels, s, pos)) {
        open = field;
      } else if (counter) {
        const v = matchAt(COUNT, s, pos);
        if (!v) return undefined;
        pos += v.length;
      } else if (TIME_LABELS.has(field)) {
        const v = matchAt(ISO_DATE_TIME, s, pos) ?? matchAt(CN_DATE_TIME, s, pos);
        if (!v) return undefined;
        pos += v.length;
      } else {
        const v = matchAt(META_VALUE, s, pos);
        if (!v) return undefined;
        pos += v.length;
      }
      fields++;
    } else {
      // A bare date-time: an ISO date (公文 never writes them) or any date with a time of day.
      const v = matchAt(ISO_DATE_TIME, s, pos) ?? matchAt(CN_DATE_TIME, s, pos);
      if (!v) return undefined;
      pos += v.length;
      fields++;
      if (listPage && fields === 1) {
        // What a list page prints after the date: the view count (`2024-04-04 393`) or, after a
        // time of day, the publisher (`2023-01-05 10:00 区人民政府办公室`), as the last token.
        const rest = s.slice(pos).trim();
        if (rest && (/^\d{1,7}$/.test(rest) || (/\d:\d\d/.test(v) && /^[^\s。，；：:,;、]{2,16}$/.test(rest))))
          return { fields, open: undefined };
      }
    }
    skipSpace();
  }
  return fields ? { fields, open } : undefined;
}

/**
 * Whether a trimmed line is only metadata fields; `'open'` when its last field has an empty value
 * (`来源：` with the value on the next line), with the label.
 */
export function metaLine(s: string): { open: string | undefined } | undefined {
  const m = metaFields(s, META_LABEL);
  return m ? { open: m.open } : undefined;
}

/** `收藏 打印本页 关闭窗口`: several widgets on one line. */
export function widgetRow(s: string): boolean {
  if (s.indexOf(' ') < 0 && s.indexOf('\u3000') < 0 && s.indexOf('|') < 0 && s.indexOf('【') < 0) return false;
  const parts = s.split(/[\s|｜]+|(?=【)/).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => WIDGET.test(p));
}

/** True for a trimmed line that is web chrome on its own (plan detection looks past these). */
export function isChromeLine(s: string): boolean {
  if (!s || s.length > MAX_CHROME_LINE) return false;
  return WIDGET.test(s) || RELATED.test(s) || BREADCRUMB.test(s) || FOOTER.test(s) || widgetRow(s) || !!metaLine(s);
}
