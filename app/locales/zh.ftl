# Partner2Connect pledges: Chinese (简体中文).
app-name = Partner2Connect 承诺平台
itu-short = ITU
tagline = Partner2Connect 数字联盟：为最难连接的人群实现连接而作出的承诺
skip-to-content = 跳至正文
language = 语言
footer-text = Partner2Connect 数字联盟由国际电信联盟（国际电联）牵头。
meta-description = 各国政府、企业、非政府组织和大学为连接最难连接的人群作出的承诺，经国际电联审核后发布在 Partner2Connect 承诺汇编中。
nav-compendium = 承诺汇编
nav-new-pledge = 提交承诺
nav-my-pledges = 本机构的承诺
nav-review = 审核队列
sign-in = 登录
sign-out = 退出登录
signed-in-as = 已登录：{ $name }（{ $organisation }）
compendium-title = 承诺汇编
compendium-intro = 经国际电联尽职调查后发布的弥合数字鸿沟的承诺。
compendium-count = 已发布承诺 { $count } 项
compendium-empty = 尚未发布任何承诺。
loading = 正在加载…
by = 承诺方：{ $organisation }
published-on = 发布于 { $date }
benefits = 受益群体
field-title = 标题
field-description = 说明
field-type = 承诺类型
field-focus-areas = 重点领域
field-benefits = 对最不发达国家、内陆发展中国家和小岛屿发展中国家的惠益
hint-title = 用一句话说明承诺内容，例如“到 2027 年为卢旺达 500 所农村学校实现连接”。
hint-description = 说明做什么、在哪里、为谁、何时完成以及与谁合作。请给出数字和日期，以便衡量进展。
hint-focus-areas = 至少选择一项。
hint-benefits = 请逐一说明该承诺是否惠及各类国家以及惠及程度。
choose-type = 请选择类型
new-pledge-title = 提交承诺
new-pledge-intro = 每项承诺在收入汇编之前均由国际电联审核人员审核。
submit-pledge = 提交审核
submitting = 正在提交…
type-financial = 资金
type-project = 项目
type-policy = 政策
type-advocacy = 宣传倡导
fa-access = 接入
fa-access-meaning = 让各地人民实现连接
fa-adoption = 采用
fa-adoption-meaning = 增强社区能力
fa-value-creation = 创造价值
fa-value-creation-meaning = 建设数字生态系统
fa-accelerate = 加速
fa-accelerate-meaning = 激励投资
group-ldc = 最不发达国家（LDC）
group-lldc = 内陆发展中国家（LLDC）
group-sids = 小岛屿发展中国家（SIDS）
group-ldc-short = LDC
group-lldc-short = LLDC
group-sids-short = SIDS
benefit-none = 不针对
benefit-partly = 部分惠及（多个受益群体之一）
benefit-mainly = 主要受益方
status-draft = 草稿
status-submitted = 已提交
status-in-review = 审核中
status-changes-requested = 需要修改
status-published = 已发布
status-rejected = 未获批准
status-withdrawn = 已撤回
my-pledges-title = 本机构的承诺
my-pledges-empty = 贵机构尚未提交任何承诺。
col-title = 标题
col-type = 类型
col-status = 状态
col-organisation = 机构
col-submitted = 提交时间
col-actions = 操作
pledge-submitted-notice = 您的承诺已提交。国际电联审核人员将在发布前对其进行审核。
review-title = 审核队列
review-intro = 等待尽职调查的承诺，按提交先后排列。
review-empty = 目前没有待审核的承诺。
approve = 批准并发布
approving = 正在发布…
approved-notice = 该承诺已获批准，现已收入公开的承诺汇编。
login-title = 登录
login-intro = 请使用贵机构注册的电子邮件地址登录。
email = 电子邮件地址
password = 密码
login-button = 登录
err-invalid-credentials = 电子邮件地址或密码不正确。
err-not-signed-in = 请先登录。
err-forbidden = 您的账户无权执行此操作。
err-not-found = 找不到您请求的内容。
err-conflict = 该承诺刚刚被其他人修改。列表现已显示其当前状态。
err-invalid-transition = 在该承诺的当前状态下无法执行此操作。
err-own-organisation = 您不能审核本机构的承诺。
err-internal = 服务器出现问题。您输入的内容没有丢失，请重试。
err-validation = 请更正下面标出的字段。
err-unavailable = 无法连接服务器。请检查网络连接后重试。
v-title-length = 标题长度须在 5 至 200 个字符之间。
v-description-length = 说明长度须在 20 至 10000 个字符之间。
v-type-required = 请选择承诺类型。
v-focus-area-required = 请至少选择一个重点领域。
v-benefit-required = 请逐一说明该承诺是否惠及各类国家。
v-email = 请输入有效的电子邮件地址，例如 name@example.org。
v-password-required = 请输入密码。
not-found-title = 找不到页面
not-found-body = 您请求的页面不存在或已移动。
back-home = 前往承诺汇编
st-government = 政府
st-private-sector = 私营部门
st-international-organisation = 国际组织
st-un-entity = 联合国实体
st-financial-institution = 国际金融机构
st-civil-society = 民间社会/非政府组织
st-academia = 学术界
st-philanthropy = 慈善机构/基金会
st-youth = 青年组织（Generation Connect）
region-africa = 非洲
region-americas = 美洲
region-arab-states = 阿拉伯国家
region-asia-pacific = 亚太
region-cis = 独联体
region-europe = 欧洲
kap-affordable-connectivity = 经济可承受的连接
kap-digital-transformation = 数字化转型
kap-enabling-environment = 有利的政策和监管环境
kap-resource-mobilization = 资源调动和国际合作
kap-inclusive-secure-ict = 包容和安全的电信/信通技术促进可持续发展
sdg-1 = 1. 无贫穷
sdg-2 = 2. 零饥饿
sdg-3 = 3. 良好健康与福祉
sdg-4 = 4. 优质教育
sdg-5 = 5. 性别平等
sdg-6 = 6. 清洁饮水和卫生设施
sdg-7 = 7. 经济适用的清洁能源
sdg-8 = 8. 体面工作和经济增长
sdg-9 = 9. 产业、创新和基础设施
sdg-10 = 10. 减少不平等
sdg-11 = 11. 可持续城市和社区
sdg-12 = 12. 负责任消费和生产
sdg-13 = 13. 气候行动
sdg-14 = 14. 水下生物
sdg-15 = 15. 陆地生物
sdg-16 = 16. 和平、正义与强大机构
sdg-17 = 17. 促进目标实现的伙伴关系
err-too-many-requests = 尝试次数过多。请稍候几分钟再试。
err-cross-site = 此表单来自其他网站，已被拒绝。未作任何更改。
err-too-large = 提交的内容过大，无法接受。
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
date-long = { $year }年{ $month }{ $day }日
date-time = { $date } { $time }（UTC）

## Accounts, organisations and the coalition (issue 11)
nav-coalition = 联盟
nav-register = 注册
nav-organisation = 本机构
nav-coalition-desk = 联盟管理
nav-account = 我的账户
role-stakeholder = 利益攸关方
role-org-admin = 机构管理员
role-reviewer = 国际电联审核人员
role-admin = 国际电联管理员
role-organiser = 圆桌会议组织方
constituency-generation-connect = Generation Connect（青年）
verification-pending = 等待国际电联核实
verification-verified = 已通过国际电联核实
verification-rejected = 未通过核实
membership-pending = 等待批准
membership-active = 成员
membership-declined = 未获批准
letter-submitted = 已提交，等待国际电联决定
letter-accepted = 已接受：重点领域成员
letter-declined = 未获接受
leader-applied = 申请已提交
leader-nominated = 重点领域牵头方
leader-declined = 申请未获批准
leader-revoked = 牵头方资格已撤销
err-organisation-not-verified = 该机构尚未通过国际电联核实，因此其承诺无法发布。
err-email-not-verified = 请先确认您的电子邮件地址：打开我们发送给您的链接。您可以在下方申请新的链接。
err-membership-pending = 贵机构的管理员尚未批准您的加入申请。申请获批后，您将收到电子邮件通知。
err-leader-seats-full = 该重点领域已有五个牵头方。请先撤销其中一个，再任命新的牵头方。
v-name = 请输入您的姓名（不超过 120 个字符）。
v-org-name = 请输入机构名称（2 至 200 个字符）。
v-org-description = 请用 20 至 2000 个字符介绍该机构。
v-one-line = 此字段内容不得超过一行。
v-choice = 请选择其中一个选项。
v-org-choice = 请选择是注册新机构还是加入现有机构。
v-email-taken = 使用此电子邮件地址的账户已存在。请登录或重置密码。
v-org-taken = 已有同名机构注册。请改为申请加入该机构。
v-password-length = 密码长度须为 10 至 128 个字符。
v-password-weak = 此密码太容易被猜中。请使用由互不相关的词语组成的较长短语。
v-password-wrong = 这不是您当前的密码。
v-url = 请输入以 https:// 开头的网址（也可留空）。
v-statement = 请用 50 至 5000 个字符说明贵机构的作用。
v-commitment = 请用 20 至 2000 个字符说明该承诺。
v-signatory = 请输入 2 至 120 个字符。
v-date = 请输入 2021年1月1日至今天之间的日期。
v-confirm = 请勾选此框以确认。
v-reason = 请说明理由（3 至 2000 个字符）；该机构将会看到此理由。
v-pdf = 此文件不是 PDF 文档。请以 PDF 格式附上已签署的意向书。
v-pdf-too-large = 文件大小超过 5 MB。
v-link-invalid = 此链接已过期或已被使用。请申请新的链接。
register-title = 注册贵机构
register-intro = 创建您的账户并注册贵机构，或申请加入已注册的机构。我们将向您发送一个链接，用于确认您的电子邮件地址。
register-about-you = 您的信息
field-name = 您的姓名
field-email = 电子邮件地址
field-password = 密码
hint-password = 至少 10 个字符。由几个互不相关的词语组成的短语既容易记住，又难以被猜中。
field-language = 电子邮件语言
register-organisation = 贵机构
org-choice-new = 注册新机构
org-choice-join = 加入已注册的机构
field-org-name = 机构名称
field-stakeholder-type = 机构类型
choose-option = 请选择…
field-country = 国家（总部所在地）
field-website = 网站（选填）
field-org-description = 机构简介
field-join-organisation = 要加入的机构
register-button = 注册
register-apply-to-lead = 本机构同时申请担任某一重点领域的牵头方（可选）。
register-done-title = 请查收电子邮件
register-done = 我们已发送一个链接，用于确认您的电子邮件地址。请在 48 小时内打开该链接，然后登录。
verify-title = 确认您的电子邮件地址
verify-button = 确认我的电子邮件地址
verify-done = 您的电子邮件地址已确认。现在可以登录了。
resend-title = 重新发送链接
resend-intro = 请输入您的电子邮件地址。如果该账户仍需确认，我们将发送新的确认链接。
resend-button = 发送新链接
resend-done = 如果使用此地址的账户需要确认，我们已向其发送新的链接。
forgot-link = 忘记密码？
register-link = 首次访问？请注册贵机构
forgot-title = 重置密码
forgot-intro = 请输入您账户的电子邮件地址。我们将向您发送一个用于设置新密码的链接；该链接一小时内有效。
forgot-button = 发送链接
forgot-done = 如果存在使用此地址的账户，我们已向其发送重置密码的链接。
reset-title = 设置新密码
field-new-password = 新密码
reset-button = 保存新密码
reset-done = 您的密码已更改，所有会话均已退出登录。请使用新密码登录。
account-title = 我的账户
account-password-title = 更改密码
field-current-password = 当前密码
change-password-button = 更改密码
change-password-done = 您的密码已更改。您的其他会话均已退出登录。
account-email-title = 更改电子邮件地址
field-new-email = 新电子邮件地址
change-email-button = 发送确认链接
change-email-done = 我们已向新地址发送一个链接。您打开该链接后，更改即生效。
confirm-email-title = 确认您的新电子邮件地址
confirm-email-button = 使用此地址
confirm-email-done = 您的电子邮件地址已更改。
org-title = 本机构
org-status = 核实状态
org-reason = 国际电联给出的理由：{ $reason }
join-requests-title = 加入申请
join-requests-empty = 目前没有待处理的加入申请。
approve-button = 批准
decline-button = 拒绝
leader-title = 申请担任重点领域牵头方
leader-intro = 重点领域牵头方由国际电联任命，每个重点领域最多五个。牵头方的最高负责人出席圆桌会议，并代表联盟发言。
field-focus-area = 重点领域
field-constituency = 利益攸关方群体
field-commitment = 贵机构拟在圆桌会议上作出的具有影响力的承诺
field-leader-will-attend = 本机构最高负责人将出席圆桌会议，并代表联盟发言。
leader-apply-button = 申请担任牵头方
leader-applied-done = 您的申请已发送至国际电联。
letter-title = 意向书
letter-intro = 意向书经国际电联接受后，贵机构即成为重点领域成员：您借此确认贵机构将积极参与圆桌会议的筹备工作。
field-letter-areas = 重点领域
field-statement = 贵机构将在圆桌会议筹备工作中发挥的积极作用
field-signatory-name = 签署人姓名
field-signatory-title = 签署人职务
field-signed-on = 签署日期
field-pdf = 已签署的意向书（PDF，不超过 5 MB，选填）
hint-pdf = 如果表单被退回，请重新附上该文件。
letter-button = 提交意向书
letter-done = 您的意向书已发送至国际电联。作出决定后，我们将通过电子邮件通知您。
letter-open = 贵机构已有一份已提交或已接受的意向书。
letters-title = 本机构的意向书
download-pdf = 已签署的意向书（PDF）
desk-title = 联盟管理
desk-organisations = 等待核实的机构
desk-organisations-empty = 目前没有等待核实的机构。
verify-org-button = 核实
reject-org-button = 拒绝
field-reason = 理由
desk-leaders = 重点领域牵头方及申请
desk-leaders-empty = 尚无申请或牵头方。
nominate-button = 任命
revoke-button = 撤销
desk-seats = { $area }：已有牵头方 { $count } 个（最多 5 个）
desk-nominate-title = 直接任命牵头方
field-organisation = 机构
desk-letters = 意向书
desk-letters-empty = 目前没有待处理的意向书。
accept-button = 接受
desk-people = 人员和角色
field-role = 角色
set-role-button = 更改角色
saved = 已保存。
col-country = 国家
col-areas = 重点领域
col-person = 人员
coalition-title = Partner2Connect 数字联盟
coalition-intro = 牵头或参与联盟四个重点领域工作的机构。
coalition-leaders = 牵头方
coalition-members = 成员
coalition-none = 暂无。
mail-signature = 国际电信联盟 Partner2Connect 数字联盟
mail-verify-subject = 请确认您用于 Partner2Connect 的电子邮件地址
mail-verify-body = 尊敬的 { $name }：

    请在 48 小时内打开以下链接，确认您的电子邮件地址：

    { $link }

    如果您并未注册，请忽略此邮件。
mail-new-email-subject = 请确认您用于 Partner2Connect 的新电子邮件地址
mail-new-email-body = 尊敬的 { $name }：

    请在 24 小时内打开以下链接，将此地址用于您的 Partner2Connect 账户：

    { $link }

    如果您并未提出此项申请，请忽略此邮件；一切将保持不变。
mail-reset-subject = 重置您的 Partner2Connect 密码
mail-reset-body = 尊敬的 { $name }：

    请在一小时内打开以下链接，设置新密码：

    { $link }

    如果您并未提出此项申请，请忽略此邮件；您的密码将保持不变。
mail-join-request-subject = { $person } 申请加入 { $organisation }
mail-join-request-body = 尊敬的 { $name }：

    { $person } 在 Partner2Connect 上申请加入 { $organisation }。请通过以下链接批准或拒绝该申请：

    { $link }
mail-join-decision-subject = 关于您加入 { $organisation } 的申请
mail-join-approved-body = 尊敬的 { $name }：

    您加入 { $organisation } 的申请已获批准。现在您可以登录：

    { $link }
mail-join-declined-body = 尊敬的 { $name }：

    { $organisation } 的管理员已拒绝您的加入申请。
mail-org-verified-subject = { $organisation } 已通过核实
mail-org-verified-body = 尊敬的 { $name }：

    国际电联已核实 { $organisation }。今后，该机构的承诺经审核后即可发布。
mail-org-rejected-subject = { $organisation } 未能通过核实
mail-org-rejected-body = 尊敬的 { $name }：

    国际电联未能核实 { $organisation }。给出的理由如下：

    { $reason }
mail-leader-subject = { $organisation } 成为重点领域牵头方
mail-leader-body = 尊敬的 { $name }：

    国际电联已任命 { $organisation } 为“{ $area }”重点领域的牵头方。请查看联盟页面：

    { $link }
mail-letter-received-subject = 已收到意向书
mail-letter-received-body = 尊敬的 { $name }：

    国际电联已收到 { $organisation } 的意向书。作出决定后，我们将再次致函。
mail-letter-decided-subject = 关于您的意向书的决定
mail-letter-accepted-body = 尊敬的 { $name }：

    国际电联已接受 { $organisation } 的意向书。该机构现为重点领域成员：

    { $link }
mail-letter-declined-body = 尊敬的 { $name }：

    国际电联未接受 { $organisation } 的意向书。给出的理由如下：

    { $reason }

## The full pledge (issue 12)
edit-pledge-title = 编辑承诺
section-about = 承诺概况
field-summary = 摘要
hint-summary = 一段文字（20 至 600 个字符），在承诺汇编中显示于标题下方。
section-scope = 承诺实施范围
hint-scope = 全球、一个或多个国际电联区域和/或具体国家。请至少选择一项。
field-scope-global = 全球
field-scope-regions = 国际电联区域
field-scope-countries = 国家
search-countries = 搜索国家
chosen-countries = 已选：
section-money = 资金
hint-money = 资金承诺须注明承诺金额；其他承诺可注明估计价值。
field-amount = 金额
hint-amount = 用数字填写，小数部分可用点号或逗号分隔，例如 2500000.50
field-currency = 币种
choose-currency = 请选择币种
field-benefit-level = 惠及程度
field-benefit-share = 资源占比（%）
hint-benefit-share = 选填：0 至 100 之间的整数。
field-benefit-statement = 该群体如何受益
flags-heading = 请检查您关于最不发达国家、内陆发展中国家和小岛屿发展中国家的回答：
flags-on = 受益声明的一致性（评估日期：{ $date }）：
flag-ldc-not-in-scope = 您表示该承诺惠及最不发达国家，但其实施范围内没有任何国家或区域包含最不发达国家。
flag-lldc-not-in-scope = 您表示该承诺惠及内陆发展中国家，但其实施范围内没有任何国家或区域包含内陆发展中国家。
flag-sids-not-in-scope = 您表示该承诺惠及小岛屿发展中国家，但其实施范围内没有任何国家或区域包含小岛屿发展中国家。
flag-sids-for-landlocked = 您表示该承诺惠及小岛屿发展中国家，但其实施范围内的所有国家均为内陆国家。
section-targets = 具体目标
hint-targets = 至少设定一项可衡量的具体目标：统计什么、基线是多少、目标值是多少、何时实现。多余的行请留空。
target-number = 具体目标 { $n }
field-indicator = 指标
field-baseline = 基线（选填）
field-target-value = 目标值
field-unit = 单位
field-due = 完成日期
add-target = 添加具体目标
section-dates = 日期
field-start-date = 开始日期
field-end-date = 结束日期
section-frameworks = 可持续发展目标和《基加利行动计划》
field-sdgs = 可持续发展目标
field-kap = 《基加利行动计划》优先事项
hint-optional = 选填。
section-contact = 联系人
hint-contact = 国际电联将就该承诺与此人联系。联系人信息不会公开。
field-contact-name = 姓名
field-contact-email = 电子邮件地址
field-consent = 我们同意国际电联在审核后将此承诺收入承诺汇编并予以发布。
save-draft = 保存草稿
draft-saving = 正在保存…
draft-saved-at = 草稿已于 { $time } 保存
draft-save-failed = 未能保存：请检查网络连接。您输入的内容仍在此处，将在您下次修改时一并保存。
draft-saved-notice = 您的草稿已保存。您可以随时通过“本机构的承诺”返回继续编辑。
pledge-not-editable = 此承诺目前无法修改：正在审核中或已关闭。
back-to-pledge = 返回承诺
untitled-draft = 无标题草稿
edit-pledge = 编辑承诺
continue-editing = 继续编辑
withdraw-pledge = 撤回承诺
withdraw-reason = 撤回原因（国际电联将会看到）
pledge-withdrawn-notice = 该承诺已撤回。
revision-of = 第 { $n } 版（{ $date }）
revisions-heading = 版本
public-revision = 公开版本
history-heading = 历史记录
col-when = 时间
col-who = 操作人
col-message = 备注
col-part = 贵机构的角色
part-lead = 牵头方
part-confirmed = 合作伙伴
part-invited = 已受邀
part-declined = 已拒绝邀请
partners-heading = 合作伙伴
partners-intro = 联合承诺在各项总计中只计算一次。已确认的合作伙伴与牵头机构一同显示在承诺中。
invitation-question = 贵机构受邀共同实施此承诺。是否确认？
confirm-partnership = 确认
decline-partnership = 拒绝
invite-partner-label = 邀请已注册的机构
choose-organisation = 请选择机构
invite-partner = 发送邀请
partner-invited-notice = 邀请已发送。
remove-partner = 移除
partners-may-edit = 已确认的合作伙伴可以编辑和提交此承诺。
partners-may-not-edit = 只有贵机构可以编辑此承诺。
allow-partner-editing = 允许合作伙伴编辑
stop-partner-editing = 不再允许合作伙伴编辑
with-partners = 合作方：{ $partners }
share-percent = 占资源的 { $share }%
usd-label = 折合美元
usd-equivalent = { $usd } 美元（按 { $date } 汇率，每单位合 { $rate } 美元）
usd-not-converted = 尚未折算：国际电联没有该币种在提交当日的汇率。
rates-title = 汇率
rates-intro = 按日期列出的各币种每单位折合美元数。承诺按提交当日或之前的最新汇率折算，并沿用该汇率。
field-rate-date = 日期
field-usd-per-unit = 每单位折合美元
hint-usd-per-unit = 例如，欧元为 1.0825。
add-rate = 添加汇率
v-summary-length = 摘要长度须在 20 至 600 个字符之间。
v-statement-length = 请输入 10 至 500 个字符。
v-percent = 请输入 0 至 100 之间的整数，或留空。
v-indicator = 请说明统计内容（3 至 200 个字符）。
v-unit = 请填写单位（不超过 40 个字符），例如“学校”或“人”。
v-quantity = 请输入数字，例如 500 或 12.5。
v-pledge-date = 请输入 2000 年至 2100 年之间的日期。
v-consent = 请勾选此框后提交：国际电联只发布获准发布的承诺。
v-date-order = 结束日期不得早于开始日期。
v-scope = 请选择承诺实施范围：全球、区域或国家。
v-amount-required = 资金承诺必须注明承诺金额。
v-currency = 请选择金额的币种。
v-amount = 请用数字输入金额，例如 2500000 或 2,500,000.50。
v-amount-positive = 金额必须大于零。
v-amount-too-large = 金额过大，请检查位数。
v-amount-decimals = 该币种不支持这么多位小数。
v-share-without-benefit = 不受益的群体不能获得资源份额。
v-benefit-statement = 请用一句话说明该群体如何受益。
v-target-required = 请至少设定一项具体目标。
v-too-many-targets = 具体目标不得超过 20 项。
v-target-due = 完成日期须在承诺的开始日期和结束日期之间。
v-partner-choice = 请选择已通过国际电联核实的机构。
v-partner-already = 该机构已列入此承诺。
v-rate = 请输入正数，例如 1.0825。
v-rate-taken = 该币种在此日期已有汇率。
mail-partner-invited-subject = 联合承诺邀请：{ $title }
mail-partner-invited-body = 尊敬的 { $name }：

    { $organisation } 邀请贵机构共同实施其承诺“{ $title }”。请通过以下链接接受或拒绝邀请：

    { $link }
mail-partner-answered-subject = 关于您发出的联合承诺邀请：{ $title }
mail-partner-confirmed-body = 尊敬的 { $name }：

    { $organisation } 已确认共同实施承诺“{ $title }”：

    { $link }
mail-partner-declined-body = 尊敬的 { $name }：

    { $organisation } 已拒绝共同实施承诺“{ $title }”：

    { $link }
review-message = 给该组织的留言
request-changes = 要求修改
reject = 拒绝
ldc-when-pledged = { $country }（作出承诺时为最不发达国家）

## Due diligence (issue 13)
status-second-approval = 等待第二次批准
status-unpublished = 已撤销发布
action-submit = 已提交
action-claim = 已认领
action-assign = 已分配
action-release = 已取消认领
action-approve = 已批准
action-reject = 已拒绝
action-request-changes = 已要求修改
action-resubmit = 已重新提交
action-revise = 已修改
action-withdraw = 已撤回
action-unpublish = 已撤销发布
apply-filters = 筛选
clear-filters = 清除筛选条件
filter-any = 不限
filter-region = 国际电联区域（实施范围所在区域）
filter-usd-min = 最低价值（美元）
filter-usd-max = 最高价值（美元）
filter-min-days = 最短等待时间（天）
filter-assignee = 负责人
filter-sort = 排序
sort-oldest = 最早的在前
sort-newest = 最新的在前
sort-value = 价值最高的在前
assignee-me = 我
assignee-nobody = 无人
queue-filters = 筛选审核队列
queue-states = 队列状态
queue-count = 符合条件的承诺 { $count } 项
col-usd = 价值（美元）
col-waiting = 等待时间
col-assignee = 负责人
col-similarity = 相似度
days-waiting = { $days } 天
pages = 页码
page-of = 第 { $page } 页，共 { $pages } 页
previous-page = 上一页
next-page = 下一页
back-to-queue = 返回审核队列
open-review = 在审核台中打开
desk-heading = 此承诺由谁负责
held-by = 由 { $name } 负责。
held-by-you = 此承诺由您负责。
held-by-nobody = 此承诺尚无人负责。
first-approval-by = { $name } 已给予第一次批准；第二次批准须由另一名审核人员给予。
four-eyes-needed = 需要两次批准
claim-pledge = 认领
release-pledge = 取消认领
assign-to = 分配给
assign-pledge = 分配
organisation-heading = 机构
verification-heading = 核实
approval-needs-verified = 该机构尚未通过核实：在国际电联核实该机构之前，此承诺无法获得批准。
changes-since = 自第 { $n } 版以来的修改
no-changes = 自该版本以来没有任何修改。
consistency-heading = 关于最不发达国家、内陆发展中国家和小岛屿发展中国家的受益声明的一致性
duplicates-heading = 可能重复的承诺
no-duplicates = 未发现类似的已发布或待审核的承诺。
similarity-score = { $score }%
decision-heading = 尽职调查和决定
checklist-heading = 尽职调查核对清单
check-entity-verified = 该实体已通过核实
check-focus-area-alignment = 与其所列的重点领域相符
check-type-correct = 承诺类型正确
check-realistic-measurable = 切实可行且可衡量
check-group-claim-consistent = 关于最不发达国家、内陆发展中国家和小岛屿发展中国家的受益声明与实施范围一致
check-value-plausible = 价值合理可信
check-not-duplicate = 不属于重复承诺
check-pass = 通过
check-fail = 不通过
check-not-applicable = 不适用
check-note = 备注（某项不通过时必填）
review-message-hint = 要求修改或拒绝时必填；该机构将会看到此留言。
decision-recorded = 决定已记录。该承诺目前的状态为：{ $status }。
unpublish-pledge = 撤销发布此承诺
unpublish-reason = 撤下原因（该机构将会看到）
reviewer-says = 国际电联的留言
conversation-heading = 与国际电联的沟通
conversation-empty = 尚无留言。
write-to-itu = 给国际电联审核人员留言
write-to-organisation = 给该机构留言
internal-note-only = 内部备注：仅国际电联审核人员可见
internal-note = 内部备注
from-itu = 国际电联
send-message = 发送
diff-scope = 实施范围
diff-targets = 具体目标
diff-dates = 日期
diff-contact = 联系人
audit-title = 审计日志
audit-intro = 记录每项承诺的每一次状态变更以及联盟的每一个事件（组织核实、牵头方提名、意向书决定、角色授予、密码和电子邮件地址更改）：操作人、时间、由何种状态变为何种状态、原因以及所填的核对清单。条目不可更改或删除。
audit-filters = 筛选审计日志
audit-who = 操作人（姓名或电子邮件地址）
audit-from = 起始日期
audit-until = 截止日期
audit-action = 操作
audit-pledge = 承诺
audit-from-to = 状态变更
audit-revision = 版本 { $id }
audit-count = 共 { $count } 条记录
download-csv = 下载 CSV 文件
err-claimed-by-colleague = 此承诺由另一名审核人员负责。请对方取消认领，或先将其分配给您自己。
err-same-reviewer-twice = 第一次批准由您给予；第二次批准须由另一名审核人员给予。
v-check-fail-note = 请说明哪一项不通过，以便该机构和下一位审核人员了解情况。
v-check-note-length = 备注不得超过 1000 个字符。
v-check-missing = 请先回答此项，再予以批准。
v-check-failed = 有不通过的项目时不能批准：请改为要求修改或拒绝。
v-message-length = 留言不得超过 4000 个字符。
mail-pledge-decided-subject = 国际电联关于您的承诺的决定：{ $title }
mail-pledge-approved-body = 尊敬的 { $name }：

    国际电联已完成对您的承诺“{ $title }”的尽职调查，并已将其发布在 Partner2Connect 承诺汇编中。{ $message }

    { $link }
mail-pledge-changes-body = 尊敬的 { $name }：

    国际电联已审核您的承诺“{ $title }”，请您作如下修改，之后方可发布：

    { $message }

    请在此编辑并重新提交：{ $link }
mail-pledge-rejected-body = 尊敬的 { $name }：

    国际电联已审核您的承诺“{ $title }”，但无法予以发布：

    { $message }

    { $link }
mail-pledge-unpublished-body = 尊敬的 { $name }：

    国际电联已将您的承诺“{ $title }”从公开的承诺汇编中撤下：

    { $message }

    { $link }
mail-pledge-other-body = 尊敬的 { $name }：

    您的承诺“{ $title }”有新的进展。{ $message }

    { $link }
mail-pledge-message-subject = 关于承诺的新留言：{ $title }
mail-pledge-message-body = 尊敬的 { $name }：

    { $author } 就承诺“{ $title }”留言如下：

    { $message }

    请在此回复：{ $link }

## The public compendium (issue 14)
nav-dashboard = 仪表板
compendium-search = 搜索
compendium-search-hint = 可输入标题、摘要或机构名称中的词语，任何语言均可。
compendium-filters = 筛选承诺汇编
filter-country = 国家（实施范围所在国家）
filter-group = 受益群体
filter-year = 发布年份
filter-organisation = 机构（牵头方或合作伙伴）
downloads = 下载这些承诺
export-csv = CSV
export-xlsx = Excel 表格（XLSX）
export-json = 开放数据（JSON）
export-docx = Word 版承诺汇编（DOCX）
first-page = 第一页
open-dashboard = 查看这些承诺的总计和图表
counter-heading = 这些承诺的汇总情况
stat-pledges = 承诺
stat-usd = 价值（美元）
stat-organisations = 机构
stat-governments = 政府
stat-countries = 涉及的国家
stat-ldc-share = 惠及最不发达国家
stat-without-usd = 有 { $count } 项承诺尚无折合美元金额，未计入价值总额。
percent = { $percent }%
public-ref = 编号
published-label = 发布日期
permalink-hint = 本页网址保持不变：引用此承诺时请注明编号 { $reference }。
back-to-compendium = 返回承诺汇编
dashboard-title = 承诺仪表板
dashboard-intro = 已发布承诺的汇总情况。联合承诺只计算一次；涉及多个重点领域或区域的承诺在每个相关重点领域或区域中分别计算。
chart-by-focus-area = 按重点领域
chart-by-type = 按承诺类型
chart-by-stakeholder = 按牵头机构类型
chart-by-region = 按国际电联区域
chart-by-group = 惠及最不发达国家、内陆发展中国家和小岛屿发展中国家的情况
chart-alt = 条形图：{ $title }。下表列出相同的数据。
col-category = 类别
as-at = 截至 { $time }
contents-heading = 目录
sheet-summary = 汇总
sheet-all-pledges = 全部承诺
col-approved = 批准日期
col-partners = 合作伙伴
col-lead-organisation = 牵头机构
col-as-at = 数据截至

## Issue 22: uploads
v-pdf-damaged = 此 PDF 文件已损坏或不完整。请重新保存或导出，然后附上新文件。
v-pdf-too-deep = 无法接受此 PDF：其结构嵌套过深。请将其打印为新的 PDF 后再附上。
v-pdf-unpacks-too-large = 此 PDF 解压后的数据量远超一封已签署信函所需。请将其打印为新的 PDF 后再附上。
v-pdf-zip = 此文件同时也是 ZIP 压缩包。请附上已签署意向书的普通 PDF 文件。
## Issue 22: downloads and cache
v-search-too-long = 搜索内容不得超过 200 个字符。
v-search-too-many-terms = 每次最多搜索 8 个词。
v-search-term-short = 每个搜索词至少需要 2 个字符；单个汉字（或日文、韩文字符）即可。
v-search-term-long = 每个搜索词不得超过 100 个字符。
err-busy = 服务器正忙于生成其他文件。请几秒钟后再试。
## Issue 22: accounts
mail-register-again-subject = 有人试图用您的电子邮件地址注册 Partner2Connect
mail-register-again-body = 尊敬的 { $name }：

    有人（也许是您本人）试图用此电子邮件地址注册新的 Partner2Connect 账户。该地址已有账户，因此没有任何更改。

    如果是您本人，请直接登录。如果您忘记了密码，请在此设置新密码：

    { $link }

    如果不是您本人，请忽略此邮件；您的账户保持不变。
verify-password-intro = 请输入您注册时设置的密码，然后点击按钮。只有注册者本人才能确认该地址。
v-registration-password = 这不是注册此地址时设置的密码。
v-org-taken-meanwhile = 在此期间已有另一个同名机构注册。请使用其他名称重新注册，或申请加入该机构。
## Issue 22: partners and holes
field-named-partners = 未在平台注册的合作伙伴
field-named-partners-hint = 每行一个名称，最多 20 个。它们是承诺内容的一部分：国际电联将与承诺一并审核，公开页面会注明由牵头组织列出。
v-named-partner = 每个合作伙伴的名称须为 2 至 200 个字符，每行一个。
v-named-partners-too-many = 最多列出 20 个合作伙伴。
v-drafts-capped = 贵组织已有 200 份草稿。请先提交或撤回部分草稿，再开始新的承诺。
named-by-lead = 由牵头组织列出
named-partners-in-form = 没有账户的合作伙伴在承诺表格中列出，并由国际电联与承诺一并审核。
## Issue 22: notices and audit
notices-title = 待审核的承诺
notices-intro = 有新承诺进入审核队列时，您希望以何种方式获知？
notices-each = 每项承诺到达时各发一封邮件
notices-digest = 每天一封摘要，列出新承诺
notices-save = 保存我的选择
notices-saved = 您的选择已保存。
mail-notice-received-subject = 国际电联已收到您的承诺：{ $title }
mail-notice-received-body = 尊敬的 { $name }：

    国际电联已收到您的承诺“{ $title }”，将对其进行尽职调查。审核人员审核后，您将通过电子邮件收到结果。

    在此查看进展：{ $link }
mail-notice-withdrawn-subject = 承诺已撤回：{ $title }
mail-notice-withdrawn-body = 尊敬的 { $name }：

    您的承诺“{ $title }”已撤回。所述原因：

    { $reason }

    { $link }
mail-notice-waiting-subject = 有承诺等待审核：{ $title }
mail-notice-waiting-body = 尊敬的 { $name }：

    { $organisation } 提交了承诺“{ $title }”，该承诺正在审核队列中等待。

    在此审核：{ $link }
mail-notice-assigned-subject = 有承诺分配给您：{ $title }
mail-notice-assigned-body = 尊敬的 { $name }：

    { $person } 已将承诺“{ $title }”分配给您审核。

    在此审核：{ $link }
mail-notice-second-subject = 需要第二次批准：{ $title }
mail-notice-second-body = 尊敬的 { $name }：

    { $person } 已对承诺“{ $title }”给予第一次批准。鉴于其金额，还需另一位审核人员给予第二次批准。

    在此审核：{ $link }
mail-notice-digest-subject = 待审核的承诺：{ $count }
mail-notice-digest-body = 尊敬的 { $name }：

    自您上次收到摘要以来，以下承诺进入了审核队列：

    { $pledges }

    完整队列：{ $link }
mail-notice-digest-line = - { $title }（{ $organisation }）：{ $link }
audit-about = 对象
audit-about-pledge = 承诺
audit-about-organisation = 组织
audit-about-leader = 重点领域牵头方
audit-about-letter = 意向书
audit-about-account = 账户
audit-about-partners = 承诺合作伙伴
audit-do-verify = 核实
audit-do-apply = 申请担任牵头方
audit-do-nominate = 提名
audit-do-accept = 接受
audit-do-decline = 拒绝
audit-do-revoke = 撤销
audit-do-set-role = 更改角色
audit-do-change-password = 更改密码
audit-do-change-email = 更改电子邮件地址
audit-do-invite = 邀请合作伙伴
audit-do-confirm = 确认合作
audit-do-name-partner = 列出合作伙伴
audit-do-remove-partner = 移除合作伙伴
audit-do-partner-rights = 合作伙伴的编辑权限
progress-not-started = 尚未开始
progress-on-track = 按计划推进
progress-delayed = 已延误
progress-completed = 已完成
progress-cancelled = 已取消
report-filed = 已提交
report-accepted = 国际电联已接受
report-more-requested = 国际电联要求补充信息
report-taken-down = 已被国际电联撤下
light-on-track = 按计划推进
light-at-risk = 存在风险
light-off-track = 偏离计划
light-inactive = 不活跃：连续两个周期未提交报告
light-none = 尚无报告
v-progress-status = 请选择工作状态。
v-progress-percent = 请输入 0 至 100 之间的整数。
v-progress-reason = 请用 10 至 1000 个字符说明原因：已延误、已完成或已取消的承诺须填写原因或备注。
v-narrative-length = 请用 20 至 5000 个字符说明进展情况。
v-past-date = 请输入 2000 年至今天之间的日期。
v-links-too-many = 最多填写 10 个链接，每行一个。
v-evidence-too-large = 有文件超过 10 MB。
v-evidence-kind = 只能附上 PDF 文档或 PNG、JPEG 图片。
v-evidence-damaged = 有文件已损坏或不完整。请重新保存或导出，然后附上新文件。
v-evidence-unsafe = 有文件无法接受：其构造方式可能危害打开它的人。请重新打印或导出。
v-evidence-zip = 有文件同时也是 ZIP 压缩包。请附上普通的 PDF 文件或图片。
v-evidence-too-many = 每份报告最多附五个文件。请先移除一个，再添加新文件。
v-progress-unpublished = 只有已发布的承诺才能提交进展报告。
v-cycle-overlap = 此期间与已有的周期重叠。
v-recipients-required = 请至少选择贵机构的一名人员。
nav-progress-review = 进展报告
report-progress = 报告进展
progress-title = 承诺进展
progress-intro = 向国际电联和公众说明承诺的落实情况。报告一经提交即公开；证明材料文件默认不公开，除非您将其标为公开。
progress-owed = 本报告对应 { $cycle } 报告周期，截止日期为 { $due }。
progress-interim = 目前没有应交的周期报告：本报告为两个周期之间的最新情况更新。
progress-read-only = 只有牵头机构或经其允许编辑的合作伙伴才能提交报告。
field-progress-status = 工作状态
field-status-reason = 原因或备注
hint-status-reason = 工作延误、完成或取消时必填：请说明原因或已交付的成果。
field-percent = 完成百分比
hint-percent = 0 至 100 之间的整数。
progress-targets = 具体目标完成情况
progress-target-line = 具体目标：到 { $due } 达到 { $target } { $unit }
field-value-reached = 已达到的数值
field-reached-on = 达到日期
progress-money = 迄今已拨付的资金
hint-disbursed = 迄今已拨付的总额，以其原币种填写。折合美元金额按您所填日期当天的国际电联汇率计算。
field-disbursed-amount = 已拨付金额
field-disbursed-currency = 币种
field-disbursed-on = 统计日期
field-delivered-countries = 取得成果的国家
hint-delivered-countries = 按住 Ctrl（或 Cmd）键可选择多个国家。
field-beneficiaries = 受益对象数量
field-beneficiaries-unit = 受益对象单位
hint-beneficiaries-unit = 例如人、学校或诊所。
field-narrative = 进展情况
hint-narrative = 20 至 5000 个字符。
field-links = 证明材料链接
hint-links = 每行一个网址，最多 10 个。
field-files = 证明材料文件
hint-files = PDF、PNG 或 JPEG 格式，每个文件不超过 10 MB，每份报告最多五个文件。
field-files-public = 公开本报告的文件
draft-files = 草稿所附文件
remove-file = 移除 { $name }
save-report-draft = 保存草稿
file-report = 提交报告
report-draft-saved = 草稿已保存。
report-filed-notice = 报告已提交，现已公开。
progress-timeline = 进展时间线
progress-no-reports = 尚无进展报告。
report-heading = { $date } 的报告
report-cycle = 报告周期：{ $cycle }
report-interim = 周期之间的更新
report-by = 提交方：{ $organisation }
progress-percent-label = 已完成 { $percent }%
progress-disbursed-label = 已拨付资金
progress-usd-unknown = 折合美元金额未知：没有当天的汇率。
progress-countries-label = 取得成果的国家
progress-beneficiaries-label = 受益对象数量
progress-evidence-label = 证明材料
progress-private-file = 不公开
progress-light-label = 进展指示灯
progress-comments = 评论
field-comment = 您的评论
comment-button = 发表评论
review-progress-title = 待查看的进展报告
review-progress-intro = 已提交的报告即时公开。您可以接受报告、要求补充信息（留言将发送至该承诺的沟通记录中）或撤下报告。
review-progress-empty = 目前没有待处理的报告。
accept-report = 接受
ask-for-more = 要求补充信息
take-down-report = 撤下
restore-report = 恢复
field-review-message = 给该机构的留言
progress-duties-title = 进展报告
progress-duties-intro = 每项已发布的承诺每个周期须提交一份报告，也可随时提交报告。
duty-due = 截止日期：{ $due }（{ $cycle }）
duty-overdue = 自 { $due } 起逾期（{ $cycle }）
duty-up-to-date = 无待交报告
duty-closed = 已关闭：工作已完成或已取消
duty-last-filed = 最近一次提交于 { $date }
duty-draft = 草稿已保存
cycles-title = 报告周期
cycles-intro = 在某一周期的期间结束前发布的每项承诺，均须在该周期规定的截止日期前为该周期提交一份报告。
field-cycle-label = 名称
field-period-start = 期间开始日期
field-period-end = 期间结束日期
field-due-on = 报告截止日期
add-cycle = 添加周期
set-due = 更改截止日期
recipients-title = 进展报告提醒的接收人
recipients-intro = 提醒将在报告截止日期前 30 天、7 天和 1 天发送；逾期后每周发送一次。在您作出选择之前，由贵机构的管理员接收提醒。
save-recipients = 保存
recipients-saved = 已保存。
audit-about-progress = 进展报告
audit-about-cycle = 报告周期
audit-do-file = 提交报告
audit-do-request-more = 要求补充信息
audit-do-take-down = 撤下
audit-do-restore = 恢复
audit-do-add = 添加
audit-do-set-due = 更改截止日期
audit-do-set-progress-recipients = 提醒接收人
mail-progress-due-subject = 进展报告截止日期为 { $due }：{ $title }
mail-progress-due-body = 尊敬的 { $name }：

    承诺“{ $title }”的 { $cycle } 周期进展报告截止日期为 { $due }。请说明已达到的成果、已拨付的资金以及由此带来的变化。

    请在此提交报告：{ $link }
mail-progress-overdue-subject = 进展报告已逾期：{ $title }
mail-progress-overdue-body = 尊敬的 { $name }：

    承诺“{ $title }”的 { $cycle } 周期进展报告截止日期为 { $due }，但至今尚未提交。连续两个周期未提交报告的承诺将显示为不活跃。

    请在此提交报告：{ $link }
mail-progress-filed-subject = 进展报告已提交：{ $title }
mail-progress-filed-body = 尊敬的 { $name }：

    { $person } 已就承诺“{ $title }”提交了一份进展报告。该报告现已公开。

    在此阅读：{ $link }
mail-progress-reviewed-subject = 国际电联已查看进展报告：{ $title }
mail-progress-accepted-body = 尊敬的 { $name }：

    国际电联已接受承诺“{ $title }”的进展报告。

    { $message }

    在此阅读：{ $link }
mail-progress-taken-down-body = 尊敬的 { $name }：

    国际电联已撤下承诺“{ $title }”的进展报告，该报告不再公开。国际电联的留言如下：

    { $message }

    在此阅读：{ $link }
mail-progress-comment-subject = 进展报告有新评论：{ $title }
mail-progress-comment-body = 尊敬的 { $name }：

    { $person } 对承诺“{ $title }”的进展报告发表了评论：

    { $message }

    在此回复：{ $link }
col-delivered = 已拨付（美元）
col-delivered-share = 已拨付比例
stat-delivered = 报告所述已拨付（美元）
stat-reporting = 已提交进展报告的承诺
col-last-report = 最近一次进展报告
sheet-progress = 进展

## Roundtables and events
nav-events = 活动
nav-my-events = 本机构的活动
nav-organiser-events = 活动管理
events-title = 活动
events-intro = 联盟成员在圆桌会议、峰会和大会等活动上宣布其承诺。
events-empty = 暂无活动。
event-planned = 计划中
event-open = 接受宣布申请
event-held = 已举行
event-archived = 已归档
event-time-zone = 时间均为 { $zone } 时区时间
announced-pledges = 已宣布的承诺
announced-none = 在此宣布的承诺均尚未公开。
ldc-share = 惠及最不发达国家（占承诺金额的比例，美元）
event-in-compendium = 在承诺汇编中查看这些承诺
event-export = 下载这些承诺（Excel）
programme-title = 议程
programme-empty = 暂无会议。
video-statements = 视频致辞
watch-on = 在 { $host } 观看（将打开其他网站）
transcript = 文字记录或摘要
announced-at = 在 { $event } 上宣布
announced-at-label = 宣布场合
session-high-level = 高级别会议
session-panel = 专家小组讨论
session-group-discussion = 分组讨论
session-plenary = 全体会议宣布承诺
session-signing = 签署仪式
session-other = 其他会议
announcement-requested = 已申请宣布
announcement-accepted = 已接受
announcement-scheduled = 已排期
announcement-declined = 已拒绝
announcement-withdrawn = 已由机构撤回
announcement-dropped = 承诺已移出议程
organiser-events-title = 您组织的活动
create-event = 创建活动
save-event = 保存活动
edit-event = 编辑活动详情
event-saved = 活动已保存。
field-event-name = 活动名称
field-event-slug = 公开页面地址
hint-event-slug = 小写字母、数字和连字符，例如 wtdc-27。此后不可更改。
field-event-place = 地点
field-time-zone = 时区
hint-time-zone = 活动地点的时区，格式为“区域/城市”：Africa/Kigali、Europe/Zurich、Asia/Riyadh。
field-starts-on = 第一天
field-ends-on = 最后一天
field-event-status = 状态
public-event-page = 公开页面
back-to-desk = 返回活动管理
add-session = 添加会议
session-saved = 会议已保存。
remove-session = 删除此会议
field-session-kind = 会议类型
field-session-title = 会议标题
field-session-starts = 开始时间
field-session-ends = 结束时间
hint-event-local-time = 活动当地时间。
field-room = 会议室
field-moderator = 主持人
field-session-focus-area = 重点领域
no-focus-area = 无
field-speakers = 发言人
hint-speakers = 每行一位，用英文分号分隔：姓名; 职务; 机构。已注册机构按其确切名称建立链接。
speaker-label = 发言人
announcements-title = 宣布申请
announcements-empty = 暂无宣布申请。
announcement-decided = 已完成。
accept-announcement = 接受
decline-announcement = 拒绝
schedule-announcement = 排期
unschedule-announcement = 移出议程
field-plenary = 全体会议
field-position = 顺序
field-minutes = 分钟数
video-loop-title = 会议间隙播放的视频致辞
videos-empty = 暂无视频致辞。
video-label = 视频
add-leader-video = 添加牵头方的视频致辞
add-video = 添加视频
field-leader = 牵头方
field-video-url = 视频链接
hint-video-url = 指向国际电联允许的托管网站（YouTube、Vimeo、国际电联自己的媒体网站等）的 https 链接。
field-video-length = 时长
hint-video-length = 分和秒，例如 2:30。
field-transcript = 文字记录或摘要
video-statement-optional = 视频致辞（如有）
signing-ceremony = 签署仪式
open-signatories = 开放签署人名单
signatories-count = 已确认签署人 { $confirmed } 位，共 { $all } 位。
ceremony-sheet = 签署仪式名单表
signatories-empty = 签署人名单尚未开放。
col-capacity = 在联盟中的身份
col-signatory = 签署人
col-signature = 签名
coalition-leader = 重点领域牵头方
coalition-member = 成员
signatory-unconfirmed = 尚未确认
signatory-confirmed = 签署人已确认。
run-of-show-title = 活动流程
run-changes-since = 自此时间以来的变更
hint-run-since = 活动当地时间。此后发生的变更会被标出，已移出议程的内容会被列出。
show-changes = 显示变更
run-changed = 已变更
run-removed = 已移出议程
download-docx = 下载 Word 文件（DOCX）
download-xlsx = 下载 Excel 文件（XLSX）
col-starts = 开始
col-ends = 结束
col-position = 顺序
col-slot = 时段
my-events-title = 本机构的活动
ask-to-announce = 申请宣布承诺
ask-to-announce-intro = 申请在活动上宣布一项已发布或审核中的承诺。根据牵头方规则，发言人应为贵机构的最高负责人。
announcement-asked = 您的申请已发送给组织方。
nothing-to-announce = 目前没有接受宣布申请的活动，或贵机构没有可宣布的承诺。
field-event = 活动
field-pledge = 承诺
field-speaker-name = 发言人姓名
field-speaker-title = 发言人职务
hint-speaker = 将在全体会议上宣布该承诺的人员。
our-announcements = 本机构的宣布申请
withdraw-announcement = 撤回申请
signatures-empty = 贵机构尚未列入任何签署仪式名单。
confirm-signatory = 确认签署人
video-hosts-title = 视频托管网站
video-hosts-intro = 视频致辞只能链接到以下网站。页面仅显示链接和文字记录；在访问者点击之前，不会从这些网站加载任何内容。
field-host = 托管网站
hint-host = 主机名，例如 www.youtube.com。
add-host = 允许此网站
remove-host = 移除
audit-about-event = 活动
audit-about-announcement = 宣布申请
audit-about-session = 会议
audit-do-request = 申请宣布
audit-do-schedule = 排期
audit-do-unschedule = 移出议程
audit-do-drop = 随承诺一并移除
audit-do-edit = 编辑
audit-do-remove = 删除
audit-do-open-signatories = 开放签署人名单
audit-do-add-video = 添加视频
v-event-name = 请为活动输入 3 至 200 个字符的单行名称。
v-event-slug = 请使用 3 至 60 个小写字母、数字和单个连字符，例如 wtdc-27。
v-event-slug-taken = 已有其他活动使用此地址。
v-event-place = 请说明活动举办地点。
v-time-zone = 请按“区域/城市”格式填写时区，例如 Africa/Kigali。
v-session-title = 请为会议输入 3 至 200 个字符的标题。
v-local-time = 请输入日期和时间（该时间在活动所在时区不存在，或不是有效日期）。
v-session-times = 会议结束时间必须晚于开始时间。
v-room = 请说明会议在哪个会议室举行。
v-speakers = 每行填写一位发言人：姓名; 职务; 机构（最多 20 位发言人）。
v-room-taken = 该时间此会议室已有其他会议。
v-session-outside-event = 会议必须安排在活动日期范围内。
v-session-has-announcements = 此会议中已安排宣布；更改会议类型前，请先将其移出。
v-event-closed = 此活动目前不接受宣布申请。
v-announce-status = 只能宣布已发布或审核中的承诺。
v-announce-twice = 已申请在此活动上宣布该承诺。
v-speaker-title = 请填写发言人职务。
v-video-url = 请提供视频的 https 链接。
v-video-length = 请以分和秒填写时长，例如 2:30（最长两小时）。
v-transcript = 请提供 20 至 20000 个字符的文字记录或摘要：许多人无法观看视频。
v-video-host = 视频只能链接到国际电联允许的网站；此网站不在名单中。
v-video-host-name = 请填写主机名，例如 www.youtube.com。
v-slot-minutes = 每个时段为 1 至 60 分钟。
v-session-not-plenary = 宣布只能安排在专门宣布承诺的全体会议中。
v-slots-overflow = 各时段将超出会议结束时间。
v-not-a-leader = 此处只能添加重点领域牵头方的视频。
mail-event-accepted-subject = 您在 { $event } 上的宣布申请已获接受：{ $title }
mail-event-accepted-body = 尊敬的 { $name }：

    { $event } 的组织方已接受您宣布承诺“{ $title }”的申请。排期后，组织方将通知您。

    您的申请：{ $link }
mail-event-scheduled-subject = 您在 { $event } 上的宣布已排期：{ $title }
mail-event-scheduled-body = 尊敬的 { $name }：

    承诺“{ $title }”将于 { $time } 在 { $event } 的“{ $session }”会议上宣布。

    您的申请：{ $link }
mail-event-week-subject = 一周后：您在 { $event } 上的宣布
mail-event-day-subject = 明天：您在 { $event } 上的宣布
mail-event-slot-body = 尊敬的 { $name }：

    { $speaker } 将于 { $time } 在 { $event } 上宣布承诺“{ $title }”。

    您的申请：{ $link }
mail-event-left-subject = 一项已排期的承诺已移出 { $event } 的议程
mail-event-withdrawn-body = 尊敬的 { $name }：

    已获接受在 { $event } 上宣布的承诺“{ $title }”已被其所属机构撤回。该承诺已从议程和公开页面中移除。

    活动管理：{ $link }
mail-event-unpublished-body = 尊敬的 { $name }：

    已获接受在 { $event } 上宣布的承诺“{ $title }”已不再公开（已取消发布或被国际电联拒绝）。该承诺已从议程和公开页面中移除。

    活动管理：{ $link }

# Marketplace
opp-kind-project = 项目
opp-kind-regional = 区域性举措
opp-kind-flagship = 旗舰举措
opp-kind-campaign = 运动
opp-status-open = 开放中
opp-status-funded = 已获资助
opp-status-closed = 已关闭
in-kind-equipment = 设备
in-kind-expertise = 专业知识
in-kind-training = 培训
in-kind-connectivity = 连通性
sign-on-submitted = 等待国际电联审核
sign-on-approved = 已批准：联署方
sign-on-rejected = 未获接受
sign-on-withdrawn = 已撤回
report-inaccurate = 信息不准确
report-duplicate = 重复
report-not-happening = 未在实施
report-inappropriate = 内容不当
report-other = 其他
report-state-open = 待处理
report-state-dismissed = 已驳回
report-state-asked = 已询问相关机构
report-state-unpublished = 已撤销发布
report-dismiss = 驳回反馈
report-ask = 询问相关机构
report-unpublish = 撤销发布该页面
v-opportunity-needs = 请填写所需资金，或至少勾选一种所需的帮助。
v-sign-on-role = 请用 10 至 2000 个字符说明贵机构将做什么。
v-report-reason = 请选择原因。
v-report-message = 请用 10 至 2000 个字符描述问题。
v-opportunity-slug-taken = 已有其他机会使用此地址。
v-sign-on-closed = 此承诺目前不接受联署。
v-sign-on-twice = 贵机构已联署此承诺。
v-sign-on-own = 贵机构是此承诺的牵头机构。
v-answers = 请从列表中选择机会。
v-decision-reason = 请说明理由（5 至 2000 个字符）。
mail-market-sign-on-subject = 您对“{ $title }”的联署
mail-market-sign-on-approved-body = 尊敬的 { $name }：

    国际电联已批准贵机构联署承诺“{ $title }”。贵机构现已作为联署方显示在公开页面上。

    承诺：{ $link }
mail-market-sign-on-rejected-body = 尊敬的 { $name }：

    国际电联未接受贵机构对承诺“{ $title }”的联署。

    审核人员给出的理由：{ $reason }

    承诺：{ $link }
mail-market-co-signed-subject = “{ $title }”有新的联署方
mail-market-co-signed-body = 尊敬的 { $name }：

    { $organisation } 已联署您的承诺“{ $title }”，并已获国际电联批准。该机构现已作为联署方显示在公开页面上。

    承诺：{ $link }
mail-market-report-subject = 关于“{ $title }”的问题反馈
mail-market-report-asked-body = 尊敬的 { $name }：

    一位访问者反馈“{ $title }”存在问题（原因：{ $reason }）。国际电联审核人员询问：

    { $message }

    请答复国际电联或更正该页面。页面：{ $link }
mail-market-report-unpublished-body = 尊敬的 { $name }：

    在收到关于“{ $title }”存在问题的反馈（原因：{ $reason }）后，国际电联审核人员已将该页面从公开页面中撤下。

    审核人员的说明：{ $message }

    页面：{ $link }
nav-opportunities = 合作机会
opportunities-title = 可资助和参与的合作机会
opportunities-intro = 国际电联邀请合作伙伴资助或参与的项目、世界电信发展大会区域性举措、旗舰举措和运动。针对其中一项作出承诺，您的承诺经国际电联发布后即计入其资金进度条。
opportunities-for-you = 为您推荐的机会
all-opportunities = 全部机会
opportunities-empty = 没有符合这些筛选条件的机会。
opportunity-filters = 筛选机会
opportunity-search = 搜索标题和摘要
field-opportunity-kind = 类别
field-opportunity-status = 状态
post-opportunity = 发布机会
edit-opportunity = 编辑机会
save-opportunity = 保存机会
field-opportunity-slug = 页面地址
field-target-countries = 目标国家
field-groups = 最不发达国家、内陆发展中国家和小岛屿发展中国家群体
money-needed = 所需资金
in-kind-needed = 所需实物援助
field-in-kind-note = 实物援助详细说明
opportunity-contact = 国际电联联系人
opportunity-places = 区域和国家
opportunity-everywhere = 任何国家
opportunity-timeline = 时间安排
funding-title = 资金筹措
funding-of = 已承诺 { $committed }，所需 { $needed }
funding-committed = 已承诺 { $committed }
funding-bar-label = 所需资金中已承诺的比例
delivered-bar-label = 所需资金中已拨付的比例
funding-lines = 已发布承诺 { $count } 项：承诺金额 { $pledged }，联署方 { $cosigned }，迄今已拨付 { $delivered }
pledge-to-opportunity = 针对此机会作出承诺
answering-pledges = 响应此机会的已发布承诺
answering-none = 尚无已发布的承诺响应此机会。
co-signers-add = 联署方追加 { $usd }
reason-similar-size = 规模与您的承诺相近
reason-funder = 您资助项目
suggestion-reason = 推荐理由：{ $reasons }
report-problem = 反馈此页面的问题
report-thanks = 谢谢。国际电联审核人员将查看您的反馈。
field-report-reason = 有什么问题？
field-report-message = 请详细说明
field-report-email = 您的电子邮件地址（选填）
hint-report-email = 仅在您希望得到答复时填写。不填写时，您的反馈不含任何可识别您身份的信息；相关机构永远不会被告知反馈人是谁。
send-report = 提交反馈
co-signers-title = 联署方
sign-on-title = 联署此承诺
sign-on-open = 此承诺为开放承诺：其他机构可通过提供资金、实物援助或承担某一角色进行联署。每项联署均须经国际电联审核后才会在此显示。
your-sign-on = 贵机构的联署：{ $state }
withdraw-sign-on = 撤回我们的联署
close-sign-on = 停止接受对此承诺的联署
field-sign-on-amount = 贵机构追加的资金（选填）
field-sign-on-in-kind = 贵机构追加的实物援助
field-sign-on-role = 贵机构将做什么
sign-on-button = 联署
sign-on-queue-title = 联署申请
sign-on-queue-intro = 已联署开放承诺的机构。批准后，该机构将显示为联署方；如拒绝，须说明理由。在您批准之前，公开内容不会有任何变化。
sign-on-queue-empty = 目前没有待审核的联署申请。
approve-sign-on = 批准 { $organisation }
reject-reason = 拒绝理由
reject-sign-on = 拒绝
report-queue-title = 问题反馈
report-queue-intro = 公众反馈的问题，按页面统计。您可以驳回反馈、询问相关机构或撤销发布该页面，均须说明理由。
report-queue-empty = 目前没有待处理的反馈。
report-count = { $count ->
    [one] { $count } 条反馈
   *[other] { $count } 条反馈
}
report-decision-note = 您的理由（询问机构或撤销发布时将发送给该机构）
coalition-role = 在联盟中的角色
no-coalition-role = 不是任何重点领域的牵头方或成员。
role-leader-of = 重点领域牵头方：{ $area }
role-member-of = 重点领域成员：{ $area }
profile-pledges = 已发布的承诺
profile-totals = 承诺 { $count } 项，价值 { $usd }；作为联署方：{ $cosigned }
part-partner = 合作伙伴
part-co-signer = 联署方
profile-opportunities = 已响应的机会
profile-events = 曾在其上宣布承诺的活动
posters-title = 谁可以发布机会
posters-intro = 国际电联管理员可以发布机会；在此获得授权的审核人员也可以发布。
poster-yes = 可以发布
poster-no = 不可发布
poster-grant = 授予权限
poster-revoke = 收回权限
answers-opportunities = 响应的机会
section-market = 机会与合作伙伴
field-answers = 此承诺响应的机会
field-open-sign-on = 开放承诺
open-sign-on-yes = 其他机构可以联署此承诺
hint-open-sign-on = 经国际电联发布后，其他机构可追加资金、实物援助或承担某一角色；每项联署均由国际电联审核。您可随时停止接受联署。
opportunity-suggestions = 此承诺可响应的机会
stat-cosigned = 来自联署方（美元）
sign-in-to-sign-on = 请登录以代表贵机构联署
audit-about-opportunity = 合作机会
audit-about-sign-on = 联署开放承诺
audit-about-report = 问题反馈
audit-do-post = 发布
audit-do-sign-on = 联署
audit-do-close-sign-on = 停止接受联署
audit-do-dismiss = 驳回
audit-do-ask = 询问相关机构
audit-do-grant-opportunities = 授予发布机会的权限
audit-do-revoke-opportunities = 收回发布机会的权限
unpublish-admins-only = 只有国际电联管理员才能撤销发布承诺：如需撤下该页面，请联系一位管理员。
