// Every line the command line prints, Chinese first, English beside it. Errors go through
// `fail`, which main turns into one line on stderr and an exit status (contract: 1 unusable
// workbook or policy, 2 bad arguments), never a stack trace.
import type { Lang, Text } from '../table/labels';

export type { Lang, Text };

export class CliError extends Error {
  constructor(
    readonly exitCode: 1 | 2,
    readonly text: Text,
  ) {
    super(text.en);
  }
}

export function fail(exitCode: 1 | 2, text: Text): never {
  throw new CliError(exitCode, text);
}

const t = (zh: string, en: string): Text => ({ zh, en });

/** The sheet names the reader takes for a register or a filing sheet (src/table/roles.ts), the
 *  same list in both languages. */
const RECORD_SHEET_NAMES = '来访登记 / 来访登记表 / 来电登记表 / Visits / 客户备案 / 报备 / 备案 / Filings';

export const M = {
  // arguments (exit 2)
  unknownVerb: (verb: string) =>
    t(
      `未知命令：${verb}（可用：annotate、lookup、remind、month、presets、explain、diff、demo；见 guishu --help）`,
      `Unknown command: ${verb} (use annotate, lookup, remind, month, presets, explain, diff or demo; see guishu --help)`,
    ),
  noVerb: t('缺少命令。用法见 guishu --help', 'No command given. See guishu --help'),
  unknownOption: (option: string, verb: string) => {
    const help = ['guishu', verb, '--help'].filter(Boolean).join(' ');
    return t(`未知选项：${option}（见 ${help}）`, `Unknown option: ${option} (see ${help})`);
  },
  missingValue: (option: string) => t(`选项 ${option} 需要一个值`, `Option ${option} needs a value`),
  badArguments: t('参数有误（见 guishu --help）', 'Bad arguments (see guishu --help)'),
  noValueAllowed: (option: string) => t(`选项 ${option} 不带值`, `Option ${option} takes no value`),
  sameOut: t(
    '两个输入文件的批注副本会写到同一个文件：请给它们不同的文件名或用 --out <文件夹>',
    'Two inputs would get the same annotated copy: give them different names or use --out <folder>',
  ),
  emptyQuery: t(
    '要查询的电话或姓名是空的。用法：guishu lookup <workbook.xlsx> <电话或姓名>',
    'The phone or name to look up is empty. Usage: guishu lookup <workbook.xlsx> <phone-or-name>',
  ),
  outKind: (out: string, ext: string) =>
    t(
      `--out 的扩展名须与输入相同（${ext}）：${out}（否则 Excel 拒绝打开）`,
      `--out must keep the input's extension (${ext}): ${out} (Excel refuses a mismatched one)`,
    ),
  needWorkbook: (verb: string) =>
    t(
      `缺少工作簿文件。用法：guishu ${verb} <workbook.xlsx> …`,
      `No workbook given. Usage: guishu ${verb} <workbook.xlsx> …`,
    ),
  needQuery: t(
    '缺少要查询的电话或姓名。用法：guishu lookup <workbook.xlsx> <电话或姓名>',
    'No phone or name to look up. Usage: guishu lookup <workbook.xlsx> <phone-or-name>',
  ),
  extraArguments: (extra: string) => t(`多余的参数：${extra}`, `Unexpected argument: ${extra}`),
  badDate: (text: string) =>
    t(
      `--as-of 日期无效：${text}（格式 YYYY-MM-DD，须是真实日期）`,
      `Invalid --as-of date: ${text} (use YYYY-MM-DD, a real calendar day)`,
    ),
  badZone: (zone: string) =>
    t(`--tz 时区无效：${zone}（例如 Asia/Shanghai）`, `Invalid --tz time zone: ${zone} (e.g. Asia/Shanghai)`),
  badLang: (lang: string) => t(`--lang 只能是 zh 或 en：${lang}`, `--lang must be zh or en: ${lang}`),
  presetAndPolicy: t('--preset 与 --policy 只能用一个', 'Use either --preset or --policy, not both'),
  unknownPreset: (id: string, ids: readonly string[]) =>
    t(
      `未知预设：${id}。可用预设：${ids.join(', ') || '（无）'}`,
      `Unknown preset: ${id}. Valid presets: ${ids.join(', ') || '(none)'}`,
    ),
  outIsInput: (file: string) =>
    t(
      `输出文件不能是输入文件本身：${file}（输入文件从不修改）`,
      `The output file cannot be the input file: ${file} (the input is never modified)`,
    ),

  // workbook and policy (exit 1)
  fileMissing: (file: string) => t(`找不到文件：${file}`, `File not found: ${file}`),
  notAFile: (file: string) => t(`不是文件：${file}`, `Not a file: ${file}`),
  notXlsx: (file: string) =>
    t(
      `不是 xlsx 工作簿：${file}（.xls 或 .csv 请先另存为 .xlsx）`,
      `Not an xlsx workbook: ${file} (save .xls or .csv files as .xlsx first)`,
    ),
  damaged: (file: string) =>
    t(
      `工作簿不完整或已损坏：${file}（可能下载或复制未完成；请在 Excel 中打开后另存为 .xlsx）`,
      `The workbook is incomplete or damaged: ${file} (perhaps a download or copy did not finish; open it in Excel and save it as .xlsx)`,
    ),
  encrypted: (file: string) =>
    t(
      `工作簿有密码保护：${file}（请在 Excel 中取消"用密码进行加密"后另存为 .xlsx）`,
      `The workbook is password-protected: ${file} (remove "Encrypt with Password" in Excel and save it as .xlsx)`,
    ),
  oldXls: (file: string) =>
    t(`这是旧版 .xls 工作簿：${file}（请另存为 .xlsx）`, `This is an old .xls workbook: ${file} (save it as .xlsx)`),
  ods: (file: string) =>
    t(
      `这是 OpenDocument 表格（.ods）：${file}（请另存为 .xlsx）`,
      `This is an OpenDocument spreadsheet (.ods): ${file} (save it as .xlsx)`,
    ),
  xlsb: (file: string) =>
    t(
      `这是二进制工作簿（.xlsb）：${file}（请另存为 .xlsx）`,
      `This is a binary workbook (.xlsb): ${file} (save it as .xlsx)`,
    ),
  noRoom: (sheet: string) =>
    t(
      `工作表「${sheet}」右侧已用到最后一列（XFD），归属列无处可放：请删除右侧多余的内容后重试`,
      `Sheet "${sheet}" is used up to its last column (XFD), so there is no room for Guishu's columns: delete the stray content on the right and try again`,
    ),
  busy: (file: string) => t(`文件被占用，请关闭后重试：${file}`, `The file is in use; close it and try again: ${file}`),
  noAccess: (file: string) => t(`没有权限访问：${file}`, `No permission to access: ${file}`),
  diskFull: (file: string) => t(`磁盘空间不足，无法写入：${file}`, `The disk is full; cannot write: ${file}`),
  isFolder: (file: string) => t(`这是一个文件夹，不能写成文件：${file}`, `This is a folder, not a file: ${file}`),
  noRegister: (file: string, sheets: readonly string[]) =>
    t(
      `工作簿 ${file} 中没有找到来访登记表或客户备案表（按表名 ${RECORD_SHEET_NAMES} 或按表头 日期、客户姓名、联系电话、置业顾问 识别）；现有工作表：${sheets.join('、') || '（无）'}`,
      `No visit register or filing sheet found in ${file} (looked for sheets named ${RECORD_SHEET_NAMES}, or with date, customer, phone and agent headers); sheets: ${sheets.join(', ') || '(none)'}`,
    ),
  // What a sheet was taken for, after its name in the noRegister line: 人员（人员表）, 人员 (Staff).
  sheetTakenAs: (role: Text) => t(`${role.zh}表`, role.en),
  policyMissing: (file: string) => t(`找不到策略文件：${file}`, `Policy file not found: ${file}`),
  policyNotJson: (file: string, line: number, column: number) =>
    t(
      `策略文件不是有效的 JSON：${file}（第 ${line} 行第 ${column} 列附近有语法错误）`,
      `Policy file is not valid JSON: ${file} (a syntax error near line ${line}, column ${column})`,
    ),
  policyInvalid: (file: string, why: string) =>
    t(`策略文件无效：${file}：${why}`, `Invalid policy file ${file}: ${why}`),
  presetUnavailable: (id: string) => t(`预设 ${id} 无法加载`, `Preset ${id} could not be loaded`),
  cannotWrite: (file: string) => t(`无法写入：${file}`, `Cannot write: ${file}`),
  demoMissing: (file: string) => t(`找不到示例工作簿：${file}`, `Example workbook not found: ${file}`),
  internal: t(
    '出错了，未能完成（设置 GUISHU_DEBUG=1 可查看详情）',
    'Something went wrong and the command did not finish (set GUISHU_DEBUG=1 for details)',
  ),
  buildMissing: t('找不到 dist/cli.js，请先运行 npm run build', 'dist/cli.js is missing: run `npm run build` first'),

  // results
  summaryHead: (preset: string, asOf: string, rows: number, sheets: number, others: number) =>
    t(
      `预设 ${preset}，判定日 ${asOf}：读取登记与备案 ${sheets} 张表、${rows} 行记录${others ? `，另有人员与裁决 ${others} 张表` : ''}。`,
      `Preset ${preset}, as of ${asOf}: read ${rows} rows on ${sheets} register and filing sheets${others ? `, and ${others} staff and rulings sheets` : ''}.`,
    ),
  summaryCustomers: (count: number, byStatus: string) =>
    t(`客户 ${count} 位${byStatus ? `：${byStatus}` : ''}`, `Customers: ${count}${byStatus ? ` (${byStatus})` : ''}`),
  summaryCounts: (deals: { zh: string; en: string }, conflicts: number, issues: number) =>
    t(
      `${deals.zh}，冲突 ${conflicts} 条，问题 ${issues} 条`,
      `${deals.en}, conflicts: ${conflicts}, issues: ${issues}`,
    ),
  wroteCopy: (file: string) => t(`批注副本：${file}`, `Annotated copy: ${file}`),
  wroteReport: (file: string) => t(`JSON 报告：${file}`, `JSON report: ${file}`),
  skippedMerged: (count: number) =>
    t(
      `有 ${count} 个单元格属于经理的合并单元格，未写入`,
      `${count} cells lie in the manager's merged cells and were not written`,
    ),
  judgedBy: (preset: string, asOf: string) =>
    t(`按预设 ${preset}、判定日 ${asOf} 判定`, `Judged by preset ${preset}, as of ${asOf}`),
  noMatch: (query: string) => t(`没有找到匹配「${query}」的客户`, `No customer matches "${query}"`),
  matches: (count: number) => t(`找到 ${count} 位客户`, `${count} customer(s) found`),
  presetsHead: t('可用预设（--preset <id>）：', 'Presets (--preset <id>):'),
  commonRules: t('通用规则（所有预设）：', 'Common rules (every preset):'),
  // guishu lookup: the labels of a customer's lines
  phoneLabel: t('电话', 'phone'),
  ownerLabel: t('归属', 'owner'),
  statusLabel: t('状态', 'status'),
  protectedLabel: t('保护到期', 'protected through'),
  daysLeftLabel: t('剩余天数', 'days left'),
  rulesLabel: t('规则', 'rules'),
  reasonLabel: t('依据', 'reason'),
  rowsLabel: t('记录', 'rows'),
  // guishu remind
  remindHead: (asOf: string, horizon: number, count: number) =>
    t(
      `到期提醒 截至 ${asOf}（保护剩余 ${horizon} 天以内或回访逾期；剩余天数含今天）：${count} 位客户`,
      `Reminders as of ${asOf} (${horizon} days of protection or fewer left, or a follow-up overdue; days left count today): ${count} customer(s)`,
    ),
  remindOverdue: t('逾期', 'overdue'),
  remindDaysLeft: (n: number) => t(`剩 ${n} 天`, `${n} day(s) left`),
  remindProtected: t('保护到期', 'protected through'),
  remindLastContact: t('最近跟进', 'last contact'),
  remindManager: (n: number) => t(`经理：逾期未跟进 ${n} 位`, `Manager: overdue follow-ups: ${n}`),
} as const;

export const say = (lang: Lang, text: Text): string => text[lang];

/** A file system failure in plain words: a file open in Excel (EBUSY/EPERM on Windows), … */
export function fsFailure(error: unknown, file: string, fallback: Text): Text {
  switch ((error as { code?: string } | null)?.code) {
    case 'EBUSY':
    case 'EPERM':
    case 'ETXTBSY':
      return M.busy(file);
    case 'EACCES':
    case 'EROFS':
      return M.noAccess(file);
    case 'ENOSPC':
    case 'EDQUOT':
      return M.diskFull(file);
    case 'EISDIR':
      return M.isFolder(file);
    default:
      return fallback;
  }
}

// ---------- help ----------

const HELP: Record<string, Text> = {
  main: t(
    `guishu — 客户归属（Guishu）命令行：按归属规则批注来访登记表

用法：
  guishu annotate <workbook.xlsx> [更多.xlsx …] [--preset <id> | --policy <policy.json>]
                  [--as-of YYYY-MM-DD] [--tz <时区>] [--out <annotated.xlsx> | <文件夹>]
                  [--json <report.json> | -] [--lang zh|en]
  guishu lookup   <workbook.xlsx> <电话或姓名> [--preset <id> | --policy <policy.json>]
                  [--as-of YYYY-MM-DD] [--tz <时区>] [--json] [--lang zh|en]
  guishu remind   <workbook.xlsx> [--preset <id> | --policy <policy.json>] [--as-of YYYY-MM-DD]
                  [--tz <时区>] [--json <file> | -] [--lang zh|en]
  guishu month    <workbook.xlsx> YYYY-MM [--preset <id> | --policy <policy.json>] [--tz <时区>]
                  [--out <file>] [--json <file> | -] [--lang zh|en]
  guishu presets  [<id> | --policy <policy.json>] [--json] [--lang zh|en]
  guishu explain  <规则编号> [--preset <id> | --policy <policy.json>] [--json] [--lang zh|en]
  guishu diff     <workbook.xlsx> (--preset A | --policy a.json) (--preset B | --policy b.json)
                  [--as-of YYYY-MM-DD] [--tz <时区>] [--json <file> | -] [--out <diff.xlsx>] [--lang zh|en]
  guishu demo     [--lang zh|en]

命令：
  annotate  判定每位客户的归属，写出批注副本（输入文件不修改）和 JSON 报告
  lookup    按电话（任意格式）或姓名查询客户的归属、状态和依据
  remind    到期提醒：每位顾问即将到期或回访逾期的客户，以及如何保住
  month     月结：某月的顾问业绩与月末归属，写入批注副本的「月结 YYYY-MM」表
  presets   按业务类型列出全部预设及其做法；给出编号时逐条说明该预设的规则
  explain   用文字说明一条规则（数字取自所给策略）
  diff      改规则之前：用两套规则判定同一份历史，列出归属、分成和业绩的变化
  demo      批注自带的示例工作簿 examples/demo.xlsx，结果写到 out/

退出码：0 完成（无法读取的行会列出，不算失败）；1 工作簿或策略无法使用；2 参数有误。
guishu <命令> --help 查看各命令的选项。`,
    `guishu — Guishu (归属) command line: customer-ownership rules for visit registers

Usage:
  guishu annotate <workbook.xlsx> [more.xlsx …] [--preset <id> | --policy <policy.json>]
                  [--as-of YYYY-MM-DD] [--tz <zone>] [--out <annotated.xlsx> | <folder>]
                  [--json <report.json> | -] [--lang zh|en]
  guishu lookup   <workbook.xlsx> <phone-or-name> [--preset <id> | --policy <policy.json>]
                  [--as-of YYYY-MM-DD] [--tz <zone>] [--json] [--lang zh|en]
  guishu remind   <workbook.xlsx> [--preset <id> | --policy <policy.json>] [--as-of YYYY-MM-DD]
                  [--tz <zone>] [--json <file> | -] [--lang zh|en]
  guishu month    <workbook.xlsx> YYYY-MM [--preset <id> | --policy <policy.json>] [--tz <zone>]
                  [--out <file>] [--json <file> | -] [--lang zh|en]
  guishu presets  [<id> | --policy <policy.json>] [--json] [--lang zh|en]
  guishu explain  <rule-id> [--preset <id> | --policy <policy.json>] [--json] [--lang zh|en]
  guishu diff     <workbook.xlsx> (--preset A | --policy a.json) (--preset B | --policy b.json)
                  [--as-of YYYY-MM-DD] [--tz <zone>] [--json <file> | -] [--out <diff.xlsx>] [--lang zh|en]
  guishu demo     [--lang zh|en]

Commands:
  annotate  decide every customer's owner; write an annotated copy (the input is never
            modified) and a JSON report
  lookup    look a customer up by phone (any format) or name: owner, status, reason
  remind    expiry reminders: per agent the customers about to lapse or overdue, and what keeps them
  month     month end: the month's agent figures and owners on its last day, written to the
            annotated copy's 月结 YYYY-MM sheet
  presets   every preset by kind of business, described by what it does; with an id, its
            rules in words
  explain   one rule in words, with the numbers of the policy given
  diff      before changing rules: judge the same history under two policies and list the
            owners, splits and monthly credit that would change
  demo      annotate the shipped example workbook examples/demo.xlsx into out/

Exit status: 0 done (rows that cannot be read are listed, not fatal); 1 the workbook or policy
cannot be used; 2 bad arguments.
Run guishu <command> --help for a command's options.`,
  ),
  annotate: t(
    `用法：guishu annotate <workbook.xlsx> [更多.xlsx …] [选项]

  给出多个工作簿时，它们作为同一段历史一起判定（同一客户跨文件算一位），每个输入各写一份批注副本，
  报告只有一份；表名写作 [文件名]表名。

  --preset <id>        归属规则预设（默认 cross-customer；guishu presets 列出全部）
  --policy <file>      策略文件：预设编号加上改写的参数（与 --preset 二选一）
  --as-of YYYY-MM-DD   判定日（默认：--tz 时区的今天）
  --tz <时区>          计算"今天"所用的时区，如 Asia/Shanghai（默认：本机时区）；单元格中的日期不做时区换算
  --out <file>         批注副本的路径（默认：输入文件旁的 <名称>.guishu.xlsx，.xlsm 得 .xlsm）；
                       不能等于输入文件；多个输入时是文件夹
  --json <file>        另写一份 JSON 报告；用 - 输出到标准输出
  --lang zh|en         表头、标签和说明的语言（默认 zh）；工作表名始终是中文`,
    `Usage: guishu annotate <workbook.xlsx> [more.xlsx …] [options]

  Several workbooks are judged as one history (a customer in two files is one customer): one
  annotated copy per input and one report; sheets are named [file]sheet.

  --preset <id>        ownership preset (default cross-customer; see guishu presets)
  --policy <file>      policy file: a preset id plus overridden numbers (instead of --preset)
  --as-of YYYY-MM-DD   the day to judge for (default: today in --tz)
  --tz <zone>          time zone for "today", e.g. Asia/Shanghai (default: this machine's);
                       date cells are taken as the calendar days they show, never shifted
  --out <file>         the annotated copy (default: <name>.guishu.xlsx next to the input, .xlsm
                       for an .xlsm); must differ from the input; a folder for several inputs
  --json <file>        also write the JSON report; - writes it to standard output
  --lang zh|en         language of headers, labels and reasons (default zh); sheet names stay Chinese`,
  ),
  lookup: t(
    `用法：guishu lookup <workbook.xlsx> <电话或姓名> [选项]

  电话可以是任意格式（138 0013 8000、+86 138-0013-8000、全角数字），也可以只给后四位；
  其余按姓名包含匹配。
  --preset <id> | --policy <file>   同 annotate
  --as-of YYYY-MM-DD  --tz <时区>    同 annotate
  --json               以 JSON 输出匹配的客户及其记录
  --lang zh|en         输出语言（默认 zh）`,
    `Usage: guishu lookup <workbook.xlsx> <phone-or-name> [options]

  A phone in any format (138 0013 8000, +86 138-0013-8000, full-width digits) or its last four
  digits; anything else matches customer names containing it.
  --preset <id> | --policy <file>   as for annotate
  --as-of YYYY-MM-DD  --tz <zone>    as for annotate
  --json               print the matching customers and their rows as JSON
  --lang zh|en         output language (default zh)`,
  ),
  presets: t(
    `用法：guishu presets [<id> | --policy <file>] [--lang zh|en] [--json]

  不带编号：按业务类型（案场、渠道、企业备案）列出每个预设做什么，出处作为备注。
  带编号（或 --policy 策略文件）：该预设的每条规则的文字说明，数字取自该策略。`,
    `Usage: guishu presets [<id> | --policy <file>] [--lang zh|en] [--json]

  Without an id: every preset grouped by kind of business (on-site, channel, B2B filing),
  described by what it does, with its source regulation as a note.
  With an id (or a --policy file): each of that preset's rules in words, with its numbers.`,
  ),
  demo: t(
    `用法：guishu demo [--lang zh|en]

  以预设 cross-customer、判定日 2026-11-30（固定，结果可重复）批注 examples/demo.xlsx，
  写出 out/demo.guishu.xlsx 与 out/demo.report.json（out/ 位于当前目录），并打印摘要。`,
    `Usage: guishu demo [--lang zh|en]

  Annotates examples/demo.xlsx with preset cross-customer as of 2026-11-30 (fixed, so the demo is
  repeatable), writes out/demo.guishu.xlsx and out/demo.report.json (out/ in the current
  directory) and prints a summary.`,
  ),
};

HELP.remind = t(
  `用法：guishu remind <workbook.xlsx> [选项]

  到期提醒：按顾问列出保护剩余天数不超过 warnDays 与 alertDays 中较大者（含今天），或首次回访逾期的客户，
  附最近跟进日、保护到期日和如何保住（如「11-20 前跟进」）；最后是经理要看的逾期清单。
  --preset <id> | --policy <file>   同 annotate（warnDays、alertDays 在策略文件中改写）
  --as-of YYYY-MM-DD  --tz <时区>    同 annotate
  --json <file>        另写一份 JSON；用 - 输出到标准输出
  --lang zh|en         输出语言（默认 zh）`,
  `Usage: guishu remind <workbook.xlsx> [options]

  Expiry reminders: per agent, the customers with at most max(warnDays, alertDays) days of
  protection left (today included) or an overdue first follow-up, with the last contact, the
  day protection ends and what keeps it ("follow up by 11-20"); then the manager's overdue list.
  --preset <id> | --policy <file>   as for annotate (override warnDays, alertDays in a policy file)
  --as-of YYYY-MM-DD  --tz <zone>    as for annotate
  --json <file>        also write JSON; - writes it to standard output
  --lang zh|en         output language (default zh)`,
);
HELP.month = t(
  `用法：guishu month <workbook.xlsx> YYYY-MM [选项]

  以该月最后一天为判定日，写出批注副本，其中多一张「月结 YYYY-MM」（与插件月结相同：
  每位顾问的成交、业绩与佣金分成、月末持有、释放、被他人取得；每位客户月末的归属人）。
  --preset <id> | --policy <file>   同 annotate
  --tz <时区>          同 annotate 的写法（校验后接受）；判定日固定为该月最后一天，日期单元格按所示日期读取，
                       因此时区不改变结果
  --out <file>         批注副本的路径（默认：输入文件旁的 <名称>.guishu.xlsx）
  --json <file>        另写一份月结 JSON；用 - 输出到标准输出
  --lang zh|en         表头与说明的语言（默认 zh）`,
  `Usage: guishu month <workbook.xlsx> YYYY-MM [options]

  Judges as of the month's last day and writes the annotated copy with one more sheet,
  月结 YYYY-MM (the add-on's month end: per agent deals, performance and commission shares,
  customers held, released, lost to others; per customer the owner on the month's last day).
  --preset <id> | --policy <file>   as for annotate
  --tz <zone>          as for annotate (checked, then accepted); the day judged is always the
                       month's last day and date cells are read as the days they show, so the
                       zone does not change the result
  --out <file>         the annotated copy (default: <name>.guishu.xlsx next to the input)
  --json <file>        also write the month as JSON; - writes it to standard output
  --lang zh|en         language of headers and words (default zh)`,
);

export function helpText(verb: string, lang: Lang): string {
  return (HELP[verb] ?? HELP.main)[lang];
}
