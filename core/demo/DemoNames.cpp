#include "demo/DemoNames.h"

namespace DemoNames {

const QStringList &surnames()
{
    static const QStringList list = QStringLiteral(
        "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 高 罗 郑 梁 谢 宋 唐 许 韩 邓 冯 曹 彭 曾 肖 田 董 潘 袁 蔡 蒋 余 于 杜 叶 程 魏 苏 吕 丁 任 卢 姚 沈 钟 姜 崔 谭 陆 范 汪 廖 石 金 韦 贾 夏 付 方 邹 熊 白 孟 秦 邱 侯 江 尹 薛 闫 段 雷 龙 黎 史 陶 贺 毛 郝 顾 龚 邵 万 覃 武 钱 戴 严 欧阳 司马 诸葛")
        .split(QLatin1Char(' '));
    return list;
}

const QStringList &givenCharacters()
{
    static const QStringList list = QStringLiteral(
        "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 玉 萍 红 鹏 建 文 辉 力 飞 斌 宇 浩 凯 健 俊 帆 "
        "晨 欣 怡 佳 琳 雪 婷 倩 颖 慧 思 梦 悦 宁 嘉 子 轩 瑞 博 翔 志 国 海 林 峰 鑫 晓 春 秋 冬 梅 兰 竹 松 云 雨 阳 光 新 安 "
        "德 和 顺 康 福 荣 昌 盛 泽 涵 睿 诚 远 航 铭 哲 琪 璐 蕾 莉 薇 彤 妍 瑶")
        .split(QLatin1Char(' '));
    return list;
}

const QStringList &departments()
{
    static const QStringList list = QStringLiteral(
        "心血管内科 呼吸内科 消化内科 神经内科 肾内科 内分泌科 血液科 普外科 骨科 神经外科 心胸外科 泌尿外科 妇产科 儿科 眼科 "
        "耳鼻喉科 口腔科 皮肤科 急诊科 重症医学科 麻醉科 康复医学科 中医科 感染科 肿瘤科 放射科 超声医学科 检验科 病理科 药剂科 "
        "护理部 医务部 信息中心 财务处 设备处 科研处 后勤保障部")
        .split(QLatin1Char(' '));
    return list;
}

const QStringList &ethnicities()
{
    static const QStringList list = {QStringLiteral("汉族"), QStringLiteral("回族"), QStringLiteral("满族"), QStringLiteral("壮族"),
                                     QStringLiteral("苗族"), QStringLiteral("土家族"), QStringLiteral("蒙古族")};
    return list;
}

const QStringList &educations()
{
    static const QStringList list = {QStringLiteral("大学本科"), QStringLiteral("硕士研究生"), QStringLiteral("博士研究生"),
                                     QStringLiteral("大学专科")};
    return list;
}

const QStringList &areaCodes()
{
    static const QStringList list = QStringLiteral(
        "340104 340102 340103 340111 340121 340202 340302 340402 341302 341502 341602 110101 110105 310101 310104 320102 320106 "
        "330102 330106 370102 410102 420102 430102 440106 510104 610102 500103 120101 210102 230102")
        .split(QLatin1Char(' '));
    return list;
}

const QStringList &topics()
{
    static const QStringList list = QStringLiteral(
        "医疗质量与安全管理 临床路径实践 院感防控 急危重症救治 合理用药 护理质量提升 医患沟通 医学人文 科研方法与论文写作 "
        "智慧医院建设 数据安全与个人信息保护 全面预算管理 卫生经济与政策 中医药传承创新 康复新技术 肿瘤规范化诊疗 "
        "心血管介入技术 影像诊断进展 检验质量控制 基层适宜技术推广 职业道德与行为规范 应急管理与演练 人工智能与医疗")
        .split(QLatin1Char(' '));
    return list;
}

const QStringList &organizers()
{
    static const QStringList list = {QStringLiteral("省卫生健康委员会"), QStringLiteral("省人力资源和社会保障厅"),
                                     QStringLiteral("省医学会"), QStringLiteral("市卫生健康委员会"), QStringLiteral("本院继续教育办公室")};
    return list;
}

const QStringList &series()
{
    static const QStringList list = {QStringLiteral("卫生技术（医师）"), QStringLiteral("卫生技术（护理）"),
                                     QStringLiteral("卫生技术（药学）"), QStringLiteral("卫生技术（技师）"),
                                     QStringLiteral("工程技术"), QStringLiteral("会计")};
    return list;
}

QStringList titlesOf(int s)
{
    switch (s) {
    case 0: return {QStringLiteral("医师"), QStringLiteral("主治医师"), QStringLiteral("副主任医师"), QStringLiteral("主任医师")};
    case 1: return {QStringLiteral("护师"), QStringLiteral("主管护师"), QStringLiteral("副主任护师"), QStringLiteral("主任护师")};
    case 2: return {QStringLiteral("药师"), QStringLiteral("主管药师"), QStringLiteral("副主任药师"), QStringLiteral("主任药师")};
    case 3: return {QStringLiteral("技师"), QStringLiteral("主管技师"), QStringLiteral("副主任技师"), QStringLiteral("主任技师")};
    case 4: return {QStringLiteral("助理工程师"), QStringLiteral("工程师"), QStringLiteral("高级工程师"), QStringLiteral("正高级工程师")};
    default: return {QStringLiteral("助理会计师"), QStringLiteral("会计师"), QStringLiteral("高级会计师"), QStringLiteral("正高级会计师")};
    }
}
} // namespace DemoNames
