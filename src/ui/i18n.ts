// Every word the pages show, Chinese (zh-CN) first and English beside it. The English table is
// typed by the Chinese keys, so a key missing in either fails to compile, and a test checks the
// built tables too. `{name}` marks a parameter; parameters are inserted as text, never as HTML.
// The concept words (statuses, event kinds, owner kinds, conflict kinds, sheet roles, preset
// numbers) are not written here: they come from their one home under src/vocab/ (issue 15 point
// 6), under the keys `status.*`, `help.status.*`, `kind.*`, `group.*`, `owner.*`, `conflict.*`,
// `role.*`, `num.*` and `unit.*`.
import { MENU_PATH } from '../vocab/addon';
import { CONFLICT_WORDS } from '../vocab/conflicts';
import { EVENT_GROUPS, EVENT_WORDS, type EventGroup } from '../vocab/events';
import type { Word } from '../vocab/fields';
import { OWNER_KIND_WORDS } from '../vocab/owners';
import { ROLE_WORDS } from '../vocab/roles';
import { NUMBER_WORDS, SPLIT_WORDS, UNIT_WORDS } from '../vocab/numbers';
import { STATUS_MEANINGS, STATUS_WORDS } from '../vocab/statuses';

export type Lang = 'zh' | 'en';
export type Params = Record<string, string | number>;

/** A vocabulary table in one language, under `prefix.code` keys (typed, so t('status.protected')
 *  type-checks and a code the table lacks does not). */
function keyed<P extends string, C extends string>(
  prefix: P,
  table: Readonly<Record<C, Word>>,
  lang: Lang,
): Record<`${P}.${C}`, string> {
  const out = {} as Record<`${P}.${C}`, string>;
  for (const code of Object.keys(table) as C[]) out[`${prefix}.${code}`] = table[code][lang];
  return out;
}

/** The timeline's groups are named by their first kind's noun. */
const GROUP_WORDS = Object.fromEntries(EVENT_GROUPS.map((g) => [g, EVENT_WORDS[g]])) as Record<EventGroup, Word>;

const vocabulary = (lang: Lang) => ({
  ...keyed('group', GROUP_WORDS, lang),
  ...keyed('status', STATUS_WORDS, lang),
  ...keyed('kind', EVENT_WORDS, lang),
  ...keyed('owner', OWNER_KIND_WORDS, lang),
  ...keyed('conflict', CONFLICT_WORDS, lang),
  ...keyed('role', ROLE_WORDS, lang),
  ...keyed('help.status', STATUS_MEANINGS, lang),
  ...keyed('num', NUMBER_WORDS, lang),
  ...keyed('num', SPLIT_WORDS, lang),
  ...keyed('unit', UNIT_WORDS, lang),
});

const zh = {
  'app.name': '归属',
  'lang.switch': '语言',

  'error.title': '出错了：',
  'error.hint': '请重试；如果仍然出错，请联系经理。',
  'error.dismiss': '关闭提示',
  'error.noServer': `无法连接 Apps Script（此页面须从表格的 ${MENU_PATH.zh} 菜单打开）。`,
  'error.unknown': '服务器没有说明原因。',
  'error.page': '页面出错，未能完成。',
  'error.noFunction': '服务器没有函数 {name}（加载项版本不一致，请重新打开页面）。',

  'common.close': '关闭',
  'common.loading': '正在加载…',
  'common.none': '—',
  'common.sheetRow': '{sheet} 第{row}行',

  'who.manager': '经理：{email}',
  'who.agent': '{email}（非经理）',
  'who.noEmail':
    '无法取得您的邮箱（Apps Script 在某些账号设置下不提供），按非经理处理：电话只显示后四位，不能保存设置和裁决。',
  'who.masked': '非经理视图：电话只显示后四位。',
  'who.grantEmail': `您未授予“查看您的电子邮件地址”权限：要成为第一位经理或以经理身份操作，请从菜单 ${MENU_PATH.zh} › 设置 打开，并在授权页面勾选该权限。`,

  'daily.none': '每日自动任务尚未安装（菜单：安装自动任务）。',
  'daily.installed': '每日自动任务由 {who} 于 {when} 安装。',
  'daily.last': '上次运行：{when}。',
  'run.daily.ok': '每日运行 {when}：成功。',
  'run.daily.failed': '每日运行 {when}：未完成。',
  'run.edit.ok': '录入时间戳 {when}：成功。',
  'run.edit.failed': '录入时间戳 {when}：未完成。',
  'run.unstamped': '尚未记录录入时间的行（下次编辑或每日运行时补记）：{rows}',

  'lookup.title': '查询客户',
  'lookup.label': '电话或姓名',
  'lookup.placeholder': '如 138 0013 8000 或 陈先生',
  'lookup.hint': '电话可用任意格式（空格、横线、+86）；后四位以上也可；按姓名可列出多位。',
  'lookup.search': '查询',
  'lookup.searching': '正在查询…',
  'lookup.enter': '请输入电话或姓名。',
  'lookup.none': '没有找到与「{query}」匹配的客户。',
  'lookup.several': '找到 {n} 位客户，请选择：',
  'lookup.noName': '（无姓名）',
  'lookup.owner': '归属人',
  'lookup.coOwners': '共同归属',
  'lookup.status': '状态',
  'lookup.protectedThrough': '保护至',
  'lookup.rules': '规则',
  'lookup.reason': '判定依据',
  'lookup.noExpiry': '无期限',
  'lookup.daysLeft': '剩 {n} 天',
  'lookup.dayLeft': '剩 1 天',
  'lookup.endsToday': '今天是最后一天',
  'mine.heading': '我的到期提醒（{n}）',
  'mine.hint': '保护剩余 {n} 天以内（含今天）或回访逾期的客户，点一下查看。',
  'mine.none': '没有保护即将到期或回访逾期的客户。',
  'mine.left': '剩 {n} 天',
  'mine.overdue': '回访逾期',
  'lookup.endedDay': '已过期 1 天',
  'lookup.endedDays': '已过期 {n} 天',
  'lookup.rows': '记录（{n} 行）',

  'timeline.heading': '时间线',
  'timeline.title': '时间线：{n} 条记录，{from} 至 {to}',
  'timeline.today': '今天',
  'timeline.window': '保护期',
  'timeline.noAgent': '无顾问',
  'timeline.empty': '没有可画的记录。',
  'timeline.event': '{date} {kind} · {agent} · {sheet} 第{row}行',

  ...vocabulary('zh'),

  'filing.title': '客户备案',
  'filing.intro': '保存前会先判断：这条备案能否被接受，还是与现有归属人冲突，以及由哪条规则决定。',
  'filing.name': '客户姓名',
  'filing.phone': '联系电话',
  'filing.phoneHint': '任意格式，如 139-0000-0001 或 +86 139 0000 0001。',
  'filing.agent': '报备人',
  'filing.agentHint': '默认是人员表中与您邮箱对应的顾问。',
  'filing.relation': '关系',
  'filing.relationHint': '与关联电话的关系，如 夫妻、父母（同一家庭算一位客户）。',
  'filing.linkedPhone': '关联电话',
  'filing.note': '备注',
  'filing.check': '检查',
  'filing.checking': '正在检查…',
  'filing.save': '保存备案',
  'filing.saving': '正在保存并重新计算…',
  'filing.error.missing': '请填写此项。',
  'filing.error.invalid': '格式不正确。',
  'filing.fixFields': '请先更正标出的字段。',
  'filing.accepted': '✓ 可以备案：备案将被接受。',
  'filing.conflictWith': '✗ 与现归属人 {owner} 冲突：备案不会被接受。',
  'filing.conflict': '✗ 与现有归属冲突：备案不会被接受。',
  'filing.decidedBy': '决定规则：',
  'filing.confirmConflict': '我了解这条备案会记为冲突，仍要提交（经理可在「冲突与裁决」中处理）。',
  'filing.saved': '已保存「{name}」到 {sheet} 第{row}行，并已重新计算。',

  'setup.title': '设置',
  'setup.readOnly': '只有经理可以保存设置；您可以查看。第一位保存设置的人将成为第一位经理。',
  'setup.sheets': '工作表',
  'setup.sheetsHint': '归属按表名和表头识别每张表的用途；识别错了可在此更正。',
  'setup.sheet': '工作表',
  'setup.role': '用途',
  'setup.detected': '识别结果',
  'setup.roleAuto': '（自动识别）',
  'setup.headerRow': '表头在第 {n} 行',
  'setup.noHeader': '未找到表头',
  'setup.mapping': '列对应',
  'setup.mappingHint': '每个字段读取哪一列。识别错的列可在此改正，保存后按新的对应重新计算。',
  'setup.unmapped': '（未对应）',
  'setup.corrected': '已更正',
  'setup.mappedCount': '已对应 {n}/{of} 个字段',
  'setup.dupColumn': '这一列已对应了另一个字段',
  'setup.noMapping': '没有可对应的表。',
  'setup.preset': '预设制度',
  'setup.presetLabel': '本项目使用的归属制度',
  'setup.numbers': '数值',
  'setup.numbersHint': '预设中可调整的数值，输入时即按与服务器相同的规则校验。切换预设会恢复新预设的默认值。',
  'setup.noNumbers': '此预设没有可调整的数值。',
  'setup.managers': '经理',
  'setup.managersLabel': '经理的邮箱（每行一个）',
  'setup.managersHint': '经理可以保存设置、裁决冲突、看到完整电话。',
  'setup.language': '语言',
  'setup.languageLabel': '写入表格和打开页面时使用的语言',
  'setup.valid': '✓ 设置有效。',
  'setup.invalid': '设置无效：',
  'setup.fixMarked': '请更正标出的项。',
  'setup.err.count': '请输入 0 到 100000 之间的整数。',
  'setup.err.fraction': '请输入 0 到 1 之间的数。',
  'setup.err.share': '归属人与成交人的比例须在 0 到 1 之间，且两者之和为 1。',
  'setup.err.email': '不是有效的邮箱：{emails}',
  'setup.save': '保存设置',
  'setup.saving': '正在保存并重新计算…',
  'setup.saved': '✓ 设置已保存，并已重新计算。',
  'setup.problem': '已保存的设置无效，下面从能保留的部分开始，请修正后保存：',
  'setup.notSaved': '设置未保存：',
  'setup.presetDoes': '这套规则做什么：',
  'setup.presetRules': '逐条规则（按当前数值）',
  'setup.previewing': '正在用新规则重算全部历史…',
  'setup.whatIfHead': '保存前请确认改规则的影响（按全部历史重算）：',
  'setup.whatIfNone': '新规则不会改变任何客户、成交或业绩。',
  'setup.whatIfList': '{name}（{n}）',
  'setup.whatIfMore': '只显示前 {shown} 行，共 {total} 行。',
  'setup.confirmSave': '确认保存',

  'num.split': '他人成交分成 第{n}条 › {share} › {who}',
  'num.withUnit': '{label}（{unit}）',

  'conflicts.title': '冲突与裁决',
  'conflicts.count': '{n} 条未解决的冲突：',
  'conflicts.none': '没有未解决的冲突。',
  'conflicts.owner': '现归属',
  'conflicts.parties': '当事人',
  'conflicts.rules': '规则',
  'conflicts.evidence': '证据行',
  'conflicts.explanation': '说明',
  'conflicts.deadline': '异议截止',
  'conflicts.ruleThis': '裁决 {customer}',
  'conflicts.ruling': '裁决',
  'conflicts.customer': '客户',
  'conflicts.choose': '（选择客户）',
  'conflicts.newOwner': '新归属人',
  'conflicts.reason': '原因',
  'conflicts.save': '保存裁决',
  'conflicts.saving': '正在保存裁决并重新计算…',
  'conflicts.checking': '正在读取新的归属…',
  'conflicts.saved': '✓ 裁决已写入「裁决」表，并已重新计算。',
  'conflicts.nowOwner': '{customer} 现归属 {owner}（{status}）。',
  'conflicts.managersOnly': '只有经理可以裁决。',
  'conflicts.needCustomer': '请选择客户。',
  'conflicts.needOwner': '请填写新归属人。',

  'help.title': '帮助',
  'help.intro': '归属按本项目的制度（{preset}）读取来访登记、客户备案、人员和裁决，判断每位客户归谁，并写明依据。',
  'help.statuses': '各状态的含义',
  'help.reading': '如何阅读判定依据',
  'help.reading.intro': '每个判定都写明规则编号和依据，例如：',
  'help.reading.example':
    'cross-customer/R4.1 · 张三 首次接待 2026-11-01 (来访登记 第3行)；最近跟进 2026-11-30；保护至 2026-12-07',
  'help.reading.who': '先写谁在哪天做了什么：这是取得或保持归属的事件。',
  'help.reading.rows': '括号里的「来访登记 第3行」是证据行：表名和表格自己的行号（含表头行），可以直接在表中找到。',
  'help.reading.rules':
    '规则编号如 cross-customer/R4.1：斜线前是本项目使用的制度，斜线后是该制度的条款；common/… 是各制度共用的条款。',
  'help.reading.window': '「保护至」是保护期的最后一天（含当天）；过了这一天，客户按制度释放或转公司。',
  'help.never': '归属从不改动的内容',
  'help.never.cells': '您录入的单元格、格式和合并区域。',
  'help.never.formulas': '您的公式；归属写入的每个值都是文本（剩余天数为数字），从不写公式。',
  'help.never.rows': '您的行和列：不删除、不排序、不移动。',
  'help.never.outside': '本文档以外的任何东西：数据不会发送到表格之外。',
  'help.never.protect': '您设置的保护范围。',
  'help.writes': '归属只写这些：',
  'help.writes.columns':
    '登记表和备案表末尾的归属列，每次重新计算时重写：先是今天的归属（当前归属、当前状态、剩余天数），每行相同，与客户归属总表一致，按「当前状态」筛选「保护中」即得受保护客户的全部行；后面是该行当时的判定，作为审计记录（当时归属、当时状态、业绩分成、佣金分成、当时保护到期、判定依据）。',
  'help.writes.days':
    '剩余天数含今天（1 表示今天是最后一天），保护结束后留空；剩余天数不超过提前预警天数时显示橙色，不超过标红天数（默认 3）时显示红色。颜色是归属自己的条件格式，每次重写，不动您的条件格式。',
  'help.writes.sheets':
    '自己的工作表：客户归属总表、冲突、问题、变更日志、到期提醒（每位顾问即将到期或回访逾期的客户，及如何保住）、每月的 月结；以及通过备案和裁决页面追加到 客户备案、裁决 的行。',
  'help.writes.log': '查询日志：每次查询的人、时间、查询内容和找到的客户，只有经理可以编辑。',
  'help.privacy': '电话与经理',
  'help.privacy.masked': '非经理看到的电话只显示后四位；经理看到完整号码。',
  'help.privacy.email':
    '是否经理按您的 Google 账号邮箱判断。某些账号设置下 Apps Script 取不到邮箱，此时按非经理处理，页面会注明。',
  'help.daily': '每日自动任务',
  'help.daily.note': '自动任务以安装者的账号运行；安装者离开后，请另一位经理重新安装。',
};

export type Key = keyof typeof zh;

const en: Record<Key, string> = {
  'app.name': 'Guishu',
  'lang.switch': 'Language',

  'error.title': 'Something went wrong:',
  'error.hint': 'Try again; if it keeps failing, tell a manager.',
  'error.dismiss': 'Dismiss',
  'error.noServer': `Apps Script is not reachable (open this page from ${MENU_PATH.en} in the spreadsheet).`,
  'error.unknown': 'The server gave no reason.',
  'error.page': 'The page ran into an error and did not finish.',
  'error.noFunction': 'The server has no function {name} (the add-on versions differ; open the page again).',

  'common.close': 'Close',
  'common.loading': 'Loading…',
  'common.none': '—',
  'common.sheetRow': '{sheet} row {row}',

  'who.manager': 'Manager: {email}',
  'who.agent': '{email} (not a manager)',
  'who.noEmail':
    'Your email is not available (Apps Script withholds it in some account setups), so you are treated as a non-manager: phones show their last four digits, and settings and rulings cannot be saved.',
  'who.masked': 'Non-manager view: phones show their last four digits.',
  'who.grantEmail': `You have not allowed "See your email address": to become the first manager or act as one, open ${MENU_PATH.en} › Setup and allow it on the consent screen.`,

  'daily.none': 'The daily run is not installed (menu: Install the daily run).',
  'daily.installed': 'The daily run was installed by {who} on {when}.',
  'daily.last': 'Last run: {when}.',
  'run.daily.ok': 'Daily run {when}: done.',
  'run.daily.failed': 'Daily run {when}: not done.',
  'run.edit.ok': 'Entry stamps {when}: done.',
  'run.edit.failed': 'Entry stamps {when}: not done.',
  'run.unstamped': 'Rows not yet stamped (the next edit or daily run stamps them): {rows}',

  'lookup.title': 'Look up a customer',
  'lookup.label': 'Phone or name',
  'lookup.placeholder': 'e.g. 138 0013 8000 or 陈先生',
  'lookup.hint':
    'Phones in any format (spaces, dashes, +86); the last four or more digits work too; a name may list several customers.',
  'lookup.search': 'Search',
  'lookup.searching': 'Searching…',
  'lookup.enter': 'Enter a phone or a name.',
  'lookup.none': 'No customer matches “{query}”.',
  'lookup.several': '{n} customers found; pick one:',
  'lookup.noName': '(no name)',
  'lookup.owner': 'Owner',
  'lookup.coOwners': 'Shared with',
  'lookup.status': 'Status',
  'lookup.protectedThrough': 'Protected through',
  'lookup.rules': 'Rules',
  'lookup.reason': 'Reason',
  'lookup.noExpiry': 'No expiry',
  'lookup.daysLeft': '{n} days left',
  'lookup.dayLeft': '1 day left',
  'lookup.endsToday': 'today is the last day',
  'mine.heading': 'My reminders ({n})',
  'mine.hint':
    'Customers with {n} days of protection or fewer left (today included) or a follow-up overdue; select one to look it up.',
  'mine.none': 'No customer of yours is about to lapse or overdue.',
  'mine.left': '{n} days left',
  'mine.overdue': 'follow-up overdue',
  'lookup.endedDay': 'ended 1 day ago',
  'lookup.endedDays': 'ended {n} days ago',
  'lookup.rows': 'Rows ({n})',

  'timeline.heading': 'Timeline',
  'timeline.title': 'Timeline: {n} rows, {from} to {to}',
  'timeline.today': 'Today',
  'timeline.window': 'Protection',
  'timeline.noAgent': 'No agent',
  'timeline.empty': 'No rows to draw.',
  'timeline.event': '{date} {kind} · {agent} · {sheet} row {row}',

  ...vocabulary('en'),

  'filing.title': 'File a customer',
  'filing.intro':
    'Before saving, Guishu says whether the filing would be accepted or conflicts with an existing owner, and which rule decides.',
  'filing.name': 'Customer name',
  'filing.phone': 'Phone',
  'filing.phoneHint': 'Any format, such as 139-0000-0001 or +86 139 0000 0001.',
  'filing.agent': 'Filed by',
  'filing.agentHint': 'Defaults to the agent whose email on the staff sheet is yours.',
  'filing.relation': 'Relation',
  'filing.relationHint': 'To the linked phone, such as 夫妻 or 父母 (one family counts as one customer).',
  'filing.linkedPhone': 'Linked phone',
  'filing.note': 'Note',
  'filing.check': 'Check',
  'filing.checking': 'Checking…',
  'filing.save': 'Save filing',
  'filing.saving': 'Saving and recomputing…',
  'filing.error.missing': 'Fill this in.',
  'filing.error.invalid': 'This is not valid.',
  'filing.fixFields': 'Correct the marked fields first.',
  'filing.accepted': '✓ Can be filed: the filing would be accepted.',
  'filing.conflictWith': '✗ Conflicts with the current owner {owner}: the filing would not be accepted.',
  'filing.conflict': '✗ Conflicts with an existing owner: the filing would not be accepted.',
  'filing.decidedBy': 'Decided by:',
  'filing.confirmConflict':
    'I understand this filing will be recorded as a conflict; submit it anyway (a manager settles it under Conflicts and rulings).',
  'filing.saved': '“{name}” saved to {sheet} row {row}, and recomputed.',

  'setup.title': 'Setup',
  'setup.readOnly':
    'Only managers can save settings; you can look. The first person to save settings becomes the first manager.',
  'setup.sheets': 'Sheets',
  'setup.sheetsHint':
    'Guishu tells what each sheet is by its name and headers; correct it here where it guessed wrong.',
  'setup.sheet': 'Sheet',
  'setup.role': 'Used as',
  'setup.detected': 'Detected',
  'setup.roleAuto': '(detect)',
  'setup.headerRow': 'Header in row {n}',
  'setup.noHeader': 'No header found',
  'setup.mapping': 'Columns',
  'setup.mappingHint':
    'Which column each field is read from. Correct a wrong column here; saving recomputes with the new mapping.',
  'setup.unmapped': '(not mapped)',
  'setup.corrected': 'corrected',
  'setup.mappedCount': '{n} of {of} fields mapped',
  'setup.dupColumn': 'This column is mapped to another field too',
  'setup.noMapping': 'No sheet to map.',
  'setup.preset': 'Preset',
  'setup.presetLabel': 'The ownership rules this project follows',
  'setup.numbers': 'Numbers',
  'setup.numbersHint':
    'The preset’s numbers you may change, checked as you type by the same rules as the server. Another preset starts from its own numbers.',
  'setup.noNumbers': 'This preset has no numbers to change.',
  'setup.managers': 'Managers',
  'setup.managersLabel': 'Managers’ emails (one a line)',
  'setup.managersHint': 'Managers save settings, settle conflicts and see full phone numbers.',
  'setup.language': 'Language',
  'setup.languageLabel': 'The language written to the sheets and the pages open in',
  'setup.valid': '✓ The settings are valid.',
  'setup.invalid': 'The settings are invalid:',
  'setup.fixMarked': 'Correct the marked items.',
  'setup.err.count': 'Enter a whole number from 0 to 100000.',
  'setup.err.fraction': 'Enter a number from 0 to 1.',
  'setup.err.share': 'The owner’s and the closer’s shares must be from 0 to 1 and add up to 1.',
  'setup.err.email': 'Not an email: {emails}',
  'setup.save': 'Save settings',
  'setup.saving': 'Saving and recomputing…',
  'setup.saved': '✓ Settings saved and recomputed.',
  'setup.problem': 'The stored settings are invalid; the form starts from what could be kept. Correct them and save:',
  'setup.notSaved': 'The settings were not saved:',
  'setup.presetDoes': 'What these rules do:',
  'setup.presetRules': 'Each rule (with the numbers above)',
  'setup.previewing': 'Judging the whole history under the new rules…',
  'setup.whatIfHead': 'Before saving, see what the rule change would do (the whole history judged again):',
  'setup.whatIfNone': 'The new rules change no customer, deal or credit.',
  'setup.whatIfList': '{name} ({n})',
  'setup.whatIfMore': 'Showing the first {shown} of {total} rows.',
  'setup.confirmSave': 'Confirm and save',

  'num.split': 'Deal by another, rule {n} › {share} › {who}',
  'num.withUnit': '{label} ({unit})',

  'conflicts.title': 'Conflicts and rulings',
  'conflicts.count': '{n} open conflicts:',
  'conflicts.none': 'No open conflicts.',
  'conflicts.owner': 'Owner now',
  'conflicts.parties': 'Parties',
  'conflicts.rules': 'Rules',
  'conflicts.evidence': 'Evidence row',
  'conflicts.explanation': 'Explanation',
  'conflicts.deadline': 'Objection deadline',
  'conflicts.ruleThis': 'Rule on {customer}',
  'conflicts.ruling': 'Ruling',
  'conflicts.customer': 'Customer',
  'conflicts.choose': '(choose a customer)',
  'conflicts.newOwner': 'New owner',
  'conflicts.reason': 'Reason',
  'conflicts.save': 'Save ruling',
  'conflicts.saving': 'Saving the ruling and recomputing…',
  'conflicts.checking': 'Reading the new owner…',
  'conflicts.saved': '✓ The ruling was added to 裁决 and recomputed.',
  'conflicts.nowOwner': '{customer} now belongs to {owner} ({status}).',
  'conflicts.managersOnly': 'Only managers can rule.',
  'conflicts.needCustomer': 'Choose a customer.',
  'conflicts.needOwner': 'Enter the new owner.',

  'help.title': 'Help',
  'help.intro':
    'Guishu reads the visit register, filings, staff and rulings under this project’s rules ({preset}), decides whose each customer is, and writes down why.',
  'help.statuses': 'What each status means',
  'help.reading': 'How to read a reason',
  'help.reading.intro': 'Every decision gives its rule ids and its evidence, for example:',
  'help.reading.example':
    'cross-customer/R4.1 · 张三 first received 2026-11-01 (来访登记 row 3); latest follow-up 2026-11-30; protected through 2026-12-07',
  'help.reading.who': 'First who did what on which day: the event that gave or kept the customer.',
  'help.reading.rows':
    'In brackets, “来访登记 row 3” is the evidence row: the sheet and its own row number (header row included), to find it in the sheet.',
  'help.reading.rules':
    'A rule id such as cross-customer/R4.1: before the slash the rules this project follows, after it the clause; common/… clauses apply under every preset.',
  'help.reading.window':
    '“Protected through” is the last day of protection, inclusive; after it the customer is released or goes to the company.',
  'help.never': 'What Guishu never touches',
  'help.never.cells': 'The cells you entered, their formats and merged ranges.',
  'help.never.formulas': 'Your formulas; every value Guishu writes is text (days left is a number), never a formula.',
  'help.never.rows': 'Your rows and columns: nothing is deleted, sorted or moved.',
  'help.never.outside': 'Anything outside this document: no data leaves the spreadsheet.',
  'help.never.protect': 'The protections you set.',
  'help.writes': 'Guishu writes only these:',
  'help.writes.columns':
    'Its columns after the last column of the register and the filing sheet, rewritten on every recompute: first the customer’s standing today (current owner, current status, days left), the same on every row of a customer and as on 客户归属总表, so filtering current status for Protected gives every row of the protected customers; then the judgment at that row, the audit trail (owner and status at this row, performance and commission splits, protected through at this row, reason).',
  'help.writes.days':
    'Days left count today (1: today is the last day) and are blank once protection has ended; amber at the warning days or fewer, red at the red-alert days (default 3) or fewer. The colours are Guishu’s own conditional formats, rewritten each time; yours are left alone.',
  'help.writes.sheets':
    'Its own sheets: 客户归属总表, 冲突, 问题, 变更日志, 到期提醒 (per agent the customers about to lapse or overdue, and what keeps them) and each month’s 月结; and the rows the filing and ruling pages add to 客户备案 and 裁决.',
  'help.writes.log': 'The lookup log: who looked up what and when, and the customer found; only managers can edit it.',
  'help.privacy': 'Phones and managers',
  'help.privacy.masked': 'Non-managers see phones with their last four digits only; managers see the full number.',
  'help.privacy.email':
    'Who is a manager is decided by your Google account’s email. In some account setups Apps Script cannot read it; you are then treated as a non-manager, and the page says so.',
  'help.daily': 'The daily run',
  'help.daily.note':
    'The daily run runs as the person who installed it; when they leave, another manager should install it again.',
};

export const MESSAGES: Readonly<Record<Lang, Readonly<Record<Key, string>>>> = { zh, en };

let current: Lang = 'zh';
const listeners: (() => void)[] = [];

export function getLang(): Lang {
  return current;
}

/** Switches the page's language and tells every listener (the shell rewrites bound text). */
export function setLang(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  for (const f of listeners) f();
}

export function onLang(f: () => void): void {
  listeners.push(f);
}

export function has(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(zh, key);
}

/** The message in the page's language, `{name}` replaced by the parameter's text. */
export function t(key: Key, params?: Params): string {
  const text = MESSAGES[current][key] ?? key;
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}
