/** Words that Chinese writes twice on purpose, which the `repeated-word` rule leaves alone. */

/** Verbs and adjectives whose ABAB reduplication is ordinary usage (研究研究 = study a bit). */
export const REDUPLICATED = new Set(
  (
    '研究 讨论 討論 学习 學習 商量 考虑 考慮 了解 交流 沟通 溝通 锻炼 休息 活动 活動 打扫 收拾 整理 检查 檢查 介绍 分析 比较 体验 ' +
    '感受 思考 总结 總結 清理 调查 走访 联系 說明 说明 解释 准备 練習 练习 放松 认识 熟悉 宣传 动员 表扬 关心 照顾 帮助 指导 ' +
    '提高 改进 修改 整顿 梳理 盘点 反思 琢磨 研讨 调整 尝试 议论 批评 教育 提醒 表示 打听 参观 观察 溜达 比划 合计 ' +
    '凉快 暖和 热闹 轻松 舒服 开心 高兴 雪白 通红 冰凉 碧绿 漆黑 笔直 火红 金黄 崭新 滚烫 湛蓝 ' +
    '哗啦 滴答 叮咚 扑通 咕咚 噼啪 轰隆 叮当 呼啦 咔嚓 嘀嗒'
  ).split(' '),
);

/**
 * Parallel four-character phrases `AB AC` (创业创新, 共建共享) that a word ending in B's character runs into: `企业创业创新`
 * reads 业创业创 twice in a row, but the words are 企业 and 创业创新. `repeated-word` leaves a two-character doubling alone
 * when the phrase starts one character into it.
 */
export const PARALLEL_PHRASES = new Set(
  (
    '创业创新 創業創新 共建共享 共建共治 共治共享 共商共建 提质提效 提質提效 增收增效 增产增效 增產增效 自立自强 自立自強 ' +
    // `深化文化文艺精品打造工程` (616:78; twenty-third blind set, form 401): 深化 + 文化文艺.
    '文化文艺 文化文藝 文化文旅 文化文物'
  ).split(' '),
);
