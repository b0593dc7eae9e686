/**
 * The message catalogue: every user-facing string of the server and the CLI, in Chinese and
 * English. Placeholders are `{0}`, `{1}`, …. Keep keys stable: tests and fixtures refer to them.
 * (Contribution strings of package.json live in package.nls*.json; the client's own strings in
 * client/src/i18n.ts.)
 */

import { fillTemplate } from './text/template';

export type Locale = 'zh-cn' | 'en';

interface Entry {
  readonly zh: string;
  readonly en: string;
}

const catalogue = {
  // ---------------------------------------------------------------- general
  'server.tooManyFindings': {
    zh: '本文档（{0}）有 {2} 条问题，问题面板只显示前 {1} 条；检查都已完成。',
    en: 'This document ({0}) has {2} problems; the Problems panel shows the first {1}. Every check ran.',
  },
  'server.misdecoded': {
    zh: '该文档中大量字符显示为 � 或 ¹¤×÷ 一类的乱码，可能是用错误的编码打开的（例如 GBK 文件按 UTF-8 打开），已停止分析。请按 GB 18030（GBK）编码重新打开。',
    en: 'Much of this document reads as � (replacement characters) or as letters like ¹¤×÷: it was probably opened in the wrong encoding, e.g. a GBK file read as UTF-8. Analysis stopped; reopen it as GB 18030 (GBK).',
  },
  'server.binaryDocument': {
    zh: '该文件看起来不是文本文件（含有二进制内容），已停止分析。',
    en: 'This file does not look like text (it contains binary data); analysis stopped.',
  },
  'server.analysisTimeout': {
    zh: '分析本文档超过 {0} 秒仍未完成，已停止分析（文本没有改动）；编辑器其余功能照常。请把这份文档报告给工作计划助手的开发者。',
    en: 'Analysing this document did not finish within {0} s and was stopped (the text is unchanged); the rest of the editor works as before. Please report this document to the Workplan developers.',
  },
  'server.tooLarge': {
    zh: '文档超过 {0}，已停止分析以保持编辑器流畅。',
    en: 'The document is larger than {0}; analysis stopped to keep the editor responsive.',
  },

  // ---------------------------------------------------------------- numbering and structure
  'rule.numbering-gap': { zh: '编号不连续', en: 'Gap in numbering' },
  'rule.numbering-duplicate': { zh: '编号重复', en: 'Duplicate number' },
  'rule.numbering-order': { zh: '编号顺序颠倒', en: 'Numbers out of order' },
  'rule.numbering-start': { zh: '编号不从一开始', en: 'Numbering does not start at one' },
  'rule.numbering-lonely': { zh: '孤项：同级只有一项', en: 'Lonely item: the only one at its level' },
  'rule.numbering-style-mixed': { zh: '同级编号格式不一致', en: 'Siblings numbered in different styles' },
  'rule.level-inversion': { zh: '层级倒置：高层级序号嵌在低层级下', en: 'Level inversion: a higher-order marker under a lower one' },
  'rule.numbering-continuity-mixed': {
    zh: '有的部分重新编号，有的部分连续编号',
    en: 'Some sections restart numbering while others continue it',
  },
  'rule.enumeration-gap': { zh: '“一是、二是”序列不连续', en: 'Gap in a run-in series (一是/二是…)' },
  'rule.enumeration-style-mixed': { zh: '“一是、二要”序列写法不一致', en: 'Run-in series written in mixed forms' },
  'rule.marker-punctuation': { zh: '序号后的标点不规范', en: 'Wrong punctuation after a marker' },

  'numbering.gap': { zh: '编号不连续：{0} 与 {2} 之间缺少 {1}。', en: 'Gap in numbering: {1} is missing between {0} and {2}.' },
  'numbering.after': { zh: '编号不连续：{0} 之后应为 {1}，此处为 {2}。', en: 'Numbering out of step: after {0} comes {1}, not {2}.' },
  'numbering.gapMany': {
    zh: '编号不连续：{0} 与 {3} 之间缺少 {1} 至 {2}。',
    en: 'Gap in numbering: {1} to {2} are missing between {0} and {3}.',
  },
  'numbering.duplicate': { zh: '编号重复：{0} 已在第 {1} 行出现。', en: 'Duplicate number: {0} already appears on line {1}.' },
  'numbering.order': { zh: '编号顺序颠倒：{0} 出现在 {1} 之后。', en: 'Numbers out of order: {0} comes after {1}.' },
  'numbering.start': { zh: '编号应从 {0} 开始，此处为 {1}。', en: 'Numbering should start at {0}, not {1}.' },
  'numbering.lonely': {
    zh: '孤项：{0} 是这一层级唯一的一项，一般应有 {1} 或去掉序号。',
    en: 'Lonely item: {0} is the only item at its level; add {1} or drop the marker.',
  },
  'numbering.styleMixed': {
    zh: '同级编号格式不一致：{0} 与同级的 {1} 写法不同。',
    en: 'Mixed numbering style: {0} is written differently from its sibling {1}.',
  },
  'numbering.levelInversion': {
    zh: '层级倒置：{0} 不应嵌套在 {1} 之下（GB/T 15834 附录 B.3.8）。',
    en: 'Level inversion: {0} must not be nested under {1} (GB/T 15834 B.3.8).',
  },
  'numbering.continuityMixed': {
    zh: '编号方式不一致：此处重新从 {0} 编号，而前面的部分是连续编号。',
    en: 'Inconsistent numbering: this list restarts at {0} while earlier sections continue the count.',
  },
  'numbering.continuityMixedContinue': {
    zh: '编号方式不一致：此处接续上一部分编号（{0}），而其他部分重新编号。',
    en: 'Inconsistent numbering: this list continues the previous section ({0}) while other sections restart.',
  },
  'enumeration.gap': { zh: '序列不连续：{0} 与 {2} 之间缺少 {1}。', en: 'Gap in run-in series: {1} is missing between {0} and {2}.' },
  'enumeration.after': { zh: '序列不连续：{0} 之后应为 {1}，此处为 {2}。', en: 'Run-in series out of step: after {0} comes {1}, not {2}.' },
  'enumeration.gapMany': {
    zh: '序列不连续：{0} 与 {3} 之间缺少 {1} 至 {2}。',
    en: 'Gap in run-in series: {1} to {2} are missing between {0} and {3}.',
  },
  'enumeration.styleMixed': {
    zh: '序列写法不一致：{0} 与同一序列的 {1} 写法不同。',
    en: 'Mixed run-in series: {0} is written differently from {1} in the same series.',
  },
  'markerPunctuation.cnDot': { zh: '汉字序号后应用顿号：{0} 应为 {1}。', en: 'A Chinese numeral takes 、: {0} should be {1}.' },
  'markerPunctuation.parenExtra': {
    zh: '括号序号后不加标点：{0} 应为 {1}。',
    en: 'A bracketed marker takes no punctuation: {0} should be {1}.',
  },
  'markerPunctuation.ordinal': { zh: '“第一”类序号后应用逗号：{0} 应为 {1}。', en: '第一-style markers take a comma: {0} should be {1}.' },
  'markerPunctuation.arabicDun': {
    zh: '阿拉伯数字序号后应用下脚点（GB/T 15834）：{0} 应为 {1}',
    en: 'An Arabic numeral takes a full stop (GB/T 15834): {0} should be {1}',
  },
  'markerPunctuation.lostNumeral': {
    zh: '序号缺少数字：{0} 按前后序号应为 {1}。',
    en: 'The marker lost its numeral: by the markers around it, {0} should be {1}.',
  },
  'markerPunctuation.halfWidth': { zh: '序号括号应为全角：{0} 应为 {1}。', en: 'Marker brackets should be full-width: {0} should be {1}.' },

  'fix.renumberList': { zh: '重新编号此列表', en: 'Renumber this list' },
  'fix.normaliseMarker': { zh: '改为 {0}', en: 'Change to {0}' },
  'fix.allOfRule': { zh: '修复文档中所有“{0}”问题', en: 'Fix all “{0}” problems in the document' },
  'fix.all': { zh: '修复所有可自动修复的问题', en: 'Fix all auto-fixable problems' },

  // ---------------------------------------------------------------- duplicates and paste hygiene
  'rule.duplicate-passage': { zh: '重复的段落或章节', en: 'Repeated passage' },
  'rule.duplicate-heading': { zh: '同级标题重复', en: 'Sibling headings with the same title' },
  'rule.repeated-word': { zh: '词语连写两次', en: 'Word written twice in a row' },
  'rule.paste-artifact': { zh: '复制粘贴的残留内容', en: 'Leftovers of copy and paste' },
  'rule.cross-file-duplicate': { zh: '与其他计划文件中的段落相同', en: 'Paragraph unchanged from another plan' },
  'duplicate.passage': {
    zh: '{lines:0:1}重复了{lines:2:3}的内容（{4} 段）。',
    en: '{Lines:0:1} {0~1|repeats|repeat} {lines:2:3} ({4} {4|paragraph|paragraphs}).',
  },
  'duplicate.passageNear': {
    zh: '{lines:0:1}与{lines:2:3}的内容基本相同（{4} 段，个别字词不同）。',
    en: '{Lines:0:1} nearly {0~1|repeats|repeat} {lines:2:3} ({4} {4|paragraph|paragraphs}, a few words differ).',
  },
  'duplicate.paragraph': { zh: '此段与第 {0} 行重复。', en: 'This paragraph repeats line {0}.' },
  'duplicate.paragraphNear': {
    zh: '此段与第 {0} 行基本相同（个别字词不同）。',
    en: 'This paragraph nearly repeats line {0} (a few words differ).',
  },
  'duplicate.firstCopy': { zh: '第一份：{lines:0:1}', en: 'First copy: {lines:0:1}' },
  'duplicate.heading': {
    zh: '同级标题重复：“{0}”已在第 {1} 行出现。',
    en: 'Duplicate heading: “{0}” already appears at this level on line {1}.',
  },
  'duplicate.headingFirst': { zh: '第一次出现：{0}', en: 'First occurrence: {0}' },
  'repeated.word': { zh: '“{0}”连写了两次。', en: '“{0}” is written twice in a row.' },
  'paste.chrome': { zh: '网页残留内容（{0} 行）：{1}', en: 'Web page leftovers ({0} {0|line|lines}): {1}' },
  'paste.pinyin': { zh: '网页拼音注音残留（{0} 处）：{1}', en: 'Pinyin annotations from a web page ({0}): {1}' },
  'paste.pinyinAndLeading': {
    zh: '网页拼音注音残留（{0} 处）：{1}；行首还有复制时丢失的字符。',
    en: 'Pinyin annotations from a web page ({0}): {1}; characters were also lost at the start of the line.',
  },
  'paste.lostLine': {
    zh: '只有问号的行（{0} 行）：复制时丢失的字符',
    en: '{0} {0|line|lines} of question marks only: characters lost in copying',
  },
  'paste.statusTag': {
    zh: '行首的“{0}”是网站标注的文件效力状态，不是标题的一部分。',
    en: 'The leading “{0}” is the website’s validity label, not part of the title.',
  },
  'paste.lostLeading': {
    zh: '行首的“{0}”是复制时丢失的字符（多为缩进空格）。',
    en: 'The leading “{0}” are characters lost in copying (usually indentation).',
  },
  'paste.lost': {
    zh: '“{0}”处有字符在复制时丢失，请对照原文补全。',
    en: 'Characters were lost in copying at “{0}”; restore them from the source.',
  },
  'crossFile.same': { zh: '与《{0}》第 {1} 行相同。', en: 'Unchanged from {0} line {1}.' },
  'crossFile.related': { zh: '《{0}》第 {1} 行', en: '{0} line {1}' },
  'fix.deleteRepeatedCopy': { zh: '删除重复的内容（{lines:0:1}）', en: 'Delete the repeated copy ({lines:0:1})' },
  'fix.removeRepeat': { zh: '删除重复的“{0}”', en: 'Remove the repeated “{0}”' },
  'fix.deleteLine': { zh: '删除第 {0} 行', en: 'Delete line {0}' },
  'fix.deleteLines': { zh: '删除{lines:0:1}', en: 'Delete {lines:0:1}' },
  'fix.removePinyin': { zh: '删除拼音注音（{0} 处）', en: 'Remove the pinyin ({0})' },
  'fix.removeLeading': { zh: '删除行首的“{0}”', en: 'Remove the leading “{0}”' },
  'fix.cleanLine': { zh: '清理本行的粘贴残留', en: 'Clean up this line' },
  'cleanPaste.done': { zh: '已清理粘贴内容：{0} 处', en: 'Cleaned up pasted text: {0} {0|change|changes}' },
  'cleanPaste.nothing': { zh: '没有发现需要清理的粘贴内容', en: 'No pasted leftovers to clean up' },
  'cleanPaste.label': { zh: '清理粘贴内容', en: 'Clean up pasted text' },
  'checkWorkspace.title': { zh: '检查工作区所有计划', en: 'Checking all plans in the workspace' },
  'checkWorkspace.progress': { zh: '{0}/{1} 个文件', en: '{0} of {1} files' },
  'checkWorkspace.done': {
    zh: '已检查 {0} 个文件：{1} 份计划，{2} 个问题（已列入“问题”面板）',
    en: '{0} files checked: {1} plans, {2} problems (in the Problems panel)',
  },
  'checkWorkspace.cancelled': {
    zh: '已取消：检查了 {1} 个文件中的 {0} 个（{2} 份计划，{3} 个问题），结果保留在“问题”面板',
    en: 'Cancelled after {0} of {1} files ({2} plans, {3} problems); their results stay in the Problems panel',
  },
  'checkWorkspace.skipped': {
    zh: '；{0} 个文件未检查（过大、二进制或编码不对）',
    en: '; {0} files not checked (too large, binary or misdecoded)',
  },
  'repair.label': { zh: '修复断行与抓取文本', en: 'Repair line breaks and scraped text' },
  'repair.done': { zh: '已修整 {0} 处，可在预览中逐项取消', en: '{0} {0|repair|repairs} proposed; each can be unticked in the preview' },
  'repair.applied': { zh: '已修复 {0} 处', en: 'Repaired: {0}' },
  'repair.found': { zh: '可修复 {0} 处', en: 'Repairs to make: {0}' },
  'repair.nothing': {
    zh: '没有需要修复的断行、序号、引号、页码或网页残留',
    en: 'No broken lines, broken markers, quotes, page numbers or web leftovers to repair',
  },
  'repair.kind.join': { zh: '合并句中断行', en: 'Join a line broken inside a sentence' },
  'repair.kind.marker': { zh: '重建断开的编号', en: 'Rebuild a marker broken over lines' },
  'repair.kind.pageNumber': { zh: '删除页码', en: 'Remove a page number' },
  'repair.kind.quotes': { zh: '改为中文引号“”', en: 'Use Chinese quotation marks “”' },
  'repair.kind.chrome': { zh: '删除网页残留', en: 'Remove web page leftovers' },
  'repair.usage': { zh: '用法：workplan repair 文件 [--write] [--json]', en: 'usage: workplan repair FILE [--write] [--json]' },
  'repair.summary': {
    zh: '{0}：合并断行 {1} 处，重建编号 {2} 处，删除页码 {3} 处，改正引号 {4} 对，删除网页残留 {5} 处',
    en: '{0}: joined line breaks: {1}, markers rebuilt: {2}, page numbers removed: {3}, quotes converted: {4}, web leftovers removed: {5}',
  },
  // ---------------------------------------------------------------- targets
  'rule.target-sum': { zh: '“其中”分项之和与总数不符', en: 'The parts after 其中 do not add up to the total' },
  'rule.range-mark': { zh: '范围号不规范（GB/T 15835）', en: 'Range written against GB/T 15835' },
  'rule.target-conflict': { zh: '同一指标前后数值不一致', en: 'The same metric is given different values' },
  'rule.target-year': { zh: '目标年份早于计划年度', en: 'A target year before the plan year' },
  'rule.approx-redundant': { zh: '“约”与“左右”重复', en: 'Redundant approximation (约…左右)' },
  'rule.percent-vs-points': { zh: '可能应为“个百分点”', en: 'Percentage points may be meant' },
  'targets.sumMismatch': {
    zh: '分项之和为 {0}，与总数 {1} 不符（{2}）。',
    en: 'The parts add up to {0}, not the total {1} ({2}).',
  },
  'targets.sumOk': { zh: '其中：{0} = {1} ✓', en: 'Breakdown: {0} = {1} ✓' },
  'targets.sumBad': { zh: '其中：{0} = {1}，总数为 {2} ✗', en: 'Breakdown: {0} = {1}, total {2} ✗' },
  'targets.total': { zh: '总数', en: 'total' },
  'targets.rangeHyphen': {
    zh: '范围应使用浪纹线“～”或一字线“—”，不用“{0}”：{1} 应为 {2}。',
    en: 'A range takes ～ or —, not {0}: {1} should be {2}.',
  },
  'targets.rangeUnit': { zh: '范围两端都应写出单位：{0} 应为 {1}。', en: 'Both ends of a range carry the unit: {0} should be {1}.' },
  'targets.conflict': {
    zh: '“{0}”在此为 {1}，而第 {2} 行为 {3}。',
    en: '“{0}” is {1} here but {3} on line {2}.',
  },
  'targets.conflictRelated': { zh: '“{0}”的另一处数值', en: 'The other value of “{0}”' },
  'targets.yearBeforePlan': { zh: '目标年份 {0} 年早于计划年度 {1} 年。', en: 'Target year {0} is before the plan year {1}.' },
  'targets.approxRedundant': { zh: '“{0}”与“左右”意思重复，保留其一。', en: '“{0}” and 左右 say the same; keep one.' },
  'targets.percentVsPoints': {
    zh: '“{0}”是比率，{1} 可能应写作“{2}个百分点”。',
    en: '“{0}” is a rate: {1} may mean {2} percentage points (个百分点).',
  },
  'fix.rangeMark': { zh: '改为 {0}', en: 'Change to {0}' },
  'fix.removeWord': { zh: '删除“{0}”', en: 'Remove “{0}”' },
  'fix.usePoints': { zh: '改为“{0}个百分点”', en: 'Change to “{0}个百分点”' },
  'hover.target': { zh: '目标', en: 'Target' },
  'hover.baseline': { zh: '基数（已有事实）', en: 'Baseline (a fact)' },
  'hover.metric': { zh: '指标', en: 'Metric' },
  'hover.value': { zh: '数值', en: 'Value' },
  'hover.unit': { zh: '单位', en: 'Unit' },
  'hover.normalized': { zh: '折合', en: 'Normalised' },
  'hover.qualifier': { zh: '限定', en: 'Qualifier' },
  'hover.category': { zh: '类别', en: 'Category' },
  'category.growth': { zh: '增速', en: 'growth rate' },
  'category.percent': { zh: '比率', en: 'percentage' },
  'category.points': { zh: '百分点', en: 'percentage points' },
  'category.amount': { zh: '金额', en: 'amount' },
  'category.count': { zh: '数量', en: 'count' },
  // ---------------------------------------------------------------- zones and the target model
  'zone.review': { zh: '回顾', en: 'review' },
  'zone.plan': { zh: '计划', en: 'plan' },
  'hover.zone': { zh: '所在部分', en: 'Part' },
  'hover.measure': { zh: '含义', en: 'Measure' },
  'hover.scopeYear': { zh: '年份', en: 'Year' },
  'measure.growth': { zh: '增速', en: 'growth rate' },
  'measure.level': { zh: '水平', en: 'level' },
  'measure.share': { zh: '占比', en: 'share' },
  'unitKind.money': { zh: '金额', en: 'money' },
  'unitKind.count': { zh: '个数', en: 'count' },
  'unitKind.area': { zh: '面积', en: 'area' },
  'unitKind.weight': { zh: '重量', en: 'weight' },
  'unitKind.energy': { zh: '能源', en: 'energy' },
  'unitKind.people': { zh: '人数', en: 'people' },
  'unitKind.percent': { zh: '百分比', en: 'percentage' },
  'unitKind.points': { zh: '百分点', en: 'percentage points' },
  'unitKind.time': { zh: '时间', en: 'time' },
  'unitKind.other': { zh: '其他', en: 'other' },
  // ---------------------------------------------------------------- authoring
  'completion.sameLevel': { zh: '同级序号（接 {0}）', en: 'Next marker at the level of {0}' },
  'completion.deeper': { zh: '下一级序号（{0} 之下）', en: 'One level below {0}' },
  'completion.shallower': { zh: '上一级序号（接 {0}）', en: 'One level up (after {0})' },
  'completion.firstHeading': { zh: '第一个一级标题', en: 'First top-level heading' },
  'completion.nextEnumeration': { zh: '序列下一项（接 {0}）', en: 'Next item of the series (after {0})' },
  // ---------------------------------------------------------------- next year and compare
  'rule.target-placeholder': { zh: '待填写的目标数值（【12】）', en: 'Target value still to fill in (【12】)' },
  'rule.review-needed': { zh: '起草时待核对的内容（【待核：…】）', en: 'Detail to check in a draft (【待核：…】)' },
  'targetPlaceholder.fill': {
    zh: '待填写：上年为{0}（填入今年的数值并去掉【】）',
    en: 'To fill in: last year {0} (type this year’s value and remove the 【】)',
  },
  'targetPlaceholder.keep': { zh: '沿用上年数值 {0}', en: 'Keep last year’s value {0}' },
  'review.baseline': {
    zh: '待核：“{0}”原为上年基数，年份已顺延，其后的数据仍是旧数据，请更新',
    en: 'To check: “{0}” was last year’s baseline; the year moved on but the figures after it are old',
  },
  'review.yearCharacter': {
    zh: '待核：对“{0}”的定位（……之年）沿用了上年计划的说法',
    en: 'To check: the words describing “{0}” (“…之年”) are carried over from last year’s plan',
  },
  'review.date': { zh: '待核：具体日期“{0}”是上年的安排', en: 'To check: the date “{0}” belongs to last year’s plan' },
  'review.ordinal': { zh: '待核：届次/次数“{0}”可能已变', en: 'To check: the edition or session “{0}” may have changed' },
  'review.anniversary': { zh: '待核：“{0}”每年不同', en: 'To check: the anniversary “{0}” changes every year' },
  'review.figure': {
    zh: '待核：“{0}”等是上年的数据，请更新本句',
    en: 'To check: this sentence states last year’s figures (“{0}”…); update them',
  },
  'review.deadline': {
    zh: '待核：完成时限“{0}”已顺延一年，请按新一年的安排确认',
    en: 'To check: the deadline “{0}” moved on by a year; confirm it for the new plan',
  },
  'review.confirm': { zh: '已核对：去掉“待核”标记', en: 'Checked: remove the 待核 mark' },
  'nextYear.noPlanYear': {
    zh: '{0}：未找到计划年度（如标题中的“2007年”），年份未改动',
    en: '{0}: no plan year found (such as 2007年 in the title); years were left as they are',
  },
  'nextYear.summary': {
    zh: '{0}：{1}年 → {2}年，{3} 个待填写数值，{4} 处待核',
    en: '{0}: {1} → {2}, {3} {3|value|values} to fill in, {4} {4|detail|details} to check',
  },
  'compare.metric': { zh: '指标', en: 'Metric' },
  'compare.old': { zh: '上年计划', en: 'Last year' },
  'compare.new': { zh: '本年计划', en: 'This year' },
  'compare.change': { zh: '变化', en: 'Change' },
  'compare.onlyOld': { zh: '仅上年有', en: 'only last year' },
  'compare.onlyNew': { zh: '新增', en: 'new' },
  'compare.same': { zh: '持平', en: 'unchanged' },
  'compare.toFill': { zh: '待填写', en: 'to fill in' },
  'compare.points': { zh: '{0} 个百分点', en: '{0} {0|point|points}' },
  'compare.usage': { zh: '用法：workplan compare 上年文件 本年文件 [--json]', en: 'usage: workplan compare OLD NEW [--json]' },
  'nextYear.usage': { zh: '用法：workplan next-year 文件 [--json]', en: 'usage: workplan next-year FILE [--json]' },
  // ---------------------------------------------------------------- task division (分工)
  'rule.task-no-lead': { zh: '任务未写明牵头单位', en: 'A task without a lead unit' },
  'rule.task-deadline-range': { zh: '完成时限超出计划期', en: 'A deadline outside the plan period' },
  'rule.unit-name-variants': { zh: '同一单位有两种写法', en: 'One unit written in two forms' },
  'rule.task-lead-and-responsible': { zh: '同一单位既是牵头单位又是责任单位', en: 'A unit both lead and responsible for one task' },
  'tasks.noLead': {
    zh: '这项任务没有写牵头单位（本文 {0} 项任务中有 {1} 项写明了牵头单位）。',
    en: 'This task names no lead unit ({1} of the {0} tasks of this document name one).',
  },
  'tasks.deadlineBefore': { zh: '完成时限 {0} 年早于计划期（{1}）。', en: 'Deadline year {0} is before the plan period ({1}).' },
  'tasks.deadlineAfter': { zh: '完成时限 {0} 年晚于计划期（{1}）。', en: 'Deadline year {0} is after the plan period ({1}).' },
  'tasks.unitVariant': {
    zh: '“{0}”与第 {2} 行的“{1}”是同一单位，写法不一致。',
    en: '“{0}” and “{1}” (line {2}) are one unit written in two forms.',
  },
  'tasks.unitVariantRelated': { zh: '另一种写法“{0}”', en: 'The other form “{0}”' },
  'tasks.unitVariantFix': { zh: '统一写作“{0}”', en: 'Write it as “{0}”' },
  'tasks.leadAndResponsible': {
    zh: '“{0}”已是这项任务的牵头单位，又列为责任单位。',
    en: '“{0}” leads this task and is also listed as responsible.',
  },
  'tasks.leadAndResponsibleFix': { zh: '从责任单位中删去“{0}”', en: 'Remove “{0}” from the responsible units' },
  'tasks.col.file': { zh: '文件', en: 'File' },
  'tasks.col.line': { zh: '行', en: 'Line' },
  'tasks.col.column': { zh: '列', en: 'Column' },
  'tasks.col.title': { zh: '任务', en: 'Task' },
  'tasks.col.lead': { zh: '牵头单位', en: 'Lead units' },
  'tasks.col.responsible': { zh: '责任单位', en: 'Responsible units' },
  'tasks.col.deadline': { zh: '完成时限', en: 'Deadline' },
  'tasks.col.section': { zh: '所属部分', en: 'Section' },
  'tasks.none': { zh: '（无）', en: '(none)' },
  'tasks.summary': { zh: '{0} 个文件，{1} 项任务', en: 'files: {0}, tasks: {1}' },
  'tasks.unitHover': { zh: '**{0}**：牵头 {1} 项，责任 {2} 项', en: '**{0}** — lead: {1}, responsible: {2}' },
  'tasks.unitHoverLead': { zh: '牵头', en: 'lead' },
  'tasks.unitHoverResponsible': { zh: '责任', en: 'responsible' },
  'tasks.lineRef': { zh: '第 {0} 行', en: 'line {0}' },
  // ---------------------------------------------------------------- 公文 consistency
  'rule.count-mismatch': { zh: '所说的数目与列出的项数不符', en: 'A count does not match the items listed' },
  'rule.unbalanced-pair': { zh: '成对的标点不配对', en: 'Paired marks that do not pair' },
  'rule.attachment-reference': { zh: '附件的引用或名称不一致', en: 'Attachment references or names that do not match' },
  'rule.document-number': { zh: '发文字号写法不规范（GB/T 9704）', en: 'Document number written against GB/T 9704' },
  'rule.date-format': { zh: '日期写法不规范或日期不存在', en: 'Date written against the standard, or no such date' },
  'rule.quote-style': { zh: '中文里用了半角引号', en: 'ASCII quotes in Chinese text' },
  'rule.mixed-width': { zh: '全角、半角数字或百分号混用', en: 'Full-width and half-width digits or percent signs mixed' },
  'count.mismatch': { zh: '“{0}”是 {1} 项，列出的却是 {2} 项。', en: '“{0}” counts {1}, but {2} items are listed.' },
  'count.related': { zh: '列出的各项', en: 'The items listed' },
  'pair.unclosed': { zh: '{0} 在本段内没有对应的 {1}。', en: '{0} is not closed by {1} within its paragraph.' },
  'pair.unopened': { zh: '{0} 前面没有与之对应的 {1}。', en: '{0} closes nothing: there is no {1} before it in its paragraph.' },
  'attachment.missing': { zh: '没有附件{0}：本文共有 {1} 个附件。', en: 'There is no attachment {0}: the document has {1} attachments.' },
  'attachment.missingOne': { zh: '没有附件{0}：本文只有 1 个附件。', en: 'There is no attachment {0}: the document has one attachment.' },
  'attachment.twoNames': {
    zh: '附件{0}的名称前后不一致：此处为“{1}”，第 {2} 行为“{3}”。',
    en: 'Attachment {0} has two names: “{1}” here, “{3}” on line {2}.',
  },
  'attachment.pageTitle': {
    zh: '附件{0}的标题与附件说明不一致，附件说明为“{1}”。',
    en: 'The title of attachment {0} differs from the list of attachments, which says “{1}”.',
  },
  'attachment.related': { zh: '附件说明中的附件{0}', en: 'Attachment {0} in the list of attachments' },
  'docNumber.form': {
    zh: '发文字号应为“{0}”（年份全写并用六角括号，不加“第”，不编虚位），此处为“{1}”。',
    en: 'Write the document number as {0} (the full year in 〔〕, no 第, no leading zeros), not {1}.',
  },
  'date.zeros': { zh: '日期不编虚位：“{0}”应为“{1}”。', en: 'Dates take no leading zeros: {0} should be {1}.' },
  'date.impossible': { zh: '“{0}”不是实际存在的日期。', en: '{0} is not a date that exists.' },
  'date.signedEarly': {
    zh: '落款日期为 {0} 年，早于计划年度 {1} 年的上一年，可能沿用了旧文件的日期。',
    en: 'The date of signature ({0}) is more than a year before the plan year {1}: probably carried over from an older document.',
  },
  'quote.ascii': { zh: '中文应使用引号 {0}，此处为半角 {1}。', en: 'Chinese text takes the quotes {0}, not ASCII {1}.' },
  'width.percent': {
    zh: '全文混用“%”和“％”，此处宜与多数一致写作“{0}”。',
    en: 'The document mixes % and ％: write {0} here, as most of the document does.',
  },
  'width.digits': { zh: '全角数字“{0}”与全文的半角数字混用，应为“{1}”。', en: 'Full-width digits {0} among half-width ones: write {1}.' },
  'width.letterInNumber': {
    zh: '数字中混入了字母：“{0}”应为“{1}”（识别或录入错误）。',
    en: 'A letter inside a number: {0} should be {1} (misread or mistyped).',
  },
  'fix.insertMark': { zh: '在“{0}”后补上 {1}', en: 'Insert {1} after “{0}”' },
  'fix.replaceWith': { zh: '改为“{0}”', en: 'Change to {0}' },
  // ---------------------------------------------------------------- CLI
  'cli.usage': {
    zh: '用法：workplan <outline|check|targets|tasks|next-year|compare|import|export|repair> [选项] 文件...',
    en: 'usage: workplan <outline|check|targets|tasks|next-year|compare|import|export|repair> [options] FILE...',
  },
  'cli.binary': {
    zh: '{0}：不是文本文件（含二进制内容），未检查任何文件',
    en: '{0}: not a text file (binary content); nothing was checked',
  },
  'cli.tooLarge': { zh: '{0}：超过 {1}，未检查任何文件', en: '{0}: larger than {1}; nothing was checked' },
  'cli.misdecoded': {
    zh: '{0}：大量字符是替换字符 �（文件保存前已按错误的编码读取过），未检查任何文件',
    en: '{0}: much of it is replacement characters � (it was read in the wrong encoding before it was saved); nothing was checked',
  },
  'cli.notFound': { zh: '{0}：无法读取（{1}）', en: '{0}: cannot read ({1})' },
  'cli.noFiles': { zh: '{0}：没有找到 .txt、.md 或 .workplan 文件', en: '{0}: no .txt, .md or .workplan files found' },
  'cli.summary': { zh: '检查了 {0} 个文件，发现 {1} 个问题', en: '{0} {0|file|files} checked, {1} {1|problem|problems} found' },
  'cli.summaryFixed': {
    zh: '检查了 {0} 个文件，发现 {1} 个问题，已修复 {2} 个',
    en: '{0} {0|file|files} checked, {1} {1|problem|problems} found, {2} fixed',
  },
  'cli.fixed': { zh: '{0}：已修复 {1} 处', en: '{0}: fixed {1} {1|problem|problems}' },
  'cli.progress': {
    zh: '已检查 {0}/{1} 个文件，{2} 个问题，每秒 {3} 个文件',
    en: '{0}/{1} {1|file|files} checked, {2} {2|problem|problems}, {3} {3|file|files}/s',
  },
  // ---------------------------------------------------------------- Word import and export
  'docx.notWord': { zh: '{0}：不是 Word 文档（.docx），无法导入', en: '{0}: not a Word document (.docx); cannot import it' },
  'docx.corrupt': { zh: '{0}：Word 文档已损坏，无法读取', en: '{0}: the Word document is damaged and cannot be read' },
  'docx.noDocument': {
    zh: '{0}：压缩包中没有 word/document.xml，不是 Word 文档',
    en: '{0}: the archive has no word/document.xml; it is not a Word document',
  },
  'docx.encrypted': {
    zh: '{0}：文档设有打开密码，请在 Word 或 WPS 中取消密码后另存为 .docx 再导入',
    en: '{0}: the document is password-protected; remove the password in Word or WPS, save as .docx and import that',
  },
  'docx.legacyBinary': {
    zh: '{0}：这是旧版 .doc/.wps 格式，请在 Word 或 WPS 中“另存为” .docx 后再导入',
    en: '{0}: this is the old binary .doc/.wps format; use Save As .docx in Word or WPS, then import that',
  },
  'docx.tooLarge': {
    zh: '{0}：文档解压后过大（超过 {1}），已拒绝导入',
    en: '{0}: the document would be too large uncompressed (over {1}); import refused',
  },
  'docx.noFix': {
    zh: '{0}：Word 文档不能直接修复，请先用 workplan import 导出为文本',
    en: '{0}: a Word document cannot be fixed in place; import it to text first (workplan import)',
  },
  'docx.importUsage': { zh: '用法：workplan import 文件.docx [--out 文件]', en: 'usage: workplan import FILE.docx [--out FILE]' },
  'docx.exportUsage': {
    zh: '用法：workplan export --docx 输出.docx [--issuer 发文机关标志] [--doc-number 发文字号] [--char-grid] 文件',
    en: 'usage: workplan export --docx OUT.docx [--issuer ISSUER] [--doc-number NUMBER] [--char-grid] FILE',
  },
  'docx.imported': {
    zh: '{0}：{1} 段，其中 {2} 个自动编号已写成文字，表格 {3} 行',
    en: '{0}: {1} paragraphs, {2} automatic numbers written out, {3} table rows',
  },
  'docx.exported': { zh: '已导出 {0}（{1} 段）', en: 'Exported {0} ({1} paragraphs)' },
  'cli.repaired': { zh: '{0}：已修整 {1} 处', en: '{0}: {1} {1|repair|repairs} made' },
} satisfies Record<string, Entry>;

export type MessageKey = keyof typeof catalogue;

/** Picks the catalogue language for a client or process locale (`zh-CN`, `zh-tw`, `en-US`, …). */
export function localeFrom(tag: string | undefined): Locale {
  return tag && /^zh/i.test(tag) ? 'zh-cn' : 'en';
}

/** Formats a catalogue message in `locale`. */
export function formatMessage(locale: Locale, key: MessageKey, args: readonly (string | number)[] = []): string {
  const entry: Entry | undefined = (catalogue as Record<string, Entry>)[key];
  const template = entry ? (locale === 'zh-cn' ? entry.zh : entry.en) : key;
  return fillTemplate(template, args, locale === 'zh-cn' ? 'zh' : 'en');
}

/** True when `key` names a catalogue entry (used by tests that check both languages). */
export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(catalogue, key);
}

/** Every key with both texts (for the catalogue test). */
export function allMessages(): ReadonlyArray<[string, Entry]> {
  return Object.entries(catalogue);
}
