<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CancelVisitPrompt</name>
    <message>
        <source>Cancel visit</source>
        <translation>取消拜访</translation>
    </message>
    <message>
        <source>Why is the visit to %1 cancelled?</source>
        <translation>为什么取消对 %1 的拜访？</translation>
    </message>
    <message>
        <source>The visit was not cancelled: %1</source>
        <translation>拜访未能取消：%1</translation>
    </message>
</context>
<context>
    <name>CareLabels</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Lantern Festival</source>
        <translation>元宵节</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <source>Birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Founding anniversaries</source>
        <translation>成立周年</translation>
    </message>
    <message>
        <source>Holiday greetings (A/B)</source>
        <translation>节日问候（A/B 类）</translation>
    </message>
    <message>
        <source>Key customers not contacted</source>
        <translation>重点客户久未联系</translation>
    </message>
    <message>
        <source>1st month</source>
        <translation>正月</translation>
    </message>
    <message>
        <source>2nd month</source>
        <translation>二月</translation>
    </message>
    <message>
        <source>3rd month</source>
        <translation>三月</translation>
    </message>
    <message>
        <source>4th month</source>
        <translation>四月</translation>
    </message>
    <message>
        <source>5th month</source>
        <translation>五月</translation>
    </message>
    <message>
        <source>6th month</source>
        <translation>六月</translation>
    </message>
    <message>
        <source>7th month</source>
        <translation>七月</translation>
    </message>
    <message>
        <source>8th month</source>
        <translation>八月</translation>
    </message>
    <message>
        <source>9th month</source>
        <translation>九月</translation>
    </message>
    <message>
        <source>10th month</source>
        <translation>十月</translation>
    </message>
    <message>
        <source>11th month</source>
        <translation>冬月</translation>
    </message>
    <message>
        <source>12th month</source>
        <translation>腊月</translation>
    </message>
    <message>
        <source>leap %1</source>
        <translation>闰%1</translation>
    </message>
    <message>
        <source>day 1</source>
        <translation>初一</translation>
    </message>
    <message>
        <source>day 2</source>
        <translation>初二</translation>
    </message>
    <message>
        <source>day 3</source>
        <translation>初三</translation>
    </message>
    <message>
        <source>day 4</source>
        <translation>初四</translation>
    </message>
    <message>
        <source>day 5</source>
        <translation>初五</translation>
    </message>
    <message>
        <source>day 6</source>
        <translation>初六</translation>
    </message>
    <message>
        <source>day 7</source>
        <translation>初七</translation>
    </message>
    <message>
        <source>day 8</source>
        <translation>初八</translation>
    </message>
    <message>
        <source>day 9</source>
        <translation>初九</translation>
    </message>
    <message>
        <source>day 10</source>
        <translation>初十</translation>
    </message>
    <message>
        <source>day 11</source>
        <translation>十一</translation>
    </message>
    <message>
        <source>day 12</source>
        <translation>十二</translation>
    </message>
    <message>
        <source>day 13</source>
        <translation>十三</translation>
    </message>
    <message>
        <source>day 14</source>
        <translation>十四</translation>
    </message>
    <message>
        <source>day 15</source>
        <translation>十五</translation>
    </message>
    <message>
        <source>day 16</source>
        <translation>十六</translation>
    </message>
    <message>
        <source>day 17</source>
        <translation>十七</translation>
    </message>
    <message>
        <source>day 18</source>
        <translation>十八</translation>
    </message>
    <message>
        <source>day 19</source>
        <translation>十九</translation>
    </message>
    <message>
        <source>day 20</source>
        <translation>二十</translation>
    </message>
    <message>
        <source>day 21</source>
        <translation>廿一</translation>
    </message>
    <message>
        <source>day 22</source>
        <translation>廿二</translation>
    </message>
    <message>
        <source>day 23</source>
        <translation>廿三</translation>
    </message>
    <message>
        <source>day 24</source>
        <translation>廿四</translation>
    </message>
    <message>
        <source>day 25</source>
        <translation>廿五</translation>
    </message>
    <message>
        <source>day 26</source>
        <translation>廿六</translation>
    </message>
    <message>
        <source>day 27</source>
        <translation>廿七</translation>
    </message>
    <message>
        <source>day 28</source>
        <translation>廿八</translation>
    </message>
    <message>
        <source>day 29</source>
        <translation>廿九</translation>
    </message>
    <message>
        <source>day 30</source>
        <translation>三十</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A lunar date: month, then day (Chinese: 闰四月十五, no separator)</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Birthday of %1</source>
        <translation>%1的生日</translation>
    </message>
    <message>
        <source>Lunar birthday of %1 (%2)</source>
        <translation>%1的农历生日（%2）</translation>
    </message>
    <message>
        <source>Founded %1 years ago (%2)</source>
        <translation>成立 %1 周年（%2 年）</translation>
    </message>
    <message>
        <source>%1 greetings</source>
        <translation>%1问候</translation>
    </message>
    <message>
        <source>Key customer, never contacted</source>
        <translation>重点客户，从未联系</translation>
    </message>
    <message>
        <source>Key customer, no contact since %1</source>
        <translation>重点客户，自 %1 起未联系</translation>
    </message>
    <message>
        <source>%1 (snoozed: %2)</source>
        <translation>%1（已推迟：%2）</translation>
    </message>
    <message>
        <source>Birthday greetings to %1</source>
        <translation>祝%1生日快乐</translation>
    </message>
    <message>
        <source>Congratulations on the founding anniversary</source>
        <translation>祝贺成立周年</translation>
    </message>
    <message>
        <source>Regular call to a key customer</source>
        <translation>重点客户定期回访</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>CardDesk: the customer archive of a sales office.</source>
        <translation>CardDesk：销售办事处的客户档案。</translation>
    </message>
    <message>
        <source>Log in as this user.</source>
        <translation>以此用户登录。</translation>
    </message>
    <message>
        <source>Read the password from the first line of this file.</source>
        <translation>从此文件的第一行读取密码。</translation>
    </message>
    <message>
        <source>Render the view offscreen into this PNG file and exit.</source>
        <translation>在屏幕外将视图渲染为此 PNG 文件后退出。</translation>
    </message>
    <message>
        <source>The language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use zh_CN or en.</source>
        <translation>未知语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>--screenshot needs --user and --password-file.</source>
        <translation>--screenshot 需要 --user 和 --password-file。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>The office file (default: the last one opened).</source>
        <translation>办公室文件（默认：上次打开的那个）。</translation>
    </message>
    <message>
        <source>The window&apos;s size for --screenshot (default 1440x900).</source>
        <translation>--screenshot 时窗口的大小（默认 1440x900）。</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, e.g. 1280x800 (from 640x480 to 7680x4320), not &apos;%1&apos;.</source>
        <translation>--size 必须是“宽x高”，例如 1280x800（从 640x480 到 7680x4320），而不是“%1”。</translation>
    </message>
    <message>
        <source>The view to show: today, today:sheet, today:KIND (scrolled to a section, e.g. today:reminder), collections, payment, order, customers, card:ID[:TAB|:print], handover, analysis, analysis:backtest, analysis:equity, analysis:satisfaction (scrolled to the satisfaction-loyalty matrix), lifecycle, complaints, visits, visits:list, visits:next, weekly, weekly:charts, weekly:current (the week going on), users, settings, backups, export, export:running, import:file, import:mapping, import:check, import:result, import:damaged, imports, login, interaction:ID, contact:ID (a customer&apos;s contact, a lunar birthday first), survey:ID (a customer&apos;s satisfaction survey dialog), backups:passphrase, duplicates, merge:ROW (a pair of the duplicates list), delete:ID, erase:CONTACT-ID, mailing, welcome or welcome:new (these two without an office).</source>
        <translation>要显示的视图：today、today:sheet（拜访单菜单打开）、today:KIND（滚动到某一部分，如 today:reminder）、collections（收款计划）、payment（收款对话框）、order（新订单对话框）、customers、card:ID[:TAB|:print]（TAB 为资料卡的标签页序号，print 为打印菜单打开）、handover、analysis、analysis:backtest（分析页运行回测后）、analysis:equity（分析页滚动到客户资产）、analysis:satisfaction（滚动到满意度与忠诚度矩阵）、lifecycle、complaints、visits、visits:list、visits:next、weekly、weekly:charts、weekly:current（进行中的本周）、users、settings、backups、export、export:running、import:file、import:mapping、import:check、import:result、import:damaged、imports、login、interaction:ID、contact:ID（客户的联系人，农历生日者优先）、survey:ID（客户的满意度调查对话框）、backups:passphrase（备份口令对话框）、duplicates（重复客户）、merge:ROW（重复客户列表中的一对）、delete:ID、erase:CONTACT-ID、mailing、welcome 或 welcome:new（后两者无需办公室文件）。</translation>
    </message>
</context>
<context>
    <name>ComplaintLabels</name>
    <message>
        <source>Open (not resolved)</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Product quality</source>
        <translation>产品质量</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付配送</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>账单结算</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <source>Escalated to the area manager</source>
        <translation>已升级至区域主管</translation>
    </message>
    <message>
        <source>Escalated to the admin</source>
        <translation>已升级至管理员</translation>
    </message>
    <message>
        <source>Not escalated</source>
        <translation>未升级</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>受理…</translation>
    </message>
    <message>
        <source>Start work…</source>
        <translation>开始处理…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>解决…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>关闭…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>重开…</translation>
    </message>
</context>
<context>
    <name>CrossSellText</name>
    <message>
        <source>Customers who hold %1 also buy %2: lift %3</source>
        <translation>持有 %1 的客户也购买 %2：提升度 %3</translation>
    </message>
    <message>
        <source>%1% of the customers who hold %2 buy it too (%3× the average)</source>
        <translation>持有 %2 的客户中 %1% 也购买（是平均水平的 %3 倍）</translation>
    </message>
    <message>
        <source>1 customer holds both (%1% of customers with products)</source>
        <translation>1 位客户两者都有（占有产品客户的 %1%）</translation>
    </message>
    <message>
        <source>%1 customers hold both (%2% of customers with products)</source>
        <translation>%1 位客户两者都有（占有产品客户的 %2%）</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The input is not valid.</source>
        <translation>输入的内容无效。</translation>
    </message>
    <message>
        <source>The value of “%1” is not valid.</source>
        <translation>“%1”的值无效。</translation>
    </message>
    <message>
        <source>The record does not exist (any more) or is not one you may see.</source>
        <translation>该记录不存在（或已被删除），或您无权查看。</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>您无权执行此操作。</translation>
    </message>
    <message>
        <source>You are not allowed to change “%1”.</source>
        <translation>您无权修改“%1”。</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile; reload it and try again.</source>
        <translation>其他人已同时修改了此记录，请重新加载后再试。</translation>
    </message>
    <message>
        <source>The database is busy with another task; try again in a moment.</source>
        <translation>数据库正忙于其他任务，请稍后再试。</translation>
    </message>
    <message>
        <source>The database file is damaged; ask the administrator to restore a backup.</source>
        <translation>数据库文件已损坏，请联系管理员恢复备份。</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>无法读取或写入文件。</translation>
    </message>
    <message>
        <source>Something went wrong inside CardDesk; the details are in the log.</source>
        <translation>CardDesk 内部出错，详情见日志。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The merge cannot be undone any more: the kept card was changed after it, or it was undone already.</source>
        <translation>该合并已无法撤销：保留的资料卡在合并后已被修改，或该合并已撤销过。</translation>
    </message>
    <message>
        <source>Your role may not export data; the administrator decides who may (office setting export.roles).</source>
        <translation>您的角色不能导出数据；由管理员决定谁可以导出（办公室设置 export.roles）。</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space on the disk that holds the office file, then try again.</source>
        <translation>磁盘已满：没有保存任何内容。请在存放办公室文件的磁盘上腾出空间，然后重试。</translation>
    </message>
    <message>
        <source>The disk failed while reading or writing the office file: nothing was saved. Check the disk and try again; if it fails again, ask the administrator to copy the office to another disk.</source>
        <translation>读写办公室文件时磁盘出错：没有保存任何内容。请检查磁盘后重试；如果仍然失败，请管理员把办公室文件复制到另一块磁盘。</translation>
    </message>
    <message>
        <source>This order was imported from an orders file; correct it in the system the file came from. Only the administrator can void an imported order.</source>
        <translation>这笔订单是从订单文件导入的，请在该文件来源的系统（ERP）中更正。只有管理员可以作废导入的订单。</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Registered capital</source>
        <translation>注册资本</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要人物</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>Purchase habits</source>
        <translation>采购习惯</translation>
    </message>
    <message>
        <source>Preferred payment</source>
        <translation>偏好的付款方式</translation>
    </message>
    <message>
        <source>Credit rating</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Loyalty class</source>
        <translation>忠诚度类别</translation>
    </message>
    <message>
        <source>Assigned rep</source>
        <translation>负责业务员</translation>
    </message>
    <message>
        <source>Key customer</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Stage set on</source>
        <translation>阶段设定时间</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaint step</source>
        <translation>投诉处理步骤</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>应收款</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <source>Satisfaction comment</source>
        <translation>满意度评价</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>关闭原因</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>原阶段</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation>已付金额</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>基准日期</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>record: field</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Invoice no.</source>
        <translation>发票号</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <source>Reason for voiding</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Reason for exceeding credit</source>
        <translation>超出信用的原因</translation>
    </message>
    <message>
        <source>Status correction dismissed</source>
        <translation>已忽略的状态更正</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Survey date</source>
        <translation>调查日期</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>企业形象</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
</context>
<context>
    <name>ImportProblemText</name>
    <message>
        <source>“%1” does not say which number is the day and which the month; write dates as 2024-03-05.</source>
        <translation>“%1”无法看出哪个数字是日、哪个是月；日期请写成 2024-03-05。</translation>
    </message>
    <message>
        <source>“%1” mixes separators; write dates as 2024-03-05.</source>
        <translation>“%1”混用了不同的分隔符；日期请写成 2024-03-05。</translation>
    </message>
    <message>
        <source>“%1” is not a date; write dates as 2024-03-05.</source>
        <translation>“%1”不是日期；日期请写成 2024-03-05。</translation>
    </message>
    <message>
        <source>“%1” is no day of the calendar.</source>
        <translation>“%1”不是日历上存在的日期。</translation>
    </message>
    <message>
        <source>“%1” is not a number (thousands separators must group three digits: 1,234,567.89).</source>
        <translation>“%1”不是数字（千位分隔符必须每三位一组：1,234,567.89）。</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>“%1”不是整数。</translation>
    </message>
    <message>
        <source>“%1” is not yes or no (是/否).</source>
        <translation>“%1”不是“是”或“否”。</translation>
    </message>
    <message>
        <source>“%1” is none of this column&apos;s values (a code or its label in either language).</source>
        <translation>“%1”不是该列可用的值（可填代码，或中文、英文名称）。</translation>
    </message>
    <message>
        <source>There is no area named “%1”.</source>
        <translation>没有名为“%1”的区域。</translation>
    </message>
    <message>
        <source>A manager imports customers into their own area only.</source>
        <translation>经理只能把客户导入到自己的区域。</translation>
    </message>
    <message>
        <source>There is no user named “%1”.</source>
        <translation>没有名为“%1”的用户。</translation>
    </message>
    <message>
        <source>There is no customer with the code %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <source>Cell %1 is part of the merged cells %2, so it reads empty; unmerge them and fill every cell.</source>
        <translation>单元格 %1 属于合并单元格 %2，因此读出来是空的；请取消合并并填满每个单元格。</translation>
    </message>
    <message>
        <source>Cell %1 holds a formula without a saved result; open the file in a spreadsheet program and save it, or paste the values.</source>
        <translation>单元格 %1 中的公式没有保存结果；请用电子表格软件打开文件并保存，或者粘贴为数值。</translation>
    </message>
    <message>
        <source>Cell %1 holds the error value %2 (a formula that failed).</source>
        <translation>单元格 %1 中是错误值 %2（公式计算失败）。</translation>
    </message>
    <message>
        <source>Cell %1 names text %2 that the file does not hold: the workbook is damaged; save it again from the spreadsheet program.</source>
        <translation>单元格 %1 引用了文件中不存在的文本 %2：工作簿已损坏；请用电子表格软件重新保存。</translation>
    </message>
    <message>
        <source>Cell %1 holds the date number %2, which is no real day (the spreadsheet shows it as 1900-01-00 or 1900-02-29).</source>
        <translation>单元格 %1 中的日期序号 %2 不是真实存在的日期（电子表格显示为 1900-01-00 或 1900-02-29）。</translation>
    </message>
    <message>
        <source>“%1” differs from row %2, the first row of this customer, which holds the card; leave it empty or make them equal.</source>
        <translation>“%1”与第 %2 行（该客户的第一行，保存资料卡内容）不一致；请留空或填成相同的值。</translation>
    </message>
    <message>
        <source>same code</source>
        <translation>编号相同</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <source>This row and row %1 are the same customer %2 (%3): put its contacts under one code.</source>
        <translation>本行与第 %1 行是同一个客户 %2（%3）：请把联系人放在同一个编号下。</translation>
    </message>
    <message>
        <source>The code %1 is in use by %2; to create new cards leave the code empty (one is given) or use another.</source>
        <translation>编号 %1 已被“%2”使用；要新建资料卡，请将编号留空（系统会自动分配）或换一个编号。</translation>
    </message>
    <message>
        <source>The code %1 cannot be used: customer codes are unique in the office and this one is taken outside your scope.</source>
        <translation>编号 %1 不能使用：客户编号在整个办公室内唯一，而此编号已被您权限范围以外的客户占用。</translation>
    </message>
    <message>
        <source>%1 cannot be given customers: the account is deactivated.</source>
        <translation>不能把客户分配给 %1：该账户已停用。</translation>
    </message>
    <message>
        <source>%1 cannot be given customers: administrators own no customers.</source>
        <translation>不能把客户分配给 %1：管理员不负责客户。</translation>
    </message>
    <message>
        <source>%1 cannot be given customers: they are not in your area.</source>
        <translation>不能把客户分配给 %1：此人不在您的区域。</translation>
    </message>
    <message>
        <source>%1 cannot be given customers: a rep cannot give customers to others.</source>
        <translation>不能把客户分配给 %1：业务员不能把客户分配给他人。</translation>
    </message>
    <message>
        <source>%1: row %2 is taken as a title above the table and skipped (it has one filled cell).</source>
        <translation>%1：第 %2 行只有一个单元格有内容，被视为表格上方的标题而跳过。</translation>
    </message>
    <message>
        <source>%1: cells %2 are merged.</source>
        <translation>%1：单元格 %2 是合并单元格。</translation>
    </message>
    <message>
        <source>the workbook (a zip archive) is damaged (%1): it was cut short or changed; save it again from the spreadsheet program.</source>
        <translation>工作簿（zip 压缩包）已损坏（%1）：文件被截断或被改动；请在电子表格程序中重新保存。</translation>
    </message>
    <message>
        <source>the workbook is damaged: its part %1 cannot be read (%2); save it again from the spreadsheet program.</source>
        <translation>工作簿已损坏：无法读取其中的 %1（%2）；请在电子表格程序中重新保存。</translation>
    </message>
    <message>
        <source>the workbook is damaged: its part %1 is cut short; save it again from the spreadsheet program.</source>
        <translation>工作簿已损坏：其中的 %1 被截断；请在电子表格程序中重新保存。</translation>
    </message>
    <message>
        <source>its part %1 unpacks to %2 MB, more than a customer file may hold (%3 MB).</source>
        <translation>其中的 %1 解压后为 %2 MB，超过客户文件允许的大小（%3 MB）。</translation>
    </message>
    <message>
        <source>the file is %1 MB; a customer file may have at most %2 MB (split it).</source>
        <translation>文件大小为 %1 MB；客户文件最多 %2 MB（请拆分）。</translation>
    </message>
    <message>
        <source>the file is empty; it is not an .xlsx workbook.</source>
        <translation>文件为空，不是 .xlsx 工作簿。</translation>
    </message>
    <message>
        <source>not an .xlsx workbook: it is %1.</source>
        <translation>不是 .xlsx 工作簿，而是%1。</translation>
    </message>
    <message>
        <source>not an .xlsx workbook (an .xlsx file is a zip archive and this one is not; if it is text, give it a .csv name).</source>
        <translation>不是 .xlsx 工作簿（.xlsx 文件是 zip 压缩包，此文件不是；如果它是文本，请改用 .csv 扩展名）。</translation>
    </message>
    <message>
        <source>a zip archive but not a spreadsheet (it has no xl/workbook.xml: a Word or other document?).</source>
        <translation>是 zip 压缩包但不是电子表格（没有 xl/workbook.xml：是 Word 或其他文档吗？）。</translation>
    </message>
    <message>
        <source>the workbook has no sheet.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>the sheet “%1” is empty (no header row).</source>
        <translation>工作表“%1”为空（没有表头行）。</translation>
    </message>
    <message>
        <source>a NUL character: this is not a text file, or a UTF-16 file without its byte-order mark (choose the encoding UTF-16LE).</source>
        <translation>含有 NUL 字符：这不是文本文件，或是没有字节顺序标记的 UTF-16 文件（请选择编码 UTF-16LE）。</translation>
    </message>
    <message>
        <source>a field of more than %1 characters (an unclosed quote?).</source>
        <translation>字段超过 %1 个字符（引号未闭合？）。</translation>
    </message>
    <message>
        <source>a field of more than %1 characters.</source>
        <translation>字段超过 %1 个字符。</translation>
    </message>
    <message>
        <source>more than %1 columns in one row; a customer file has about 35 (is the separator right?).</source>
        <translation>一行超过 %1 列；客户文件约有 35 列（分隔符是否正确？）。</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a &quot; is missing).</source>
        <translation>带引号的字段没有闭合（缺少一个 &quot;）。</translation>
    </message>
    <message>
        <source>%1 has no header row (the file is empty).</source>
        <translation>%1 没有表头行（文件为空）。</translation>
    </message>
    <message>
        <source>%1, row %2, column %3 (%4): %5</source>
        <translation>%1，第 %2 行，第 %3 列（%4）：%5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a zip archive (an .xlsx workbook? give it a .xlsx name)</source>
        <translation>zip 压缩包（是 .xlsx 工作簿吗？请改用 .xlsx 扩展名）</translation>
    </message>
    <message>
        <source>an Excel 97-2003 (.xls) or other Office binary file; save it as .xlsx or .csv</source>
        <translation>Excel 97-2003（.xls）或其他 Office 二进制文件；请另存为 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>SQLite 数据库</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>gzip 压缩包</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>RAR 压缩包</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>%1 is not a CSV text file: it is %2.</source>
        <translation>%1 不是 CSV 文本文件，而是%2。</translation>
    </message>
    <message>
        <source>The phone is that of %1 %2, but the name here is %3: put the code %1 in the row to change that customer, or give this one its own phone or code.</source>
        <translation>该电话属于 %1 %2，但这里的名称是 %3：要修改那个客户，请在此行填上编号 %1；否则请为此客户填写它自己的电话或编号。</translation>
    </message>
    <message>
        <source>%1, row %2: the new customer %3 has the phone of %4 %5; is it the same customer?</source>
        <translation>%1，第 %2 行：新客户 %3 的电话与 %4 %5 相同；是同一个客户吗？</translation>
    </message>
    <message>
        <source>%1, row %2: the new customer %3 has the name of %4 %5; is it the same customer?</source>
        <translation>%1，第 %2 行：新客户 %3 的名称与 %4 %5 相同；是同一个客户吗？</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log interaction</source>
        <translation>记录互动</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>跟进日期(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Potential</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>现有客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>介绍</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>展会</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>From a competitor</source>
        <translation>从竞争对手处争取</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>Brand switcher</source>
        <translation>品牌转移客户</translation>
    </message>
    <message>
        <source>No brand loyalty</source>
        <translation>无品牌忠诚客户</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>微型</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>小型</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中型</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大型</translation>
    </message>
    <message>
        <source>Face-to-face visit</source>
        <translation>当面拜访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Instant message</source>
        <translation>即时消息</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>Online service</source>
        <translation>在线客服</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Area manager</source>
        <translation>区域主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Potential</source>
        <comment>lifecycle stage</comment>
        <translation>潜在</translation>
    </message>
    <message>
        <source>Exploration</source>
        <translation>考察期</translation>
    </message>
    <message>
        <source>Formation</source>
        <translation>形成期</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>稳定期</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>退化期</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>lifecycle stage</comment>
        <translation>流失</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Low</source>
        <comment>churn risk</comment>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>churn risk</comment>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <comment>churn risk</comment>
        <translation>高</translation>
    </message>
    <message>
        <source>Fight for</source>
        <translation>全力挽回</translation>
    </message>
    <message>
        <source>Case by case</source>
        <translation>视情况而定</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <comment>RFM segment</comment>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>Potential loyalist</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <source>New</source>
        <comment>RFM segment</comment>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>有潜力客户</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>即将沉睡</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>不能失去</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>%1 类</translation>
    </message>
    <message>
        <source>no order for %1 days, usually every %2 days</source>
        <translation>已 %1 天未下单，通常每 %2 天一次</translation>
    </message>
    <message>
        <source>no order for %1 days, only one purchase so far</source>
        <translation>已 %1 天未下单，至今只购买过一次</translation>
    </message>
    <message>
        <source>only a %1% chance the customer is still buying</source>
        <translation>仍在购买的可能性仅 %1%</translation>
    </message>
    <message>
        <source>spend down %1% (last %2 days against the %2 before)</source>
        <translation>消费下降 %1%（最近 %2 天对比之前 %2 天）</translation>
    </message>
    <message>
        <source>1 open complaint</source>
        <translation>1 个未结投诉</translation>
    </message>
    <message>
        <source>%1 open complaints</source>
        <translation>%1 个未结投诉</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>逾期应收 %1</translation>
    </message>
    <message>
        <source>New</source>
        <comment>complaint status</comment>
        <translation>新建</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重开</translation>
    </message>
    <message>
        <source>1 – low</source>
        <translation>1 – 低</translation>
    </message>
    <message>
        <source>2 – medium</source>
        <translation>2 – 中</translation>
    </message>
    <message>
        <source>3 – high</source>
        <translation>3 – 高</translation>
    </message>
    <message>
        <source>4 – critical</source>
        <translation>4 – 紧急</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>LifecycleLabels</name>
    <message>
        <source>No orders yet</source>
        <translation>尚无订单</translation>
    </message>
    <message>
        <source>Stage set by hand kept</source>
        <translation>保留手动设定的阶段</translation>
    </message>
    <message>
        <source>Very unlikely to buy again</source>
        <translation>极不可能再次购买</translation>
    </message>
    <message>
        <source>No order for far too long</source>
        <translation>过久未下单</translation>
    </message>
    <message>
        <source>Ordered again after being lost</source>
        <translation>流失后重新下单</translation>
    </message>
    <message>
        <source>Becoming unlikely to buy again</source>
        <translation>再次购买的可能性下降</translation>
    </message>
    <message>
        <source>Order gap much longer than usual</source>
        <translation>下单间隔远长于平常</translation>
    </message>
    <message>
        <source>Spending fell</source>
        <translation>消费下降</translation>
    </message>
    <message>
        <source>Recently won back</source>
        <translation>近期恢复</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Few repeat orders</source>
        <translation>复购较少</translation>
    </message>
    <message>
        <source>Spending grows</source>
        <translation>消费增长</translation>
    </message>
    <message>
        <source>Steady buyer</source>
        <translation>稳定采购</translation>
    </message>
    <message>
        <source>Relationship building</source>
        <translation>关系建立中</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to CardDesk</source>
        <translation>登录 CardDesk</translation>
    </message>
    <message>
        <source>Customer archive</source>
        <translation>客户档案台</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
</context>
<context>
    <name>MailingExport</name>
    <message>
        <source>Attn. %1</source>
        <translation>%1 收</translation>
    </message>
    <message>
        <source>Attn. %1, %2</source>
        <translation>%1 %2 收</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>地址标签</translation>
    </message>
    <message>
        <source>Mailing list</source>
        <translation>邮寄名单</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>OfficeFile</name>
    <message>
        <source>The office file %1 does not exist.</source>
        <translation>办公室文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The office file %1 is on a network drive. File locking cannot be trusted there: copy it to a local disk and open it from there.</source>
        <translation>办公室文件 %1 位于网络驱动器上，那里的文件锁不可靠：请把它复制到本地磁盘，再从那里打开。</translation>
    </message>
    <message>
        <source>The office file %1 cannot be opened: %2</source>
        <translation>无法打开办公室文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>PersonalDataExport</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaint history</source>
        <translation>投诉处理记录</translation>
    </message>
    <message>
        <source>Orders (summary)</source>
        <translation>订单（汇总）</translation>
    </message>
    <message>
        <source>Receivables (summary)</source>
        <translation>应收账款（汇总）</translation>
    </message>
    <message>
        <source>Payments (summary)</source>
        <translation>回款（汇总）</translation>
    </message>
    <message>
        <source>Lifecycle history</source>
        <translation>生命周期记录</translation>
    </message>
    <message>
        <source>Change history (audit trail)</source>
        <translation>变更记录（审计日志）</translation>
    </message>
    <message>
        <source>Openings and exports (access log)</source>
        <translation>查阅与导出（访问日志）</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Personal data of contact %1</source>
        <translation>联系人 %1 的个人信息</translation>
    </message>
    <message>
        <source>Data of customer %1 %2</source>
        <translation>客户 %1 %2 的资料</translation>
    </message>
    <message>
        <source>Everything CardDesk stores about them, as of %1. Field names are those of the database (docs/SCHEMA.md).</source>
        <translation>CardDesk 保存的有关其全部信息，截至 %1。字段名为数据库中的名称（见 docs/SCHEMA.md）。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>CardDesk</source>
        <translation>客户档案台</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>满意度调查</translation>
    </message>
</context>
<context>
    <name>PersonalDataExporter</name>
    <message>
        <source>Export a person&apos;s data</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <source>Export a customer&apos;s data</source>
        <translation>导出客户的全部资料</translation>
    </message>
    <message>
        <source>PDF to read (*.pdf);;JSON for a program (*.json)</source>
        <translation>供阅读的 PDF (*.pdf);;供程序读取的 JSON (*.json)</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>未写入任何内容：%1</translation>
    </message>
    <message>
        <source>Everything CardDesk holds about %1 is in %2. The export is recorded in the access log.</source>
        <translation>CardDesk 保存的关于“%1”的全部资料已写入 %2。本次导出已记入访问日志。</translation>
    </message>
</context>
<context>
    <name>PurchaseModelText</name>
    <message>
        <source>%1 was chosen by hand for this run.</source>
        <translation>本次评分指定使用 %1。</translation>
    </message>
    <message>
        <source>Chosen automatically: the history is too short to test predictions, so the model that fits it best.</source>
        <translation>自动选择：历史数据太短，无法检验预测，因此选用最贴合历史的模型。</translation>
    </message>
    <message>
        <source>Chosen automatically: it predicted the last %1 days from the days before with the smallest error, %2 purchases per customer (%3).</source>
        <translation>自动选择：用之前的数据预测最近 %1 天时误差最小，每位客户 %2 次购买（%3）。</translation>
    </message>
    <message>
        <source>Chosen automatically: within 1% of the smallest error predicting the last %1 days (%2 purchases per customer), and best at telling who buys again (AUC %3).</source>
        <translation>自动选择：预测最近 %1 天的误差与最小误差相差不到 1%（每位客户 %2 次购买），且最能区分谁会再次购买（AUC %3）。</translation>
    </message>
</context>
<context>
    <name>ResetPasswordPrompt</name>
    <message>
        <source>Choose your password</source>
        <translation>设置您自己的密码</translation>
    </message>
    <message>
        <source>An administrator has reset your password. Choose a password of your own before you go on: at least 8 characters, and not your user name.</source>
        <translation>管理员已重置您的密码。继续之前，请设置您自己的密码：至少 8 个字符，且不能与用户名相同。</translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
</context>
<context>
    <name>ValidationText</name>
    <message>
        <source>Name is longer than 200 characters.</source>
        <translation>名称超过 200 个字符。</translation>
    </message>
    <message>
        <source>Name is required.</source>
        <translation>名称为必填项。</translation>
    </message>
    <message>
        <source>Not an e-mail address like name@example.com.</source>
        <translation>不是形如 name@example.com 的电子邮件地址。</translation>
    </message>
    <message>
        <source>Credit limit cannot be negative.</source>
        <translation>信用额度不能为负数。</translation>
    </message>
    <message>
        <source>Registered capital cannot be negative.</source>
        <translation>注册资本不能为负数。</translation>
    </message>
    <message>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation>满意度为 1 到 5 的评分。</translation>
    </message>
    <message>
        <source>Kind must be company or person.</source>
        <translation>类型必须是企业或个人。</translation>
    </message>
    <message>
        <source>Status must be potential, current or lost.</source>
        <translation>状态必须是潜在、现有或流失。</translation>
    </message>
    <message>
        <source>Choose a loyalty class from the list.</source>
        <translation>请从列表中选择忠诚度类别。</translation>
    </message>
    <message>
        <source>Choose a credit rating from the list.</source>
        <translation>请从列表中选择信用等级。</translation>
    </message>
    <message>
        <source>Phone: not a valid number. Use a mobile of 11 digits (138 0013 8000), a landline with its area code (0571-8888 8888, extension after 转), or + and the country code.</source>
        <translation>电话：不是有效的号码。请填写 11 位手机号（138 0013 8000）、带区号的固定电话（0571-8888 8888，分机号写在“转”之后），或以 + 和国家代码开头的号码。</translation>
    </message>
    <message>
        <source>Mobile: not a valid number. Use a mobile of 11 digits (138 0013 8000), a landline with its area code (0571-8888 8888, extension after 转), or + and the country code.</source>
        <translation>手机：不是有效的号码。请填写 11 位手机号（138 0013 8000）、带区号的固定电话（0571-8888 8888，分机号写在“转”之后），或以 + 和国家代码开头的号码。</translation>
    </message>
    <message>
        <source>Payments stand against this order&apos;s invoice, so it cannot be voided.</source>
        <translation>该订单的发票已有收款记录，不能作废。</translation>
    </message>
    <message>
        <source>A reason for voiding the order is required.</source>
        <translation>作废订单必须填写原因。</translation>
    </message>
    <message>
        <source>The order exceeds the credit limit or the customer has overdue receivables: a reason is required.</source>
        <translation>该订单超出信用额度，或客户有逾期应收款：必须填写原因。</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>订单至少需要一行明细。</translation>
    </message>
    <message>
        <source>The quantity must be more than 0.</source>
        <translation>数量必须大于 0。</translation>
    </message>
    <message>
        <source>The unit price cannot be negative.</source>
        <translation>单价不能为负数。</translation>
    </message>
    <message>
        <source>The due date cannot be before the order date.</source>
        <translation>到期日不能早于订单日期。</translation>
    </message>
    <message>
        <source>The payment date is in the future; record a payment when it has arrived.</source>
        <translation>收款日期在将来；请在款项到账后再登记。</translation>
    </message>
    <message>
        <source>The payment is more than what is still open (another payment may have been recorded meanwhile).</source>
        <translation>收款金额超过了未付金额（可能有人同时登记了另一笔收款）。</translation>
    </message>
    <message>
        <source>A payment must be more than 0.</source>
        <translation>收款金额必须大于 0。</translation>
    </message>
    <message>
        <source>A visit cannot be planned in the past; choose today or a later day.</source>
        <translation>拜访不能安排在过去的日期；请选择今天或以后的日期。</translation>
    </message>
    <message>
        <source>This visit was cancelled; a cancelled visit cannot be completed or cancelled again. Plan a new visit instead.</source>
        <translation>此拜访已取消；已取消的拜访不能再完成或再次取消。请重新安排一次拜访。</translation>
    </message>
    <message>
        <source>This visit is done already; it cannot be completed or cancelled again.</source>
        <translation>此拜访已完成，不能再次完成或取消。</translation>
    </message>
    <message>
        <source>Give a reason for cancelling the visit.</source>
        <translation>请填写取消拜访的原因。</translation>
    </message>
    <message>
        <source>This order has no invoice whose number or due date could be changed.</source>
        <translation>此订单没有可修改编号或到期日的发票。</translation>
    </message>
    <message>
        <source>This order has several invoices (from the ERP import); change them where they were made.</source>
        <translation>此订单有多张发票（来自 ERP 导入），请在开票的系统中修改。</translation>
    </message>
    <message>
        <source>The invoice is already paid in full; nothing is open.</source>
        <translation>此发票已全部付清，没有未收金额。</translation>
    </message>
    <message>
        <source>The order date is in the future; record an order on the day it is made.</source>
        <translation>订单日期在未来；请在订单成交当天录入。</translation>
    </message>
    <message>
        <source>The payment date is before the invoice date; a payment stands against an invoice already made.</source>
        <translation>付款日期早于开票日期；付款只能对应已开出的发票。</translation>
    </message>
    <message>
        <source>The reason may hold no control characters and at most 4,000 characters.</source>
        <translation>原因中不能有控制字符，且最多 4,000 个字符。</translation>
    </message>
    <message>
        <source>That rep does not have this customer and would not see the visit; plan it for the customer&apos;s rep, or reassign the customer first.</source>
        <translation>该销售代表不负责这位客户，看不到这次拜访；请为客户的负责代表安排，或先把客户转给这位代表。</translation>
    </message>
</context>
<context>
    <name>VisitSheetExport</name>
    <message>
        <source>The PDF cannot be saved as %1: %2</source>
        <translation>无法保存 PDF 文件 %1：%2</translation>
    </message>
    <message>
        <source>no file name was given.</source>
        <translation>没有给出文件名。</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>这是一个文件夹。</translation>
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>the folder %1 may not be written to.</source>
        <translation>没有写入文件夹 %1 的权限。</translation>
    </message>
    <message>
        <source>No visits are planned on %1; no visit sheet was made.</source>
        <translation>%1 没有计划拜访，未生成拜访单。</translation>
    </message>
    <message>
        <source>No visits are planned from %1 to %2; no visit sheet was made.</source>
        <translation>%1 至 %2 没有计划拜访，未生成拜访单。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as YYYY-MM-DD, for example 2026-12-07.</source>
        <translation>“%1”不是日期；请按 YYYY-MM-DD 格式填写，例如 2026-12-07。</translation>
    </message>
    <message>
        <source>The PDF cannot be written: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
</context>
<context>
    <name>VisitSheetPainter</name>
    <message>
        <source>Potential</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>现有客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重开</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Potential</source>
        <comment>lifecycle stage</comment>
        <translation>潜在</translation>
    </message>
    <message>
        <source>Exploration</source>
        <translation>考察期</translation>
    </message>
    <message>
        <source>Formation</source>
        <translation>形成期</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>稳定期</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>退化期</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>lifecycle stage</comment>
        <translation>流失</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Customer card</source>
        <translation>客户资料卡</translation>
    </message>
    <message>
        <source>Visit sheet</source>
        <translation>拜访单</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Visits of %1 · %2</source>
        <translation>%1 的拜访 · %2</translation>
    </message>
    <message>
        <source>CardDesk</source>
        <translation>客户档案台</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Route</source>
        <translation>拜访路线</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>拜访目的</translation>
    </message>
    <message>
        <source>key customer</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Visit on %1 by %2</source>
        <translation>拜访日期 %1，拜访人 %2</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>拜访目的：%1</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>资料卡</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Credit rating</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>No contacts on the card.</source>
        <translation>资料卡上没有联系人。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>不再联系</translation>
    </message>
    <message numerus="yes">
        <source>Last %n interaction(s)</source>
        <translation>
            <numerusform>最近 %n 次互动</numerusform>
        </translation>
    </message>
    <message>
        <source>No interactions yet.</source>
        <translation>尚无互动记录。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <source>No open complaints.</source>
        <translation>没有未结投诉。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Receivables, value and risk</source>
        <translation>应收账款、价值与风险</translation>
    </message>
    <message>
        <source>Open receivables</source>
        <translation>未收款</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n invoice(s))</source>
        <translation>
            <numerusform>%1（%n 张发票）</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>%1, oldest due %2</source>
        <translation>%1，最早到期日 %2</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>ABC 分类</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Value, next 12 months</source>
        <translation>未来 12 个月价值</translation>
    </message>
    <message>
        <source>Still buying (probability)</source>
        <translation>仍在购买的概率</translation>
    </message>
    <message>
        <source>Sales, last 12 months</source>
        <translation>近 12 个月销售额</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近订单</translation>
    </message>
    <message>
        <source>Notes (result, next step, follow-up date)</source>
        <translation>记录（结果、下一步、跟进日期）</translation>
    </message>
    <message>
        <source>%1 (%2) (continued)</source>
        <translation>%1（%2）（续）</translation>
    </message>
</context>
<context>
    <name>WeeklyReportPainter</name>
    <message>
        <source>There are no reps in this report.</source>
        <translation>本报告中没有业务员。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>业务员明细</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>区域：%1</translation>
    </message>
    <message>
        <source>Interactions by channel: %1</source>
        <translation>按渠道的互动：%1</translation>
    </message>
    <message>
        <source>Reviewed by %1: %2</source>
        <translation>已由 %1 检查：%2</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message>
        <source>CardDesk</source>
        <translation>客户档案台</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>No data.</source>
        <translation>没有数据。</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>本期没有。</translation>
    </message>
    <message>
        <source>Sales and collections, the last %1 periods, by rep</source>
        <translation>各业务员最近 %1 期的销售额与回款</translation>
    </message>
    <message>
        <source>Sales and collections, the last %1 periods, each to the same day, by rep</source>
        <translation>各业务员最近 %1 期（每期截至同一天）的销售额与回款</translation>
    </message>
</context>
<context>
    <name>WeeklyReportTables</name>
    <message>
        <source>Monthly report %1</source>
        <translation>月报 %1</translation>
    </message>
    <message>
        <source>Quarterly report %1</source>
        <translation>季报 %1</translation>
    </message>
    <message>
        <source>Weekly report %1</source>
        <translation>周报 %1</translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation>全办事处</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>区域：%1</translation>
    </message>
    <message>
        <source>Period %1 – %2</source>
        <translation>期间 %1 至 %2</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>instant message</source>
        <translation>即时消息</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <source>hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Activity and card keeping</source>
        <translation>活动与资料卡维护</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation>已完成拜访</translation>
    </message>
    <message>
        <source>Visits planned</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Cards edited</source>
        <translation>修改的资料卡</translation>
    </message>
    <message>
        <source>Card completeness</source>
        <translation>资料卡完整度</translation>
    </message>
    <message>
        <source>Cards not changed for 90 days</source>
        <translation>90 天未更新的资料卡</translation>
    </message>
    <message>
        <source>A-class without contact for 30 days</source>
        <translation>30 天未联系的 A 类客户</translation>
    </message>
    <message>
        <source>Sales and collections</source>
        <translation>销售与回款</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Sales minus collections</source>
        <translation>销售额减回款</translation>
    </message>
    <message>
        <source>Overdue receivables</source>
        <translation>逾期应收</translation>
    </message>
    <message>
        <source>Newly overdue</source>
        <translation>新增逾期</translation>
    </message>
    <message>
        <source>Overdue receivables by age</source>
        <translation>逾期应收账龄</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Open past deadline</source>
        <translation>超期未结</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Average satisfaction (1–5)</source>
        <translation>平均满意度（1–5）</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一期</translation>
    </message>
    <message>
        <source>Average of the 8 periods before</source>
        <translation>之前 8 期平均</translation>
    </message>
    <message>
        <source>Overdue 1–30 days</source>
        <translation>逾期 1–30 天</translation>
    </message>
    <message>
        <source>Overdue 31–60 days</source>
        <translation>逾期 31–60 天</translation>
    </message>
    <message>
        <source>Overdue 61–90 days</source>
        <translation>逾期 61–90 天</translation>
    </message>
    <message>
        <source>Overdue over 90 days</source>
        <translation>逾期 90 天以上</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>收到的投诉</translation>
    </message>
    <message>
        <source>Complaints resolved</source>
        <translation>已解决的投诉</translation>
    </message>
    <message>
        <source>Complaints open past deadline</source>
        <translation>超期未结的投诉</translation>
    </message>
    <message>
        <source>Complaints escalated</source>
        <translation>已升级的投诉</translation>
    </message>
    <message>
        <source>Current customers</source>
        <translation>现有客户</translation>
    </message>
    <message>
        <source>Figures by rep</source>
        <translation>各业务员指标</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>到期跟进</translation>
    </message>
    <message>
        <source>Follow-ups due and done</source>
        <translation>到期且已跟进</translation>
    </message>
    <message>
        <source>Follow-ups overdue at the end</source>
        <translation>期末逾期未跟进</translation>
    </message>
    <message>
        <source>Customers into decline or lost</source>
        <translation>进入退化期或流失的客户</translation>
    </message>
    <message>
        <source>Customers won back</source>
        <translation>挽回的客户</translation>
    </message>
    <message>
        <source>High-risk A-class customers</source>
        <translation>高流失风险的 A 类客户</translation>
    </message>
    <message>
        <source>Sales, month to date</source>
        <translation>本月至今销售额</translation>
    </message>
    <message>
        <source>Month&apos;s sales target attained</source>
        <translation>本月销售目标完成率</translation>
    </message>
    <message>
        <source>Sales, year to date</source>
        <translation>本年至今销售额</translation>
    </message>
    <message>
        <source>Year&apos;s sales plan attained</source>
        <translation>全年销售计划完成率</translation>
    </message>
    <message>
        <source>Year&apos;s collection plan attained</source>
        <translation>全年回款计划完成率</translation>
    </message>
    <message>
        <source>Win-back queue (decline or lost)</source>
        <translation>挽回名单（衰退或流失）</translation>
    </message>
    <message>
        <source>Win-back queue contacted in the period</source>
        <translation>本期已联系的挽回名单客户</translation>
    </message>
    <message>
        <source>Customer equity</source>
        <translation>客户资产</translation>
    </message>
    <message>
        <source>At the period&apos;s end</source>
        <translation>本期末</translation>
    </message>
    <message>
        <source>At the previous period&apos;s end</source>
        <translation>上期末</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Period %1 – %2, still going on: counted to %3</source>
        <translation>期间 %1 至 %2，尚未结束：统计至 %3</translation>
    </message>
    <message>
        <source>Counted to</source>
        <translation>统计至</translation>
    </message>
    <message>
        <source>Previous period to the same day</source>
        <translation>上一期（截至同一天）</translation>
    </message>
    <message>
        <source>Average of the 8 periods before, to the same day</source>
        <translation>之前 8 期平均（每期截至同一天）</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <source>Collections, month to date</source>
        <translation>本月至今回款额</translation>
    </message>
    <message>
        <source>Month&apos;s collection target attained</source>
        <translation>本月回款目标完成率</translation>
    </message>
    <message>
        <source>Collections, year to date</source>
        <translation>本年至今回款额</translation>
    </message>
</context>
<context>
    <name>WeeklyReviewCharts</name>
    <message>
        <source>Sales and collections by rep</source>
        <translation>各业务员销售额与回款</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>whole office</source>
        <translation>全办事处</translation>
    </message>
    <message>
        <source>area %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Sales and collections, the last %1 periods: %2</source>
        <translation>最近 %1 期的销售额与回款：%2</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 天</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <source>Overdue receivables by age at the end of the period</source>
        <translation>期末逾期应收账龄</translation>
    </message>
    <message>
        <source>Customers&apos; stage moves in the period</source>
        <translation>本期客户阶段变化</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Into decline or lost</source>
        <translation>进入退化期或流失</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>挽回</translation>
    </message>
    <message>
        <source>Sales and collections, the last %1 periods, each to the same day: %2</source>
        <translation>最近 %1 期（每期截至同一天）的销售额与回款：%2</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::AnalysisWidget</name>
    <message>
        <source>Run backtest</source>
        <translation>运行回测</translation>
    </message>
    <message>
        <source>No scores yet. Rescore the customers to see ABC classes, RFM segments, churn risk and the model&apos;s fit.</source>
        <translation>尚无评分。请重新评分客户，以查看 ABC 分类、RFM 细分、流失风险和模型拟合情况。</translation>
    </message>
    <message>
        <source>Rescore customers</source>
        <translation>重新评分客户</translation>
    </message>
    <message>
        <source>How far to trust the scores</source>
        <translation>评分可信度</translation>
    </message>
    <message>
        <source>Fit the model on the orders up to 26 weeks before the as-of date and compare its predictions with what customers bought since</source>
        <translation>用评分日期前 26 周为止的订单拟合模型，并将其预测与客户此后的实际购买进行比较</translation>
    </message>
    <message>
        <source>The backtest failed: %1</source>
        <translation>回测失败：%1</translation>
    </message>
    <message>
        <source>Running the backtest…</source>
        <translation>正在运行回测…</translation>
    </message>
    <message>
        <source>The scores cannot be read: %1</source>
        <translation>无法读取评分：%1</translation>
    </message>
    <message>
        <source>Scores as of %1 for %2 customers (%3 with orders); computed %4.</source>
        <translation>评分日期 %1，共 %2 位客户（%3 位有订单）；计算于 %4。</translation>
    </message>
    <message>
        <source>A backtest fits the model on the orders up to %1 weeks before the as-of date and compares its predictions with the purchases since.</source>
        <translation>回测用评分日期前 %1 周为止的订单拟合模型，并将其预测与此后的实际购买进行比较。</translation>
    </message>
    <message>
        <source>ABC Pareto curve: A %1 · B %2 · C %3 customers</source>
        <translation>ABC 帕累托曲线：A 类 %1 · B 类 %2 · C 类 %3 位客户</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <source>A: 80%</source>
        <translation>A：80%</translation>
    </message>
    <message>
        <source>B: 95%</source>
        <translation>B：95%</translation>
    </message>
    <message>
        <source>Customers, by revenue (top first)</source>
        <translation>客户（按收入从高到低）</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>收入占比</translation>
    </message>
    <message>
        <source>RFM segments (customers)</source>
        <translation>RFM 细分（客户数）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Probability the customer is still buying (%1 customers with orders)</source>
        <translation>客户仍在购买的概率（%1 位有订单的客户）</translation>
    </message>
    <message>
        <source>P(alive), %</source>
        <translation>P(活跃)，%</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Std. error</source>
        <translation>标准误</translation>
    </message>
    <message>
        <source>Log-likelihood</source>
        <translation>对数似然</translation>
    </message>
    <message>
        <source>Gamma-Gamma spend model</source>
        <translation>Gamma-Gamma 消费金额模型</translation>
    </message>
    <message>
        <source>Customers fitted</source>
        <translation>参与拟合的客户</translation>
    </message>
    <message>
        <source>The models were fitted by the run that scored your customers; the charts count your customers only.</source>
        <translation>模型由为您的客户评分的那次运行拟合；图表只统计您的客户。</translation>
    </message>
    <message>
        <source>Backtest: calibration to %1, holdout to %2 (%3 customers)</source>
        <translation>回测：校准期至 %1，验证期至 %2（%3 位客户）</translation>
    </message>
    <message>
        <source>AUC of P(alive)</source>
        <translation>P(活跃) 的 AUC</translation>
    </message>
    <message>
        <source>Backtest finished.</source>
        <translation>回测完成。</translation>
    </message>
    <message>
        <source>%1 purchase model</source>
        <translation>%1 购买模型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Error per customer</source>
        <translation>每客户误差</translation>
    </message>
    <message>
        <source>did not fit the calibration period</source>
        <translation>未能拟合校准期</translation>
    </message>
    <message>
        <source>Error per customer: the mean difference between predicted and actual purchases; an AUC of 0.5 is chance, 1.0 perfect.</source>
        <translation>每客户误差：预测与实际购买次数之差的平均值；AUC 为 0.5 相当于随机，1.0 为完美。</translation>
    </message>
    <message>
        <source>Best by the scoring&apos;s rule (of the models within 1 % of the lowest error, the highest AUC): %1.</source>
        <translation>按评分规则（误差不超过最低误差 1% 的模型中 AUC 最高者）最佳的模型：%1。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::BackupsDialog</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Backups are kept in %1: one a day at the first start, 7 daily and 4 weekly copies.</source>
        <translation>备份保存在 %1：每天首次启动时自动备份一次，保留最近 7 天和 4 周的副本。</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>正在读取备份…</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: the disk may be full. Nothing in the office was changed.</source>
        <translation>无法把备份写入 %1：磁盘可能已满。办公室数据没有任何改动。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created or written. Choose another folder in the settings. Nothing in the office was changed.</source>
        <translation>无法创建或写入备份文件夹 %1。请在设置中选择其他文件夹。办公室数据没有任何改动。</translation>
    </message>
    <message>
        <source>The backup failed. Nothing in the office was changed. Details: %1</source>
        <translation>备份失败。办公室数据没有任何改动。详情：%1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>This backup cannot be restored: it is damaged, not a CardDesk office, or from a newer CardDesk.</source>
        <translation>此备份无法恢复：文件已损坏、不是 CardDesk 办公室文件，或来自更新版本的 CardDesk。</translation>
    </message>
    <message>
        <source>This office&apos;s backups are encrypted: each backup asks for a passphrase, which is not stored, and cannot be restored without it. No automatic backup is made at start-up.</source>
        <translation>本办公室的备份是加密的：每次备份都要输入口令，口令不会被保存，没有口令就无法恢复备份。启动时不会自动备份。</translation>
    </message>
    <message>
        <source>Encrypted: needs its passphrase</source>
        <translation>已加密：需要口令</translation>
    </message>
    <message>
        <source>Backing up and encrypting…</source>
        <translation>正在备份并加密…</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>正在核对口令…</translation>
    </message>
    <message>
        <source>This backup cannot be restored: it is damaged or was altered. Choose another backup.</source>
        <translation>此备份无法恢复：文件已损坏或被改动过。请选择其他备份。</translation>
    </message>
    <message>
        <source>Wrong passphrase: this backup was encrypted with another one. Try again.</source>
        <translation>口令错误：此备份是用另一个口令加密的。请重新输入。</translation>
    </message>
    <message>
        <source>Readable (checked in full when restored)</source>
        <translation>可读取（恢复时会完整检查）</translation>
    </message>
    <message>
        <source>Cannot be used: the file cannot be read</source>
        <translation>无法使用：文件无法读取</translation>
    </message>
    <message>
        <source>Cannot be used: damaged, not a CardDesk office, or from a newer CardDesk</source>
        <translation>无法使用：已损坏、不是 CardDesk 办公室文件，或来自更新版本的 CardDesk</translation>
    </message>
    <message>
        <source>Replace the office with the encrypted backup of %1?

The backup is decrypted and checked first. The current office is kept beside it as a file named …before-restore-… (the newest three such copies are kept), and CardDesk opens the restored office.</source>
        <translation>用 %1 的加密备份替换当前办公室数据？

先解密并检查备份。当前的办公室文件会以 …before-restore-… 为名保留在旁边（此类副本只保留最新的三份），然后 CardDesk 打开恢复后的办公室。</translation>
    </message>
    <message>
        <source>Replace the office with the backup of %1 (%2 customers)?

The backup is checked first. The current office is kept beside it as a file named …before-restore-… (the newest three such copies are kept), and CardDesk opens the restored office.</source>
        <translation>用 %1 的备份（%2 位客户）替换当前办公室吗？

备份会先经过检查。当前办公室文件会以“…before-restore-…”为名保留在旁边（此类副本只保留最新的三份），然后 CardDesk 打开恢复后的办公室。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::BusyNote</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ChangeHistoryTab</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>No change recorded for this card yet: every change made in CardDesk to its fields, contacts and records will be listed here, with who made it.</source>
        <translation>此资料卡还没有变更记录：此后在客户档案台中对其字段、联系人和记录所做的每一次修改都会列在这里，并注明修改人。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::CollectionsWidget</name>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未付</translation>
    </message>
    <message>
        <source>Credit rating</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅显示逾期(&amp;O)</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>登记收款(&amp;P)…</translation>
    </message>
    <message>
        <source>Open &amp;card</source>
        <translation>打开资料卡(&amp;C)</translation>
    </message>
    <message>
        <source>Collections plan</source>
        <translation>收款计划</translation>
    </message>
    <message>
        <source>Open receivables, most urgent first: overdue more than 30 days or at a weak credit rating (B, C) is high; overdue or due within 7 days is medium. Enter records a payment, a double-click opens the card.</source>
        <translation>未付清的应收款，最紧急的排在前面：逾期超过 30 天或信用等级较低（B、C）且已逾期的为“高”；已逾期或 7 天内到期的为“中”。按回车键登记收款，双击打开客户资料卡。</translation>
    </message>
    <message>
        <source>The collections plan cannot be read: %1</source>
        <translation>无法读取收款计划：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n receivable(s) open: %1; overdue: %2 of %3</source>
        <translation>
            <numerusform>未付应收款 %n 笔，共 %1；其中逾期 %2 笔，共 %3</numerusform>
        </translation>
    </message>
    <message>
        <source> (the %1 most urgent shown)</source>
        <translation>（显示最紧急的 %1 笔）</translation>
    </message>
    <message>
        <source>Payment of %1 recorded.</source>
        <translation>已登记收款 %1。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ComplaintCategoriesDialog</name>
    <message>
        <source>Complaint categories</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Unticked categories are no longer offered for new complaints.</source>
        <translation>未勾选的类别不再用于新投诉。</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <source>Name of the new category:</source>
        <translation>新类别名称：</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>重命名类别</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>The category could not be added: %1</source>
        <translation>无法添加类别：%1</translation>
    </message>
    <message>
        <source>The category could not be renamed: %1</source>
        <translation>无法重命名类别：%1</translation>
    </message>
    <message>
        <source>The category could not be changed: %1</source>
        <translation>无法修改类别：%1</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ComplaintDetailPane</name>
    <message>
        <source>Record satisfaction…</source>
        <translation>记录满意度…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>No complaint selected</source>
        <translation>未选择投诉</translation>
    </message>
    <message>
        <source>Complaint %1 cannot be read: %2</source>
        <translation>无法读取投诉 %1：%2</translation>
    </message>
    <message>
        <source>Complaint #%1 — %2</source>
        <translation>投诉 #%1 — %2</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>处理期限：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Escalation:</source>
        <translation>升级：</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <source>Closed without satisfaction:</source>
        <translation>未记录满意度即关闭：</translation>
    </message>
    <message>
        <source>Complaint #%1: %2</source>
        <translation>投诉 #%1：%2</translation>
    </message>
    <message>
        <source>The customer&apos;s satisfaction is not recorded. Closing without it needs a reason:</source>
        <translation>尚未记录客户满意度。不记录满意度而关闭需要填写原因：</translation>
    </message>
    <message>
        <source>The complaint stays open: a reason is required to close it without the customer&apos;s satisfaction.</source>
        <translation>投诉未关闭：不记录客户满意度而关闭时必须填写原因。</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>备注（可选）：</translation>
    </message>
    <message>
        <source>The complaint could not be moved: %1</source>
        <translation>无法变更投诉状态：%1</translation>
    </message>
    <message>
        <source>Complaint #%1 is now %2.</source>
        <translation>投诉 #%1 现为“%2”。</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>The satisfaction could not be recorded: %1</source>
        <translation>无法记录满意度：%1</translation>
    </message>
    <message>
        <source>Satisfaction recorded.</source>
        <translation>已记录满意度。</translation>
    </message>
    <message>
        <source>CardDesk (automatic)</source>
        <translation>CardDesk（系统自动）</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ComplaintDialog</name>
    <message>
        <source>New complaint</source>
        <translation>新建投诉</translation>
    </message>
    <message>
        <source>Search your customers by name, pinyin or phone</source>
        <translation>按名称、拼音或电话查找您的客户</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <source>What the customer complains about, in their words</source>
        <translation>客户投诉的内容（尽量用客户原话）</translation>
    </message>
    <message>
        <source>Find customer:</source>
        <translation>查找客户：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>联系人：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>处理期限：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>(no particular contact)</source>
        <translation>（无特定联系人）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) for this level)</source>
        <translation>
            <numerusform>%1（此级别 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the customer who complains.</source>
        <translation>请选择投诉的客户。</translation>
    </message>
    <message>
        <source>Describe the complaint.</source>
        <translation>请描述投诉内容。</translation>
    </message>
    <message>
        <source>The complaint could not be saved: %1</source>
        <translation>无法保存投诉：%1</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ComplaintListModel</name>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>处理期限</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>历时（天）</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ComplaintsWidget</name>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部级别</translation>
    </message>
    <message>
        <source>New complaint…</source>
        <translation>新建投诉…</translation>
    </message>
    <message>
        <source>Escalated to me</source>
        <translation>升级给我的</translation>
    </message>
    <message>
        <source>The escalated open complaints waiting on you</source>
        <translation>等待您处理的已升级未解决投诉</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>投诉类别…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <source>The complaints cannot be read: %1</source>
        <translation>无法读取投诉：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s), %1 overdue</source>
        <translation>
            <numerusform>%n 条投诉，%1 条超期</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaints by category, last 12 months</source>
        <translation>近 12 个月投诉类别分布</translation>
    </message>
    <message>
        <source>%1+ d</source>
        <translation>%1 天以上</translation>
    </message>
    <message>
        <source>%1–%2 d</source>
        <translation>%1–%2 天</translation>
    </message>
    <message>
        <source>Days from receipt to resolution, last 12 months</source>
        <translation>近 12 个月从受理到解决的天数</translation>
    </message>
    <message>
        <source>Complaint #%1 recorded.</source>
        <translation>已记录投诉 #%1。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export the complaints the list shows to Excel or CSV</source>
        <translation>将列表中显示的投诉导出为 Excel 或 CSV 文件</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ConflictDialog</name>
    <message>
        <source>The card was changed by someone else</source>
        <translation>资料卡已被他人修改</translation>
    </message>
    <message>
        <source>While you were editing, another user saved a newer version of this card. Compare the two versions and choose which to keep. Fields you did not change keep the newer values either way.</source>
        <translation>在您编辑期间，另一位用户保存了此资料卡的新版本。请比较两个版本并选择保留哪一个。您未修改的字段无论如何都会保留较新的值。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>对方的版本</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>保留我的修改</translation>
    </message>
    <message>
        <source>Take their version</source>
        <translation>采用对方的版本</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>职务：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>手机：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>生日：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>e.g. purchasing manager</source>
        <translation>例如：采购经理</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <source>Contact name is required.</source>
        <translation>联系人姓名为必填项。</translation>
    </message>
    <message>
        <source>The contact was not saved: %1</source>
        <translation>联系人未保存：%1</translation>
    </message>
    <message>
        <source>yyyy-mm-dd, or empty</source>
        <translation>年-月-日，或留空</translation>
    </message>
    <message>
        <source>The birthday is not a date; type it as 1980-12-15 or leave it empty.</source>
        <translation>生日不是有效日期；请按 1980-12-15 的格式输入，或留空。</translation>
    </message>
    <message>
        <source>Asked not to be contacted (left out of mailing lists)</source>
        <translation>要求不再联系（不列入邮寄名单）</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>公历</translation>
    </message>
    <message>
        <source>Lunar (农历)</source>
        <translation>农历</translation>
    </message>
    <message>
        <source>Birthday calendar:</source>
        <translation>生日历法：</translation>
    </message>
    <message>
        <source>year?</source>
        <translation>年份？</translation>
    </message>
    <message>
        <source>The lunar year of birth, if known (the year its 1st month began in)</source>
        <translation>出生的农历年（如知道；以该年正月所在的公历年计）</translation>
    </message>
    <message>
        <source>leap month (闰月)</source>
        <translation>闰月</translation>
    </message>
    <message>
        <source>Lunar birthday:</source>
        <translation>农历生日：</translation>
    </message>
    <message>
        <source>Born %1.</source>
        <translation>出生于 %1（公历）。</translation>
    </message>
    <message>
        <source>Next birthday: %1.</source>
        <translation>下次生日：%1。</translation>
    </message>
    <message>
        <source>Lunar year %1 has no %2; its leap month is %3.</source>
        <translation>农历 %1 年没有%2；该年的闰月是%3。</translation>
    </message>
    <message>
        <source>Lunar year %1 has no %2; it has no leap month.</source>
        <translation>农历 %1 年没有%2；该年无闰月。</translation>
    </message>
    <message>
        <source>%1 of lunar year %2 has only 29 days.</source>
        <translation>农历 %2 年的%1只有 29 天。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ContactsTab</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Do not contact</source>
        <translation>不再联系</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>添加联系人…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Erase person…</source>
        <translation>删除个人信息…</translation>
    </message>
    <message>
        <source>The primary contact is shown in bold.</source>
        <translation>主要联系人以粗体显示。</translation>
    </message>
    <message>
        <source>The contacts cannot be read: %1</source>
        <translation>无法读取联系人：%1</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>联系人（%1）</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>联系人已保存。</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>Remove the contact %1?</source>
        <translation>删除联系人“%1”？</translation>
    </message>
    <message>
        <source>The contact was not removed: %1</source>
        <translation>联系人未删除：%1</translation>
    </message>
    <message>
        <source>Contact removed.</source>
        <translation>联系人已删除。</translation>
    </message>
    <message>
        <source>Erasing the person&apos;s data…</source>
        <translation>正在删除此人的个人信息…</translation>
    </message>
    <message>
        <source>Erase a person&apos;s data</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>未删除任何内容：%1</translation>
    </message>
    <message>
        <source>The contact is erased. Texts of this customer still name them and were not changed (edit them if they should not): %1</source>
        <translation>联系人已删除。该客户的以下文字中仍提到此人，未作更改（如不应保留，请自行编辑）：%1</translation>
    </message>
    <message>
        <source>The person&apos;s data was erased.</source>
        <translation>此人的个人信息已删除。</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Export person&apos;s data…</source>
        <translation>导出个人信息…</translation>
    </message>
    <message>
        <source>Lunar %1</source>
        <translation>农历%1</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::CrossSellTab</name>
    <message>
        <source>Suggested product</source>
        <translation>推荐产品</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Customers to offer it to…</source>
        <translation>可推荐的客户…</translation>
    </message>
    <message>
        <source>Your customers who hold what goes with the chosen product and do not have it yet</source>
        <translation>您的客户中持有与所选产品相关的产品、但尚未拥有该产品的客户</translation>
    </message>
    <message>
        <source>The suggestions could not be read: %1</source>
        <translation>无法读取推荐：%1</translation>
    </message>
    <message>
        <source>No product to suggest: no product goes with this customer&apos;s products more often than with anyone&apos;s.</source>
        <translation>暂无推荐产品：与该客户已有产品相关的产品，都不比一般客户更常购买。</translation>
    </message>
    <message>
        <source>Products this customer does not hold or buy yet, best first. Lift: how many times as likely customers with the first product are to buy the second as customers on average.</source>
        <translation>该客户尚未持有或购买的产品，按推荐强度排列。提升度：持有前一产品的客户购买后一产品的可能性是一般客户的多少倍。</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>推荐产品</translation>
    </message>
    <message>
        <source>Suggestions (%1)</source>
        <translation>推荐产品（%1）</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::CrossSellTargetsDialog</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Because they hold</source>
        <translation>依据（已持有）</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>购买比例</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>提升度</translation>
    </message>
    <message>
        <source>Customers to offer %1 to</source>
        <translation>可推荐 %1 的客户</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The customers could not be read: %1</source>
        <translation>无法读取客户：%1</translation>
    </message>
    <message>
        <source>None of your customers holds a product that goes with %1 without having it.</source>
        <translation>您的客户中没有人持有与 %1 相关的产品而尚未拥有 %1。</translation>
    </message>
    <message>
        <source>%1 of your customers hold a product that goes with %2 and do not have it; the %3 with the strongest reason are listed. Double-click one to open the card.</source>
        <translation>您有 %1 位客户持有与 %2 相关的产品但尚未拥有它；下面列出依据最强的 %3 位。双击可打开资料卡。</translation>
    </message>
    <message>
        <source>%1 of your customers hold a product that goes with %2 and do not have it. Double-click one to open the card.</source>
        <translation>您有 %1 位客户持有与 %2 相关的产品但尚未拥有它。双击可打开资料卡。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::CustomerCardForm</name>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source> CNY</source>
        <translation> 元</translation>
    </message>
    <message>
        <source> / 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <source>Key customer</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>e.g. 021-6234 5678</source>
        <translation>例如：021-6234 5678</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价信息</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系信息</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>重新分配…</translation>
    </message>
    <message>
        <source>Assigned rep:</source>
        <translation>负责业务员：</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>介绍人：</translation>
    </message>
    <message>
        <source>Detailed information</source>
        <translation>详细资料</translation>
    </message>
    <message>
        <source>Trade habits</source>
        <translation>交易习惯</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::CustomerCardWidget</name>
    <message>
        <source>Key customer</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>资料卡</translation>
    </message>
    <message>
        <source>Customer card</source>
        <translation>客户资料卡</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>The card cannot be opened: %1</source>
        <translation>无法打开资料卡：%1</translation>
    </message>
    <message>
        <source>The card was not saved: correct the marked fields.</source>
        <translation>资料卡未保存：请更正标出的字段。</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>没有需要保存的内容。</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>The card was not saved: %1</source>
        <translation>资料卡未保存：%1</translation>
    </message>
    <message>
        <source>Card saved.</source>
        <translation>资料卡已保存。</translation>
    </message>
    <message>
        <source>The card was changed or removed elsewhere and cannot be read: %1</source>
        <translation>资料卡已在别处被修改或删除，无法读取：%1</translation>
    </message>
    <message>
        <source>Your changes were discarded; the card shows the newer version.</source>
        <translation>您的修改已放弃，资料卡显示的是较新的版本。</translation>
    </message>
    <message>
        <source>The card was not saved.</source>
        <translation>资料卡未保存。</translation>
    </message>
    <message>
        <source>The card of %1 has unsaved changes. Save them?</source>
        <translation>“%1”的资料卡有未保存的修改。是否保存？</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>重新分配</translation>
    </message>
    <message>
        <source>The customer was not reassigned: %1</source>
        <translation>客户未重新分配：%1</translation>
    </message>
    <message>
        <source>Customer reassigned.</source>
        <translation>客户已重新分配。</translation>
    </message>
    <message>
        <source>Products &amp;&amp; orders</source>
        <translation>产品和订单</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>Service history</source>
        <translation>服务历史</translation>
    </message>
    <message>
        <source>Stage set. The card changed meanwhile: saving your edits will ask how to merge.</source>
        <translation>阶段已设定。资料卡已随之变化：保存您的修改时将询问如何合并。</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>阶段历史</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>This card looks like a customer already on file:

%1

Save it anyway? (Managers can merge duplicates later under Tools → Find duplicates…)</source>
        <translation>此资料卡与已有客户相似：

%1

仍然保存吗？（经理以后可在“工具 → 查找重复客户…”中合并重复的客户。）</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Archived on %1</source>
        <translation>已于 %1 归档</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>取消归档</translation>
    </message>
    <message>
        <source>Archive customer</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <source>Archive %1? The card leaves the customer list, the search and the rep&apos;s day; its orders stay in the reports. &quot;Show archived&quot; in the list finds it again.</source>
        <translation>归档“%1”？资料卡将不再出现在客户列表、搜索和业务员的今日待办中；其订单仍计入报表。在列表中勾选“显示已归档”可再次找到它。</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未作任何更改：%1</translation>
    </message>
    <message>
        <source>Customer archived.</source>
        <translation>客户已归档。</translation>
    </message>
    <message>
        <source>Customer taken out of the archive.</source>
        <translation>客户已取消归档。</translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>未删除任何内容：%1</translation>
    </message>
    <message>
        <source>Customer %1 deleted.</source>
        <translation>客户“%1”已删除。</translation>
    </message>
    <message>
        <source>Loading the card…</source>
        <translation>正在读取客户资料…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation>打印资料卡…</translation>
    </message>
    <message>
        <source>Card as PDF…</source>
        <translation>资料卡存为 PDF…</translation>
    </message>
    <message>
        <source>Status corrected. The card changed meanwhile: saving your edits will ask how to merge.</source>
        <translation>状态已更正。卡片在此期间有变动：保存您的修改时将询问如何合并。</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>推荐产品</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::CustomerListModel</name>
    <message>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近订单</translation>
    </message>
    <message>
        <source>Revenue 12 m</source>
        <translation>12个月营收</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Key customer</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Revenue in the last 12 months</source>
        <translation>最近 12 个月的营业收入</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>CLV 12 m</source>
        <translation>12 个月价值</translation>
    </message>
    <message>
        <source>ABC class by revenue: A brings the first 80%, B the next 15%, C the rest</source>
        <translation>按收入的 ABC 分类：A 类贡献前 80%，B 类其后 15%，C 类其余</translation>
    </message>
    <message>
        <source>Churn risk from the latest scoring</source>
        <translation>最近一次评分的流失风险</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Expected customer value over the next 12 months</source>
        <translation>未来 12 个月的预期客户价值</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 已超期</translation>
    </message>
    <message>
        <source>Follow-up overdue: it was due on %1 and nobody has been in touch since</source>
        <translation>跟进已超期：应于 %1 跟进，此后无人联系</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::CustomerListWidget</name>
    <message>
        <source>Key customers only</source>
        <translation>仅重点客户</translation>
    </message>
    <message>
        <source>Search name, pinyin, contact, phone or e-mail (Ctrl+F)</source>
        <translation>搜索名称、拼音、联系人、电话或电子邮件（Ctrl+F）</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>All reps</source>
        <translation>全部业务员</translation>
    </message>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>无法读取列表：%1</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
    <message>
        <source>%1 customers (%2 loaded)</source>
        <translation>共 %1 个客户（已加载 %2 个）</translation>
    </message>
    <message>
        <source>All ABC classes</source>
        <translation>全部 ABC 类</translation>
    </message>
    <message>
        <source>All risks</source>
        <translation>全部风险</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>More than %1 customers (%2 loaded) &amp;ndash; &lt;a href=&quot;count&quot;&gt;count all&lt;/a&gt;</source>
        <translation>超过 %1 个客户（已加载 %2 个）&amp;ndash; &lt;a href=&quot;count&quot;&gt;统计全部&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Plan visits to %1 customers…</source>
        <translation>为 %1 位客户安排拜访…</translation>
    </message>
    <message>
        <source>Plan visit…</source>
        <translation>安排拜访…</translation>
    </message>
    <message>
        <source>(no rep)</source>
        <translation>（无业务员）</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::DateField</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>选择日期</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::DeleteCustomerDialog</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>联系人 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>互动记录 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>拜访 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) and their history</source>
        <translation>
            <numerusform>投诉 %n 件及其处理记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>订单 %n 笔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receivable(s)</source>
        <translation>
            <numerusform>应收账款 %n 笔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>回款 %n 笔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lifecycle change(s)</source>
        <translation>
            <numerusform>生命周期变化 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) to other customers</source>
        <translation>
            <numerusform>与其他客户的关联 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) held</source>
        <translation>
            <numerusform>持有产品 %n 种</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the scores (%n)</source>
        <translation>
            <numerusform>评分 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Delete &lt;b&gt;%1&lt;/b&gt; (%2) and everything attached to it? This cannot be undone.</source>
        <translation>删除 &lt;b&gt;%1&lt;/b&gt;（%2）及其全部相关资料？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Nothing else is attached to the card.</source>
        <translation>该资料卡没有其他相关资料。</translation>
    </message>
    <message>
        <source>These go with it:</source>
        <translation>以下资料将一并删除：</translation>
    </message>
    <message>
        <source>To take the customer out of the lists but keep it in the reports, archive it instead. The change history keeps the card&apos;s code and name and these counts.</source>
        <translation>若只想让客户不再出现在列表中、但仍计入报表，请改为归档。变更记录会保留该资料卡的编号、名称和上述数量。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>%n satisfaction survey(s)</source>
        <translation>
            <numerusform>满意度调查 %n 份</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::DuplicatesDialog</name>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>查找重复客户</translation>
    </message>
    <message>
        <source>Card (older)</source>
        <translation>资料卡（较早）</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>电子邮件相同</translation>
    </message>
    <message>
        <source>name sounds the same</source>
        <translation>名称读音相同</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Looking for duplicates… (a minute at most, also for a large office)</source>
        <translation>正在查找重复客户…（即使客户很多，最多也只需一分钟）</translation>
    </message>
    <message numerus="yes">
        <source>No likely duplicates among %n customers.</source>
        <translation>
            <numerusform>在 %n 位客户中没有发现可能重复的客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 strongest of %2 possible pairs among %3 customers.</source>
        <translation>在 %3 位客户的 %2 对可能重复中，显示最可能的 %1 对。</translation>
    </message>
    <message numerus="yes">
        <source>%n possible pairs among %1 customers.</source>
        <translation>
            <numerusform>在 %1 位客户中发现 %n 对可能重复。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo last merge</source>
        <translation>撤销上一次合并(&amp;U)</translation>
    </message>
    <message>
        <source>Undoing the merge…</source>
        <translation>正在撤销合并…</translation>
    </message>
    <message>
        <source>The merge was not undone: %1</source>
        <translation>合并未撤销：%1</translation>
    </message>
    <message>
        <source>Cards with the same phone number, the same name apart from the legal form (有限公司, 股份, 集团 …), a name that sounds the same or one syllable close, or the same e-mail address. Check each pair before merging.</source>
        <translation>电话号码相同、名称除去企业类型（有限公司、股份、集团……）后相同、名称读音相同或拼音相近（只差一个音节）、或电子邮件地址相同的资料卡。合并前请逐对核实。</translation>
    </message>
    <message>
        <source>pinyin close</source>
        <translation>拼音相近</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::EditOrderDialog</name>
    <message>
        <source>Edit order</source>
        <translation>修改订单</translation>
    </message>
    <message>
        <source>Order &amp;no.:</source>
        <translation>订单号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Payment method:</source>
        <translation>付款方式(&amp;P)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Invoice no.:</source>
        <translation>发票号(&amp;I)：</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>到期日(&amp;U)：</translation>
    </message>
    <message>
        <source>The date, lines and amount stay; to change them, void the order and enter it again.</source>
        <translation>订单日期、明细和金额不能修改；如需修改，请作废该订单后重新录入。</translation>
    </message>
    <message>
        <source>The due date is not a date; type it as 2026-12-09, 12/9 or +30.</source>
        <translation>到期日不是有效日期；请按 2026-12-09、12/9 或 +30 的格式输入。</translation>
    </message>
    <message>
        <source>The order could not be changed: %1</source>
        <translation>订单未能修改：%1</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::EquityPanel</name>
    <message>
        <source>Customer equity</source>
        <translation>客户资产</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>ABC class</source>
        <translation>ABC 分类</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>客户资产</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>The customer equity cannot be read: %1</source>
        <translation>无法读取客户资产：%1</translation>
    </message>
    <message>
        <source>No customer equity yet: it needs a scoring run with a fitted spend model.</source>
        <translation>尚无客户资产：需要一次拟合出消费金额模型的评分。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; from %2 customers with orders: what they are expected to buy in the next %3 months, discounted at %4 a month (as of %5).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，来自 %2 位有订单的客户：预计未来 %3 个月的购买额，按每月 %4 折现（截至 %5）。</translation>
    </message>
    <message>
        <source>(no area)</source>
        <translation>（无区域）</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation>（无分类）</translation>
    </message>
    <message>
        <source>(no stage)</source>
        <translation>（无阶段）</translation>
    </message>
    <message>
        <source>Equity at each month end (millions)</source>
        <translation>各月末客户资产（百万）</translation>
    </message>
    <message>
        <source>Equity at each month end (thousands)</source>
        <translation>各月末客户资产（千）</translation>
    </message>
    <message>
        <source>Equity at each month end</source>
        <translation>各月末客户资产</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::EraseContactDialog</name>
    <message>
        <source>Erase a person&apos;s data</source>
        <translation>删除个人信息</translation>
    </message>
    <message>
        <source>Erase &lt;b&gt;%1&lt;/b&gt;, contact of %2, from this office?</source>
        <translation>从本办公室删除 %2 的联系人 &lt;b&gt;%1&lt;/b&gt; 的个人信息？</translation>
    </message>
    <message>
        <source>What goes:</source>
        <translation>将删除：</translation>
    </message>
    <message>
        <source>the contact: name, role, phones, e-mail, birthday, notes</source>
        <translation>联系人本身：姓名、职务、电话、电子邮件、生日、备注</translation>
    </message>
    <message>
        <source>their values in the change history (the rows stay, marked erased)</source>
        <translation>变更记录中的相关数值（记录保留，标为“已删除”）</translation>
    </message>
    <message>
        <source>their entries in the search index</source>
        <translation>搜索索引中的相关条目</translation>
    </message>
    <message>
        <source>the links to them from interactions and complaints (the texts stay)</source>
        <translation>互动记录和投诉中对其的关联（文字保留）</translation>
    </message>
    <message>
        <source>What stays: that an erasure happened, by whom and when. Backups made before today still hold the person; texts typed about them (an interaction&apos;s summary) are not searched out.</source>
        <translation>将保留：删除这一事件本身，以及由谁、何时删除。今天之前的备份仍含有此人的信息；有关此人的手写文字（如互动摘要）不会被查找删除。</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>我了解此操作无法撤销</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::EscalationRunner</name>
    <message>
        <source>The complaint escalation rules could not run: %1</source>
        <translation>无法执行投诉升级规则：%1</translation>
    </message>
    <message>
        <source>Complaints escalated: %1 to the area manager, %2 to the admin.</source>
        <translation>投诉已升级：%1 条至区域主管，%2 条至管理员。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ExportDialog</name>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>Export complaints</source>
        <translation>导出投诉</translation>
    </message>
    <message>
        <source>Export card</source>
        <translation>导出客户资料卡</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV，UTF-8 编码 (.csv)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>The customers the list shows (its search and filters), one row per contact, in the format the customer import reads.</source>
        <translation>列表中显示的客户（按当前搜索和筛选条件），每个联系人一行，格式与客户导入相同。</translation>
    </message>
    <message>
        <source>The complaints the page shows (its filters), one row per complaint.</source>
        <translation>投诉页面中显示的投诉（按当前筛选条件），每条投诉一行。</translation>
    </message>
    <message>
        <source>This customer&apos;s card and its contacts, in the format the customer import reads.</source>
        <translation>此客户的资料卡及其联系人，格式与客户导入相同。</translation>
    </message>
    <message>
        <source>Every export is recorded in the access log with your name, the filter and the number of rows.</source>
        <translation>每次导出都会记入访问日志，包括您的姓名、筛选条件和行数。</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Headers in:</source>
        <translation>表头语言：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>card</source>
        <translation>客户资料卡</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n row(s) written</source>
        <translation>
            <numerusform>正在导出… 已写入 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>未导出任何内容：%1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>已导出 %n 行到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::HandoverWidget</name>
    <message>
        <source>Hand over</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Hand over a rep&apos;s customers</source>
        <translation>移交业务员的客户</translation>
    </message>
    <message>
        <source>When a rep leaves or changes territory, all of their customers move to another rep in one step, with their open complaints and planned visits. Interactions, orders and the change history keep who did them.</source>
        <translation>业务员离职或调动时，其全部客户连同未结投诉和已计划的拜访一次性移交给另一位业务员。互动、订单和变更记录保留原经办人。</translation>
    </message>
    <message>
        <source>From rep:</source>
        <translation>移出业务员：</translation>
    </message>
    <message>
        <source>To rep:</source>
        <translation>接收业务员：</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Choose two different reps.</source>
        <translation>请选择两位不同的业务员。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) of %1 will move to %2.</source>
        <translation>
            <numerusform>%1的 %n 个客户将移交给%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand over customers</source>
        <translation>移交客户</translation>
    </message>
    <message>
        <source>Move all customers of %1 to %2?</source>
        <translation>将 %1 的全部客户移交给 %2？</translation>
    </message>
    <message>
        <source>Nothing was moved: %1</source>
        <translation>未移交任何客户：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) handed over.</source>
        <translation>
            <numerusform>已移交 %n 个客户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ImportBatchesDialog</name>
    <message>
        <source>&amp;Undo import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Skipped / in error</source>
        <translation>跳过 / 出错</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Undoing an import deletes the cards it created, gives the cards it updated their old values and removes the contacts it added, as long as none of its customers changed since.</source>
        <translation>撤销导入会删除它新建的资料卡，把它更新过的资料卡恢复为原来的值，并删除它添加的联系人——前提是这些客户在导入之后都没有改动过。</translation>
    </message>
    <message>
        <source>Reading the imports…</source>
        <translation>正在读取导入记录…</translation>
    </message>
    <message>
        <source>No customers were imported yet.</source>
        <translation>还没有导入过客户。</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s).</source>
        <translation>
            <numerusform>共 %n 次导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message numerus="yes">
        <source>Undo import %1 (%2)? The %n customer(s) it created are deleted, the customers it updated get their old values and the contacts it added are removed.</source>
        <translation>
            <numerusform>撤销导入 %1（%2）吗？它新建的 %n 位客户将被删除，它更新过的客户恢复为原来的值，它添加的联系人将被删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing import %1…</source>
        <translation>正在撤销导入 %1…</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>导入已撤销。</translation>
    </message>
    <message>
        <source>Import %1 (%2) cannot be undone: the customer %3 was changed since (edited, given contacts, orders, visits or complaints, or deleted). An import is undone only while its customers are as it left them.</source>
        <translation>导入 %1（%2）无法撤销：客户 %3 在导入之后有改动（被编辑、添加了联系人、订单、拜访或投诉，或被删除）。只有当导入的客户仍保持导入时的样子，才能撤销。</translation>
    </message>
    <message>
        <source>Import %1 (%2) was undone already.</source>
        <translation>导入 %1（%2）已经撤销过了。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ImportCheckPage</name>
    <message>
        <source>Save problems…</source>
        <translation>保存问题清单…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Every row is checked with the card&apos;s own rules before anything is written.</source>
        <translation>写入之前，每一行都按资料卡本身的规则检查。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>%1-problems.csv</source>
        <translation>%1-问题.csv</translation>
    </message>
    <message>
        <source>Save problems</source>
        <translation>保存问题清单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The problems could not be saved to %1.</source>
        <translation>问题清单未能保存到 %1。</translation>
    </message>
    <message>
        <source>The problems were saved to %1.</source>
        <translation>问题清单已保存到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>正在检查 %n 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>无法检查该文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked in %1.</source>
        <translation>
            <numerusform>已检查 %1 中的 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers to create</source>
        <translation>将新建的客户</translation>
    </message>
    <message>
        <source>Customers to update</source>
        <translation>将更新的客户</translation>
    </message>
    <message>
        <source>Customers unchanged</source>
        <translation>无变化的客户</translation>
    </message>
    <message>
        <source>Customers skipped</source>
        <translation>跳过的客户</translation>
    </message>
    <message>
        <source>Contacts to add</source>
        <translation>将添加的联系人</translation>
    </message>
    <message>
        <source>Rows in error</source>
        <translation>出错的行</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……还有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Noticed while reading the file (nothing is refused for these):</source>
        <translation>读取文件时注意到（这些不会导致拒绝导入）：</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（文件中没有）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are in error. Correct the file and choose it again, or import the rows without errors:</source>
        <translation>
            <numerusform>有 %n 行出错。请修改文件后重新选择，或者只导入没有错误的行：</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the &amp;good rows (a customer with an error in any of its rows stays out)</source>
        <translation>导入正确的行(&amp;G)（某位客户只要有一行出错，该客户就不导入）</translation>
    </message>
    <message>
        <source>Import &amp;nothing</source>
        <translation>什么都不导入(&amp;N)</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ImportCustomersWizard</name>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ImportFilePage</name>
    <message>
        <source>This file cannot be read as an Excel workbook: it is not an .xlsx file, or it is damaged (cut short or changed).</source>
        <translation>无法把这个文件读作 Excel 工作簿：它不是 .xlsx 文件，或者已经损坏（不完整或被改动过）。</translation>
    </message>
    <message>
        <source>This file cannot be read as a CSV table: it is not text (a workbook named .csv, an old .xls, a PDF…), it is damaged, or it is not in the encoding chosen.</source>
        <translation>无法把这个文件读作 CSV 表格：它不是文本文件（例如改名为 .csv 的工作簿、旧的 .xls、PDF…），或者已经损坏，或者不是所选的编码。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file with one row per contact and a header row, such as CardDesk&apos;s own export.</source>
        <translation>Excel 工作簿（.xlsx）或 CSV 文件：第一行是表头，每个联系人一行，例如 CardDesk 自己导出的文件。</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Customer files (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;All files (*)</source>
        <translation>客户文件 (*.xlsx *.csv *.txt);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>detected: %1</source>
        <translation>检测结果：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences one after the other</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>rows read, columns</comment>
        <translation>%1，%2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>已读取 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s); the headers are in row %1.</source>
        <translation>
            <numerusform>共 %n 列；表头在第 %1 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>按 %1 读取。</translation>
    </message>
    <message numerus="yes">
        <source>%n empty row(s) skipped.</source>
        <translation>
            <numerusform>跳过了 %n 个空行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has headers but no rows to import.</source>
        <translation>文件只有表头，没有可导入的行。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <source>Which CardDesk column each column of the file fills. Your choices are remembered for files with the same headers.</source>
        <translation>文件中的每一列填入 CardDesk 的哪一列。您的选择会被记住，用于表头相同的文件。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>CardDesk column</source>
        <translation>CardDesk 列</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几行的值</translation>
    </message>
    <message>
        <source>Customers already in the office (found by code, phone or name)</source>
        <translation>办公室中已有的客户（按编号、电话或名称查找）</translation>
    </message>
    <message>
        <source>&amp;Update them: the file&apos;s non-empty values, new contacts added</source>
        <translation>更新(&amp;U)：写入文件中非空的值，并添加新的联系人</translation>
    </message>
    <message>
        <source>&amp;Skip them</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;reate a new card for every row&apos;s customer</source>
        <translation>为每行的客户新建资料卡(&amp;R)</translation>
    </message>
    <message>
        <source>(column %1, no header)</source>
        <translation>（第 %1 列，无表头）</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>“%1” and “%2” both fill the column %3: choose another column for one of them, or “(do not import)”.</source>
        <translation>“%1”和“%2”都填入列 %3：请为其中一个选择别的列，或选择“（不导入）”。</translation>
    </message>
    <message>
        <source>No column fills the customer&apos;s name or code: match one of the file&apos;s columns to “name” or “code”.</source>
        <translation>没有哪一列填入客户名称或编号：请把文件中的某一列对应到“客户名称”或“编号”。</translation>
    </message>
    <message>
        <source>These columns cannot be imported as chosen; check that no two headers fill the same column and that one fills the name or the code.</source>
        <translation>无法按所选的对应关系导入；请确认没有两个表头填入同一列，并且有一列填入客户名称或编号。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ImportResultPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The customers checked are written in one step, as one import that can be undone.</source>
        <translation>检查过的客户一次写入，作为一次可以撤销的导入。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>什么都没有导入：%1</translation>
    </message>
    <message>
        <source>Import number %1 is done.</source>
        <translation>第 %1 号导入已完成。</translation>
    </message>
    <message>
        <source>Customers created: %1</source>
        <translation>新建的客户：%1</translation>
    </message>
    <message>
        <source>Customers updated: %1</source>
        <translation>更新的客户：%1</translation>
    </message>
    <message>
        <source>Contacts added: %1</source>
        <translation>添加的联系人：%1</translation>
    </message>
    <message>
        <source>Rows skipped (customers unchanged or skipped): %1</source>
        <translation>跳过的行（客户无变化或被跳过）：%1</translation>
    </message>
    <message>
        <source>Rows in error, left out: %1</source>
        <translation>出错而未导入的行：%1</translation>
    </message>
    <message>
        <source>It can be undone as a whole from File → Imports… as long as its customers are not changed.</source>
        <translation>只要这些客户没有改动，就可以在“文件 → 导入记录…”中整体撤销这次导入。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::InteractionDialog</name>
    <message>
        <source>(no particular contact)</source>
        <translation>（不指定联系人）</translation>
    </message>
    <message>
        <source>What was discussed, what was agreed</source>
        <translation>谈了什么，约定了什么</translation>
    </message>
    <message>
        <source>Write a short summary of the interaction.</source>
        <translation>请简要填写互动摘要。</translation>
    </message>
    <message>
        <source>The interaction was not saved: %1</source>
        <translation>互动未保存：%1</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::LifecycleWidget</name>
    <message>
        <source>Plan visit…</source>
        <translation>安排拜访…</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>记录电话…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Moves of the last 7 days: into decline, lost, won back</source>
        <translation>近 7 天的阶段变化：进入退化期、流失、恢复</translation>
    </message>
    <message>
        <source>Win-back queue: declining and lost customers by value</source>
        <translation>挽回队列：按价值排序的退化期与流失客户</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue 12 m: %1</source>
        <translation>12 个月营收：%1</translation>
    </message>
    <message>
        <source>CLV 12 m: %1</source>
        <translation>12 个月 CLV：%1</translation>
    </message>
    <message>
        <source>Click to list the customers in this stage, highest value first</source>
        <translation>点击列出此阶段的客户，价值高者在前</translation>
    </message>
    <message>
        <source>The lifecycle stages cannot be read: %1</source>
        <translation>无法读取生命周期阶段：%1</translation>
    </message>
    <message>
        <source>The customers cannot be read: %1</source>
        <translation>无法读取客户：%1</translation>
    </message>
    <message>
        <source>%1: the %2 most valuable of %3 customers</source>
        <translation>%1：%3 个客户中价值最高的 %2 个</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s) by value</source>
        <translation>
            <numerusform>%1：%n 个客户，按价值排序</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers per stage at each month end</source>
        <translation>各月末各阶段客户数</translation>
    </message>
    <message>
        <source>Customers per stage at each month end, %1 – %2</source>
        <translation>各月末各阶段客户数，%1 – %2</translation>
    </message>
    <message>
        <source>Set by hand: %1</source>
        <translation>手动设定：%1</translation>
    </message>
    <message>
        <source>Visit to %1 planned for %2.</source>
        <translation>已安排于 %2 拜访 %1。</translation>
    </message>
    <message>
        <source>Call with %1 logged.</source>
        <translation>已记录与 %1 的通话。</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <source>The stages are counted by the first scoring run (Tools ▸ Rescore customers); the chart&apos;s months are replayed from the orders meanwhile</source>
        <translation>各阶段客户数由第一次评分统计（工具 ▸ 重新评分客户）；在此之前，右侧图表的各月数据由订单回放得出</translation>
    </message>
    <message>
        <source>%1: not scored yet</source>
        <translation>%1：尚未评分</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Cannot log in: %1</source>
        <translation>无法登录：%1</translation>
    </message>
    <message>
        <source>Too many failed log-ins with this user name. Wait a few minutes, then try again.</source>
        <translation>此用户名登录失败次数过多。请等几分钟后再试。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::MailingDialog</name>
    <message>
        <source>Mailing list</source>
        <translation>邮寄名单</translation>
    </message>
    <message>
        <source>For the customers the list shows: %1</source>
        <translation>对象为客户列表当前显示的客户：%1</translation>
    </message>
    <message>
        <source>Address labels (PDF)</source>
        <translation>地址标签（PDF）</translation>
    </message>
    <message>
        <source>Mailing list (Excel)</source>
        <translation>邮寄名单（Excel）</translation>
    </message>
    <message>
        <source>Make:</source>
        <translation>生成：</translation>
    </message>
    <message>
        <source>A4, %1 × %2 labels of %3 × %4 mm</source>
        <translation>A4，%1 × %2 张 %3 × %4 毫米标签</translation>
    </message>
    <message>
        <source>Label sheet:</source>
        <translation>标签纸：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>One label or row per customer, addressed to its primary contact. Contacts who asked not to be contacted are left out. The mailing is recorded in the access log.</source>
        <translation>每位客户一张标签或一行，收件人为其主要联系人。要求不再联系的联系人不列入。本次邮寄会记入访问日志。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>address-labels</source>
        <translation>地址标签</translation>
    </message>
    <message>
        <source>mailing-list</source>
        <translation>邮寄名单</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>未写入任何内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) on %1 sheet(s) written to %2.</source>
        <translation>
            <numerusform>已将 %n 张标签（%1 页）写入 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 行写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) left out: their contact asked not to be contacted.</source>
        <translation>
            <numerusform>%n 位客户未列入：其联系人要求不再联系。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::MainWindow</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer card</source>
        <translation>客户资料卡</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>客户移交</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save card</source>
        <translation>保存资料卡(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close card</source>
        <translation>关闭资料卡(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Log interaction…</source>
        <translation>记录互动(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>Customer c&amp;ard</source>
        <translation>客户资料卡(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Handover</source>
        <translation>客户移交(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CardDesk</source>
        <translation>关于 CardDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About CardDesk</source>
        <translation>关于 CardDesk</translation>
    </message>
    <message>
        <source>CardDesk %1
The customer archive of a sales office, offline, in one file.</source>
        <translation>CardDesk %1
销售办事处的客户档案，离线使用，数据保存在一个文件中。</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>CardDesk</source>
        <translation>CardDesk</translation>
    </message>
    <message>
        <source>Interaction logged.</source>
        <translation>互动已记录。</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>客户生命周期</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客户投诉</translation>
    </message>
    <message>
        <source>Scoring %p%</source>
        <translation>评分 %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling the scoring run…</source>
        <translation>正在取消评分…</translation>
    </message>
    <message>
        <source>Scored %1 customers as of %2 in %3 s.</source>
        <translation>已为 %1 位客户评分（评分日期 %2），用时 %3 秒。</translation>
    </message>
    <message>
        <source>Scoring cancelled; the previous scores are kept.</source>
        <translation>评分已取消；保留原有评分。</translation>
    </message>
    <message>
        <source>Rescore customers</source>
        <translation>重新评分客户</translation>
    </message>
    <message>
        <source>The customers could not be scored; the previous scores are kept.

%1</source>
        <translation>无法为客户评分；保留原有评分。

%1</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Lifecycle</source>
        <translation>客户生命周期(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;omplaints</source>
        <translation>客户投诉(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Rescore customers</source>
        <translation>重新评分客户(&amp;R)</translation>
    </message>
    <message>
        <source>Recompute value, churn risk and lifecycle stage of your customers as of today</source>
        <translation>以今天为评分日期，重新计算客户的价值、流失风险和生命周期阶段</translation>
    </message>
    <message>
        <source>Scoring customers as of today…</source>
        <translation>正在以今天为评分日期为客户评分…</translation>
    </message>
    <message>
        <source>The scores cannot be read: %1</source>
        <translation>无法读取评分：%1</translation>
    </message>
    <message>
        <source>Users and areas</source>
        <translation>用户与区域</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>注销(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>At least 8 characters, and not your user name. You need your current password.</source>
        <translation>至少 8 个字符，且不能与用户名相同。需要输入当前密码。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>每周检查</translation>
    </message>
    <message>
        <source>&amp;Weekly review</source>
        <translation>每周检查(&amp;W)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>The check could not run: the file cannot be opened.</source>
        <translation>无法进行检查：文件打不开。</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>数据库完好。</translation>
    </message>
    <message numerus="yes">
        <source>The database is damaged (%n problem(s) found). Stop working in it and restore the latest backup (Tools → Backups…).</source>
        <translation>
            <numerusform>数据库已损坏（发现 %n 处问题）。请停止使用，并恢复最近的备份（工具 → 备份…）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Optimize database…</source>
        <translation>优化数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Measuring the office file…</source>
        <translation>正在测量办公室文件…</translation>
    </message>
    <message>
        <source>Optimize database</source>
        <translation>优化数据库</translation>
    </message>
    <message>
        <source>The office file is %1 MB; %2 MB of it (%3%) is space left free by deleted data.</source>
        <translation>办公室文件大小为 %1 MB，其中 %2 MB（%3%）是删除数据后留下的空闲空间。</translation>
    </message>
    <message>
        <source>Optimizing refreshes the statistics that make searches fast and rewrites the file without the free space. That takes about as long as copying the file; others can keep reading meanwhile, and their saves wait until it is done.</source>
        <translation>优化会刷新使搜索保持快速的统计信息，并重写文件以去掉空闲空间。所需时间大约相当于复制一次文件；期间其他人仍可读取，他们的保存会等到优化完成。</translation>
    </message>
    <message>
        <source>Optimizing refreshes the statistics that make searches fast. The free space is too small to be worth rewriting the file.</source>
        <translation>优化会刷新使搜索保持快速的统计信息。空闲空间太少，不值得重写文件。</translation>
    </message>
    <message>
        <source>Optimize now?</source>
        <translation>现在优化吗？</translation>
    </message>
    <message>
        <source>Optimizing the office file…</source>
        <translation>正在优化办公室文件…</translation>
    </message>
    <message>
        <source>The office file was not optimized: %1</source>
        <translation>办公室文件未优化：%1</translation>
    </message>
    <message>
        <source>Done: the office file went from %1 MB to %2 MB.</source>
        <translation>完成：办公室文件从 %1 MB 缩小到 %2 MB。</translation>
    </message>
    <message>
        <source>Done: the statistics are fresh.</source>
        <translation>完成：统计信息已刷新。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日待办</translation>
    </message>
    <message>
        <source>%1 (%2, %3 overdue)</source>
        <translation>%1（%2，超期 %3）</translation>
    </message>
    <message>
        <source>&amp;Plan visit…</source>
        <translation>安排拜访(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>今日待办(&amp;T)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) due today, %1 of them overdue</source>
        <translation>
            <numerusform>今日到期 %n 项，其中超期 %1 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit to %1 planned for %2.</source>
        <translation>已安排于 %2 拜访 %1。</translation>
    </message>
    <message>
        <source>Last week&apos;s report could not be saved as PDF: %1</source>
        <translation>上周的报表未能保存为 PDF：%1</translation>
    </message>
    <message>
        <source>Last week&apos;s report was saved as %1.</source>
        <translation>上周的报表已保存为 %1。</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>查找重复客户(&amp;D)…</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>key customers</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>score filters</source>
        <translation>评分筛选</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>&amp;Mailing list…</source>
        <translation>邮寄名单(&amp;M)…</translation>
    </message>
    <message>
        <source>E&amp;xport customers…</source>
        <translation>导出客户(&amp;X)…</translation>
    </message>
    <message>
        <source>Export c&amp;ard…</source>
        <translation>导出客户资料卡(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>导入客户(&amp;I)…</translation>
    </message>
    <message>
        <source>Imp&amp;orts…</source>
        <translation>导入记录(&amp;O)…</translation>
    </message>
    <message>
        <source>Export all data of this customer…</source>
        <translation>导出此客户的全部资料…</translation>
    </message>
    <message>
        <source>P&amp;rint card…</source>
        <translation>打印资料卡(&amp;R)…</translation>
    </message>
    <message>
        <source>Card as P&amp;DF…</source>
        <translation>资料卡存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>收款计划</translation>
    </message>
    <message>
        <source>Co&amp;llections plan</source>
        <translation>收款计划(&amp;L)</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜访计划</translation>
    </message>
    <message>
        <source>V&amp;isits</source>
        <translation>拜访计划(&amp;I)</translation>
    </message>
    <message>
        <source>%1 visits planned for %2.</source>
        <translation>已安排于 %2 进行 %1 次拜访。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::MergeDialog</name>
    <message>
        <source>&amp;Keep the other card instead</source>
        <translation>改为保留另一张资料卡(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Merge two cards</source>
        <translation>合并两张资料卡</translation>
    </message>
    <message>
        <source>Reading both cards…</source>
        <translation>正在读取两张资料卡…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Kept: %1 (%2)</source>
        <translation>保留：%1（%2）</translation>
    </message>
    <message>
        <source>Merged into it: %1 (%2)</source>
        <translation>并入：%1（%2）</translation>
    </message>
    <message>
        <source>The same on both cards: %1</source>
        <translation>两张资料卡相同的字段：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>正在合并…</translation>
    </message>
    <message>
        <source>The card on the left is kept. Where the two cards differ, choose the value the kept card ends with. Contacts, orders, receivables, payments, interactions, visits, complaints, satisfaction surveys and the lifecycle history of the other card move to the kept card; the other card is removed. A merge can be undone as long as the kept card is not changed afterwards.</source>
        <translation>保留左边的资料卡。两张资料卡不同的字段，请选择保留的资料卡最终使用哪个值。另一张资料卡的联系人、订单、应收账款、付款、互动、拜访、投诉、满意度调查和生命周期历史都转到保留的资料卡上，另一张资料卡随后删除。只要保留的资料卡之后未被修改，合并可以撤销。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::OfficeRestore</name>
    <message>
        <source>The office is open in another CardDesk window or in carddesk-cli. Close it there and try again.</source>
        <translation>办公室正在另一个 CardDesk 窗口或 carddesk-cli 中打开。请先关闭后再试。</translation>
    </message>
    <message>
        <source>The backup could not be put in place.</source>
        <translation>无法用备份替换办公室文件。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The office was not restored from %1: %2

The office is unchanged.</source>
        <translation>办公室没有从 %1 恢复：%2

办公室数据保持不变。</translation>
    </message>
    <message>
        <source>The office was restored from %1. The office as it was is kept as %2.</source>
        <translation>已从 %1 恢复办公室。恢复前的办公室文件保留为 %2。</translation>
    </message>
    <message>
        <source>The passphrase of the encrypted backup is wrong.</source>
        <translation>加密备份的口令错误。</translation>
    </message>
    <message>
        <source>The backup is damaged or was altered, is not a CardDesk office, or comes from a newer CardDesk.</source>
        <translation>备份已损坏或被改动过，不是 CardDesk 的办公室文件，或来自更新版本的 CardDesk。</translation>
    </message>
    <message>
        <source>The backup has no active administrator named %1, so the restored office would lock you out. It may be another office&apos;s backup.</source>
        <translation>该备份中没有名为 %1 的有效管理员，恢复后您将无法登录。它可能是另一个办公室的备份。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::OrderDialog</name>
    <message>
        <source>&amp;Add line</source>
        <translation>添加明细(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>删除明细(&amp;R)</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新订单</translation>
    </message>
    <message>
        <source>yyyy-mm-dd, 12/9 or -1</source>
        <translation>yyyy-mm-dd、12/9 或 -1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after the order date</source>
        <translation>
            <numerusform>订单日期后 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation>例如：10</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Order &amp;date:</source>
        <translation>订单日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Order &amp;no.:</source>
        <translation>订单号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unit price:</source>
        <translation>单价(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Invoice no.:</source>
        <translation>发票号(&amp;I)：</translation>
    </message>
    <message>
        <source>Du&amp;e date:</source>
        <translation>到期日(&amp;E)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>The product list is empty: a manager adds products before orders can be entered.</source>
        <translation>产品目录为空：须由经理先添加产品，才能录入订单。</translation>
    </message>
    <message>
        <source>Choose a product.</source>
        <translation>请选择产品。</translation>
    </message>
    <message>
        <source>The quantity must be a number more than 0.</source>
        <translation>数量必须是大于 0 的数字。</translation>
    </message>
    <message>
        <source>The unit price must be a number, 0 or more.</source>
        <translation>单价必须是不小于 0 的数字。</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>An order needs at least one line: choose a product and type the quantity.</source>
        <translation>订单至少需要一行明细：请选择产品并输入数量。</translation>
    </message>
    <message>
        <source>The order date is not a date; type it as 2026-12-09, 12/9 or -1.</source>
        <translation>订单日期不是有效日期；请按 2026-12-09、12/9 或 -1 的格式输入。</translation>
    </message>
    <message>
        <source>The due date is not a date; type it as 2026-12-09, 12/9 or +30.</source>
        <translation>到期日不是有效日期；请按 2026-12-09、12/9 或 +30 的格式输入。</translation>
    </message>
    <message>
        <source>The order could not be saved: %1</source>
        <translation>订单未能保存：%1</translation>
    </message>
    <message>
        <source>This order of %1 takes the open receivables from %2 to %3, above the credit limit of %4 (credit rating %5).</source>
        <translation>本订单金额 %1，将使未付应收款从 %2 增至 %3，超出信用额度 %4（信用等级 %5）。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设定</translation>
    </message>
    <message numerus="yes">
        <source>The customer has %n overdue receivable(s) of %1 in all.</source>
        <translation>
            <numerusform>该客户有 %n 笔逾期应收款，共计 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>To enter the order anyway, give the reason (it is kept in the change history):</source>
        <translation>如仍要录入此订单，请填写原因（原因将记入变更记录）：</translation>
    </message>
    <message>
        <source>Credit warning</source>
        <translation>信用警告</translation>
    </message>
    <message>
        <source>The order was not saved: a reason is required to exceed the credit limit or to sell with overdue receivables.</source>
        <translation>订单未保存：超出信用额度或在有逾期应收款时销售，必须填写原因。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::OrdersTab</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Products held</source>
        <translation>持有产品</translation>
    </message>
    <message>
        <source>The orders cannot be read: %1</source>
        <translation>无法读取订单：%1</translation>
    </message>
    <message numerus="yes">
        <source>Orders: %n, total %1</source>
        <translation>
            <numerusform>订单：%n 笔，合计 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>新订单(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Void order…</source>
        <translation>作废订单(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Edit order…</source>
        <translation>修改订单(&amp;E)…</translation>
    </message>
    <message>
        <source>Order of %1 saved above the credit warning; the reason is in the change history.</source>
        <translation>金额 %1 的订单已在信用警告后保存；原因已记入变更记录。</translation>
    </message>
    <message>
        <source>Order of %1 saved.</source>
        <translation>金额 %1 的订单已保存。</translation>
    </message>
    <message>
        <source>Edit order</source>
        <translation>修改订单</translation>
    </message>
    <message>
        <source>The order cannot be read: %1</source>
        <translation>无法读取订单：%1</translation>
    </message>
    <message>
        <source>Order changed.</source>
        <translation>订单已修改。</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>Void order</source>
        <translation>作废订单</translation>
    </message>
    <message>
        <source>Void the order %1? It leaves the trade history with its invoice; the change history keeps it. Why is it voided?</source>
        <translation>作废订单 %1 吗？该订单及其发票将从交易记录中移除，变更记录中仍会保留。作废原因是什么？</translation>
    </message>
    <message>
        <source>The order was not voided: %1</source>
        <translation>订单未作废：%1</translation>
    </message>
    <message>
        <source>Order voided.</source>
        <translation>订单已作废。</translation>
    </message>
    <message>
        <source>(imported from an orders file)</source>
        <translation>（从订单文件导入）</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::PassphraseDialog</name>
    <message>
        <source>Encrypted backup</source>
        <translation>加密备份</translation>
    </message>
    <message>
        <source>Restore an encrypted backup</source>
        <translation>恢复加密备份</translation>
    </message>
    <message>
        <source>This office&apos;s backups are encrypted. Choose a passphrase for this backup: it is not stored anywhere, and without it the backup cannot be restored.</source>
        <translation>本办公室的备份是加密的。请为这份备份设定口令：口令不会保存在任何地方，没有它就无法恢复这份备份。</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted. Type the passphrase it was made with.</source>
        <translation>备份 %1 已加密。请输入备份时设定的口令。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>两次输入的口令不一致，请输入相同的口令。</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::PasswordDialog</name>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::PaymentDialog</name>
    <message>
        <source>Record payment</source>
        <translation>登记收款</translation>
    </message>
    <message>
        <source>yyyy-mm-dd, 12/9 or -1</source>
        <translation>yyyy-mm-dd、12/9 或 -1</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>刷卡</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>(no number)</source>
        <translation>（无编号）</translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation>发票：</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1，%2 到期</translation>
    </message>
    <message>
        <source>Amount invoiced:</source>
        <translation>开票金额：</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>未付：</translation>
    </message>
    <message>
        <source>&amp;Amount paid:</source>
        <translation>收款金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Date paid:</source>
        <translation>收款日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>付款方式(&amp;M)：</translation>
    </message>
    <message>
        <source>The amount is not a number.</source>
        <translation>金额不是数字。</translation>
    </message>
    <message>
        <source>A payment must be more than 0.</source>
        <translation>收款金额必须大于 0。</translation>
    </message>
    <message>
        <source>A payment of %1 is more than the %2 still open.</source>
        <translation>收款 %1 超过了未付金额 %2。</translation>
    </message>
    <message>
        <source>The date is not a date; type it as 2026-12-09, 12/9 or -1.</source>
        <translation>日期无效；请按 2026-12-09、12/9 或 -1 的格式输入。</translation>
    </message>
    <message>
        <source>The payment could not be recorded: %1</source>
        <translation>收款未能登记：%1</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ReassignDialog</name>
    <message>
        <source>Reassign customer</source>
        <translation>重新分配客户</translation>
    </message>
    <message>
        <source>The customer, with its open complaints and planned visits, moves to the rep you choose. The history of the card stays as it is.</source>
        <translation>客户连同未结投诉和已计划的拜访将转给您选择的业务员，资料卡的历史记录保持不变。</translation>
    </message>
    <message>
        <source>New rep:</source>
        <translation>新业务员：</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ReceivablesTab</name>
    <message>
        <source>Invoice</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未付</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The receivables cannot be read: %1</source>
        <translation>无法读取应收账款：%1</translation>
    </message>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Open: %1    Overdue: %2</source>
        <translation>未付：%1    逾期：%2</translation>
    </message>
    <message>
        <source>Receivables (overdue)</source>
        <translation>应收账款（逾期）</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>登记收款(&amp;P)…</translation>
    </message>
    <message>
        <source>Choose a receivable with money still open.</source>
        <translation>请选择一笔尚有未付金额的应收款。</translation>
    </message>
    <message>
        <source>Payment of %1 recorded.</source>
        <translation>已登记收款 %1。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::SatisfactionDialog</name>
    <message>
        <source>Customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source> of 5</source>
        <translation> / 5</translation>
    </message>
    <message>
        <source>What the customer said about the resolution</source>
        <translation>客户对处理结果的评价</translation>
    </message>
    <message>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>评价：</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::SatisfactionPanel</name>
    <message>
        <source>Satisfied and loyal</source>
        <translation>满意且忠诚</translation>
    </message>
    <message>
        <source>Satisfied, one purchase</source>
        <translation>满意，仅购买一次</translation>
    </message>
    <message>
        <source>Satisfied but leaving</source>
        <translation>满意但在流失</translation>
    </message>
    <message>
        <source>Dissatisfied but staying</source>
        <translation>不满意但仍在购买</translation>
    </message>
    <message>
        <source>Dissatisfied, one purchase</source>
        <translation>不满意，仅购买一次</translation>
    </message>
    <message>
        <source>Dissatisfied and leaving</source>
        <translation>不满意且在流失</translation>
    </message>
    <message>
        <source>Loyal customers: keep them close, ask them for referrals.</source>
        <translation>忠诚客户：保持密切联系，请他们介绍新客户。</translation>
    </message>
    <message>
        <source>Pleased after one purchase: follow up and win the second order.</source>
        <translation>首次购买后满意：及时跟进，争取第二笔订单。</translation>
    </message>
    <message>
        <source>Satisfied, yet buying less or no more: satisfaction alone does not hold them; ask what the competitors offer.</source>
        <translation>虽然满意，却买得更少或不再购买：仅靠满意留不住他们，请了解竞争对手提供了什么。</translation>
    </message>
    <message>
        <source>Still buying although dissatisfied (hostages): they leave once they can; fix the cause now.</source>
        <translation>虽不满意却仍在购买（“人质”型客户）：一有机会就会离开，请立即解决问题根源。</translation>
    </message>
    <message>
        <source>Dissatisfied after the first purchase: without a remedy there will be no second order.</source>
        <translation>首次购买后不满意：不加补救就不会有第二笔订单。</translation>
    </message>
    <message>
        <source>Dissatisfied and leaving: find out why; win back the valuable ones.</source>
        <translation>不满意且在流失：查明原因，挽回有价值的客户。</translation>
    </message>
    <message>
        <source>Satisfaction and loyalty</source>
        <translation>满意度与忠诚度</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Latest survey</source>
        <translation>最近调查</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>重复购买次数</translation>
    </message>
    <message>
        <source>Still buying</source>
        <translation>仍在购买</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Loyal
(buys again)</source>
        <translation>忠诚
（重复购买）</translation>
    </message>
    <message>
        <source>One purchase
so far</source>
        <translation>目前仅
购买一次</translation>
    </message>
    <message>
        <source>Leaving
(decline, lost)</source>
        <translation>流失中
（退化、流失）</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Double-click a customer to open the card.</source>
        <translation>双击客户即可打开资料卡。</translation>
    </message>
    <message>
        <source>The satisfaction cannot be read: %1</source>
        <translation>无法读取满意度：%1</translation>
    </message>
    <message>
        <source>%1 of %2 customers rated by a survey or after a closed complaint; %3 of them have no orders or no score yet and are not placed. Satisfied: the latest survey&apos;s mean, averaged with the satisfaction of later closed complaints, at least %4 of 5. Loyalty: repeat purchases and the lifecycle stage.</source>
        <translation>%2 位客户中有 %1 位通过满意度调查或已关闭投诉给出了满意度；其中 %3 位尚无订单或尚未评分，未计入矩阵。满意：最近一次调查的平均分与之后已关闭投诉的满意度再取平均，至少 %4 分（满分 5 分）。忠诚度：依据重复购买和生命周期阶段。</translation>
    </message>
    <message>
        <source>No customer has been asked about their satisfaction yet. Record surveys on the customer cards (tab Satisfaction).</source>
        <translation>尚未向任何客户调查满意度。请在客户资料卡的“满意度”标签页中记录调查。</translation>
    </message>
    <message>
        <source>complaints only</source>
        <translation>仅有投诉评价</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ServiceHistoryTab</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>记录互动…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Plan visit…</source>
        <translation>安排拜访…</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Complaint status</source>
        <translation>投诉状态</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Card change</source>
        <translation>资料变更</translation>
    </message>
    <message>
        <source>The service history cannot be read: %1</source>
        <translation>无法读取服务历史：%1</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Product %1, service %2, staff %3, image %4</source>
        <translation>产品 %1，服务 %2，员工 %3，形象 %4</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::SettingsWidget</name>
    <message>
        <source>Deadline of a level %1 complaint (days):</source>
        <translation>%1 级投诉的处理期限（天）：</translation>
    </message>
    <message>
        <source>Days past the deadline before it goes to the administrator:</source>
        <translation>超过期限多少天后升级到管理员：</translation>
    </message>
    <message>
        <source>A class: the customers making this share of revenue:</source>
        <translation>A 类：贡献这一收入比例的客户：</translation>
    </message>
    <message>
        <source>B class up to this share of revenue:</source>
        <translation>B 类：累计收入比例上限：</translation>
    </message>
    <message>
        <source>Revenue window for ABC (months, 0 = all history):</source>
        <translation>ABC 分类的收入期间（月，0 = 全部历史）：</translation>
    </message>
    <message>
        <source>Rescore at start when the scores are older than (hours):</source>
        <translation>启动时评分超过多少小时即重新评分：</translation>
    </message>
    <message>
        <source>Backup folder (empty: “backups” beside the office file):</source>
        <translation>备份文件夹（留空：办公室文件旁的“backups”）：</translation>
    </message>
    <message>
        <source>Daily backups kept:</source>
        <translation>保留的每日备份数：</translation>
    </message>
    <message>
        <source>Weekly backups kept:</source>
        <translation>保留的每周备份数：</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>保存设置(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>客户投诉</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>没有需要保存的修改。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The settings were saved; they apply from now on.</source>
        <translation>设置已保存，即时生效。</translation>
    </message>
    <message>
        <source>Only the administrator may change the settings.</source>
        <translation>只有管理员可以修改设置。</translation>
    </message>
    <message>
        <source>The B class share must be above the A class share. Nothing was saved.</source>
        <translation>B 类的收入比例必须高于 A 类。没有保存任何修改。</translation>
    </message>
    <message>
        <source>The backup folder must be a full path to a local folder you can write to. Nothing was saved.</source>
        <translation>备份文件夹必须是可写入的本地文件夹的完整路径。没有保存任何修改。</translation>
    </message>
    <message>
        <source>“%1” is out of range. Nothing was saved.</source>
        <translation>“%1”超出允许范围。没有保存任何修改。</translation>
    </message>
    <message>
        <source>Weeks in reports begin on:</source>
        <translation>报表中每周的第一天：</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Weekly report PDFs saved in (empty: none):</source>
        <translation>每周报表 PDF 保存到（留空：不保存）：</translation>
    </message>
    <message>
        <source>Report folder</source>
        <translation>报表文件夹</translation>
    </message>
    <message>
        <source>May export data to files (Excel, CSV):</source>
        <translation>可将数据导出为文件（Excel、CSV）：</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>数据导出</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Remind of:</source>
        <translation>提醒内容：</translation>
    </message>
    <message>
        <source>Birthdays, days ahead:</source>
        <translation>生日提前天数：</translation>
    </message>
    <message>
        <source>Founding anniversaries, days ahead:</source>
        <translation>成立周年提前天数：</translation>
    </message>
    <message>
        <source>Holiday greetings, days ahead:</source>
        <translation>节日问候提前天数：</translation>
    </message>
    <message>
        <source>Holidays greeted:</source>
        <translation>问候的节日：</translation>
    </message>
    <message>
        <source>Key customers not contacted for (days):</source>
        <translation>重点客户未联系天数达到：</translation>
    </message>
    <message>
        <source>Care reminders</source>
        <translation>客户关怀提醒</translation>
    </message>
    <message>
        <source>Cross-selling: least share of customers holding both products:</source>
        <translation>交叉销售：同时持有两种产品的客户最低占比：</translation>
    </message>
    <message>
        <source>Cross-selling: least share of holders of the first who also hold the second:</source>
        <translation>交叉销售：持有前者的客户中也持有后者的最低占比：</translation>
    </message>
    <message>
        <source>Customer equity: months valued ahead:</source>
        <translation>客户资产：计算未来几个月：</translation>
    </message>
    <message>
        <source>Customer equity: discount rate per month (0.01 = 1%):</source>
        <translation>客户资产：月折现率（0.01 = 1%）：</translation>
    </message>
    <message>
        <source>Encrypt backups with a passphrase:</source>
        <translation>用口令加密备份：</translation>
    </message>
    <message>
        <source>Cards not changed for this long count as not touched (days):</source>
        <translation>资料卡多久未更新算作未维护（天）：</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::SnoozeDialog</name>
    <message>
        <source>Snooze reminder</source>
        <translation>推迟提醒</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>e.g. on a business trip until Monday</source>
        <translation>例如：出差到周一</translation>
    </message>
    <message>
        <source>Remind again in:</source>
        <translation>再次提醒于：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Say why the reminder is put off.</source>
        <translation>请说明推迟提醒的原因。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::StageCustomerModel</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>CLV 12 m</source>
        <translation>12 个月 CLV</translation>
    </message>
    <message>
        <source>Revenue 12 m</source>
        <translation>12 个月营收</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近订单</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Churn reasons</source>
        <translation>流失原因</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::StageDialog</name>
    <message>
        <source>Set stage</source>
        <translation>设定阶段</translation>
    </message>
    <message>
        <source>Why the scoring&apos;s stage is not right for this customer</source>
        <translation>为什么评分得出的阶段不适合此客户</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Give the reason for setting the stage by hand.</source>
        <translation>请填写手动设定阶段的原因。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::StageHistoryPanel</name>
    <message>
        <source>Set stage…</source>
        <translation>设定阶段…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原阶段</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>The stage history cannot be read: %1</source>
        <translation>无法读取阶段历史：%1</translation>
    </message>
    <message>
        <source>Set by hand: %1</source>
        <translation>手动设定：%1</translation>
    </message>
    <message>
        <source>scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Current stage: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>当前阶段：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The card was changed by someone else at the same moment; the stage was not set. Open the card again and retry.</source>
        <translation>资料卡同时被他人修改，阶段未设定。请重新打开资料卡后再试。</translation>
    </message>
    <message>
        <source>The stage could not be set: %1</source>
        <translation>无法设定阶段：%1</translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>设定阶段</translation>
    </message>
    <message>
        <source>Stage set to %1.</source>
        <translation>阶段已设为“%1”。</translation>
    </message>
    <message>
        <source>order history</source>
        <translation>订单记录</translation>
    </message>
    <message>
        <source>No stage yet: the customer has no order.</source>
        <translation>尚无阶段：该客户还没有订单。</translation>
    </message>
    <message>
        <source>Current stage: &lt;b&gt;%1&lt;/b&gt; (from the order history; not scored yet)</source>
        <translation>当前阶段：&lt;b&gt;%1&lt;/b&gt;（由订单记录推算，尚未评分）</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::SurveyDialog</name>
    <message>
        <source>Edit satisfaction survey</source>
        <translation>编辑满意度调查</translation>
    </message>
    <message>
        <source>Record satisfaction survey</source>
        <translation>记录满意度调查</translation>
    </message>
    <message>
        <source>Survey date:</source>
        <translation>调查日期：</translation>
    </message>
    <message>
        <source>(no particular contact)</source>
        <translation>（无特定联系人）</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>联系人 %1</translation>
    </message>
    <message>
        <source>Answered by:</source>
        <translation>答复人：</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>服务：</translation>
    </message>
    <message>
        <source>Staff:</source>
        <translation>员工：</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>企业形象：</translation>
    </message>
    <message>
        <source>1 very dissatisfied · 3 neutral · 5 very satisfied</source>
        <translation>1 很不满意 · 3 一般 · 5 很满意</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>客户的原话</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <source>The contact is not one of this customer&apos;s contacts; choose one of the list.</source>
        <translation>该联系人不是此客户的联系人，请从列表中选择。</translation>
    </message>
    <message>
        <source>The survey date must be a day up to today.</source>
        <translation>调查日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Each score must be a whole number from 1 to 5.</source>
        <translation>每项评分必须是 1 到 5 之间的整数。</translation>
    </message>
    <message>
        <source>The comment cannot be stored: %1</source>
        <translation>无法保存意见：%1</translation>
    </message>
    <message>
        <source>Someone changed this survey meanwhile. Close the dialog and open the survey again.</source>
        <translation>他人已同时修改了这份调查。请关闭对话框后重新打开。</translation>
    </message>
    <message>
        <source>The survey was not saved: %1</source>
        <translation>调查未能保存：%1</translation>
    </message>
    <message>
        <source>Type the day of the survey, e.g. %1.</source>
        <translation>请输入调查日期，例如 %1。</translation>
    </message>
    <message>
        <source>“%1” is not a date; type the day of the survey, e.g. %2.</source>
        <translation>“%1”不是日期，请输入调查日期，例如 %2。</translation>
    </message>
    <message>
        <source>The survey date %1 is in the future; record a survey once the customer has answered it.</source>
        <translation>调查日期 %1 是将来的日期；请在客户答复后再记录调查。</translation>
    </message>
    <message>
        <source>Type the product score as a whole number from 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation>产品满意度请填写 1（很不满意）到 5（很满意）之间的整数。</translation>
    </message>
    <message>
        <source>Type the service score as a whole number from 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation>服务满意度请填写 1（很不满意）到 5（很满意）之间的整数。</translation>
    </message>
    <message>
        <source>Type the staff score as a whole number from 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation>员工满意度请填写 1（很不满意）到 5（很满意）之间的整数。</translation>
    </message>
    <message>
        <source>Type the image score as a whole number from 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation>企业形象满意度请填写 1（很不满意）到 5（很满意）之间的整数。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::SurveysTab</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>答复人</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>企业形象</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Record survey…</source>
        <translation>记录调查…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The satisfaction surveys cannot be read: %1</source>
        <translation>无法读取满意度调查：%1</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>No closed complaint with the customer&apos;s satisfaction.</source>
        <translation>没有带客户满意度评价的已关闭投诉。</translation>
    </message>
    <message numerus="yes">
        <source>Satisfaction after %n closed complaint(s): mean %1 of 5 (latest %2).</source>
        <translation>
            <numerusform>%n 次已关闭投诉后的满意度：平均 %1 分（满分 5 分，最近一次 %2 分）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Satisfaction (%1)</source>
        <translation>满意度（%1）</translation>
    </message>
    <message>
        <source>Satisfaction survey saved.</source>
        <translation>满意度调查已保存。</translation>
    </message>
    <message>
        <source>Delete survey</source>
        <translation>删除调查</translation>
    </message>
    <message>
        <source>Delete the satisfaction survey of %1?</source>
        <translation>删除 %1 的满意度调查？</translation>
    </message>
    <message>
        <source>The survey was not deleted: %1</source>
        <translation>调查未能删除：%1</translation>
    </message>
    <message>
        <source>Satisfaction survey deleted.</source>
        <translation>满意度调查已删除。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::TodayWidget</name>
    <message>
        <source>Open card</source>
        <translation>打开客户卡片</translation>
    </message>
    <message>
        <source>Log call…</source>
        <translation>记录电话…</translation>
    </message>
    <message>
        <source>Complete visit…</source>
        <translation>完成拜访…</translation>
    </message>
    <message>
        <source>Cancel visit…</source>
        <translation>取消拜访…</translation>
    </message>
    <message>
        <source>Plan visit…</source>
        <translation>安排拜访…</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message>
        <source>Agenda of:</source>
        <translation>查看谁的待办：</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 已超期</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>待跟进</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Complaints near or past their deadline</source>
        <translation>临近或超过期限的投诉</translation>
    </message>
    <message>
        <source>Receivables due within 14 days or overdue</source>
        <translation>14 天内到期或已超期的应收款</translation>
    </message>
    <message>
        <source>Valuable customers slipping</source>
        <translation>重要客户流失预警</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The agenda cannot be read: %1</source>
        <translation>无法读取待办事项：%1</translation>
    </message>
    <message>
        <source>In decline</source>
        <translation>处于退化期</translation>
    </message>
    <message>
        <source>High churn risk</source>
        <translation>流失风险高</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>发票 %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3 overdue)</source>
        <translation>%1（%2，超期 %3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>今天没有到期事项。</translation>
    </message>
    <message>
        <source>Call with %1 logged.</source>
        <translation>已记录与 %1 的通话。</translation>
    </message>
    <message>
        <source>Visit to %1 completed and logged.</source>
        <translation>对 %1 的拜访已完成并记录。</translation>
    </message>
    <message>
        <source>Visit to %1 cancelled.</source>
        <translation>对 %1 的拜访已取消。</translation>
    </message>
    <message>
        <source>Visit to %1 planned for %2.</source>
        <translation>已安排于 %2 拜访 %1。</translation>
    </message>
    <message>
        <source>… and %1 more (the earliest due are shown)</source>
        <translation>……另有 %1 项（只显示最早到期的）</translation>
    </message>
    <message>
        <source>Visit sheet</source>
        <translation>拜访单</translation>
    </message>
    <message>
        <source>Print today&apos;s visits…</source>
        <translation>打印今天的拜访…</translation>
    </message>
    <message>
        <source>Today&apos;s visits as PDF…</source>
        <translation>今天的拜访存为 PDF…</translation>
    </message>
    <message>
        <source>Print this week&apos;s visits…</source>
        <translation>打印本周的拜访…</translation>
    </message>
    <message>
        <source>This week&apos;s visits as PDF…</source>
        <translation>本周的拜访存为 PDF…</translation>
    </message>
    <message>
        <source>The cards of the customers to visit, with contacts, recent interactions, open complaints, receivables and scores, to print or save as a PDF</source>
        <translation>要拜访客户的资料卡（联系人、最近互动、未结投诉、应收账款和评分），可打印或存为 PDF</translation>
    </message>
    <message>
        <source>Log greeting…</source>
        <translation>记录问候…</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>推迟…</translation>
    </message>
    <message>
        <source>Care reminders</source>
        <translation>客户关怀</translation>
    </message>
    <message>
        <source>Greeting to %1 logged; the reminder is done.</source>
        <translation>已记录对%1的问候，该提醒已完成。</translation>
    </message>
    <message>
        <source>Snooze reminder</source>
        <translation>推迟提醒</translation>
    </message>
    <message>
        <source>The reminder was not snoozed: %1</source>
        <translation>提醒未推迟：%1</translation>
    </message>
    <message>
        <source>Reminder about %1 snoozed until %2.</source>
        <translation>关于%1的提醒已推迟到 %2。</translation>
    </message>
    <message>
        <source>Nothing due today for you; pick a rep to see their day.</source>
        <translation>你今天没有到期事项；在右侧选择业务员可查看其待办。</translation>
    </message>
    <message>
        <source>Complaints escalated to you</source>
        <translation>升级到您的投诉</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::UserDialog</name>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>letters, digits, . _ -  (used to log in)</source>
        <translation>字母、数字、. _ -（用于登录）</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>A rep or manager needs an area: add an area first.</source>
        <translation>业务员或主管必须属于一个区域：请先添加区域。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::UsersWidget</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>改名(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Rena&amp;me area…</source>
        <translation>区域改名(&amp;M)…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Add a&amp;rea…</source>
        <translation>添加区域(&amp;R)…</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message numerus="yes">
        <source>Inactive: %n customer(s) need a handover</source>
        <translation>
            <numerusform>已停用：%n 位客户待移交</numerusform>
        </translation>
    </message>
    <message>
        <source>The users could not be read: %1</source>
        <translation>无法读取用户：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n inactive user(s) still own customers: hand them over on the Handover page.</source>
        <translation>
            <numerusform>%n 位已停用的用户仍有客户：请在“客户移交”页面移交。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>共 %n 位用户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <source>Only the administrator may change users and areas.</source>
        <translation>只有管理员可以修改用户和区域。</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters and must not be the user name.</source>
        <translation>密码至少需要 8 个字符，且不能与用户名相同。</translation>
    </message>
    <message>
        <source>The user name must be 2 to 32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and no other user may have it.</source>
        <translation>用户名须为 2 到 32 个字母、数字、“.”、“_”或“-”，且不能与其他用户重复。</translation>
    </message>
    <message>
        <source>The name needs 1 to 64 characters.</source>
        <translation>姓名需要 1 到 64 个字符。</translation>
    </message>
    <message>
        <source>A rep or a manager needs an area.</source>
        <translation>业务员或主管必须属于一个区域。</translation>
    </message>
    <message>
        <source>The area needs a name that no other area has.</source>
        <translation>区域名称不能为空，也不能与其他区域重复。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The office is busy with another change; try again in a moment.</source>
        <translation>办公室数据正在进行其他修改，请稍后再试。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Users and areas</source>
        <translation>用户与区域</translation>
    </message>
    <message>
        <source>Rename user</source>
        <translation>用户改名</translation>
    </message>
    <message>
        <source>Name of %1:</source>
        <translation>%1 的姓名：</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer log in.</source>
        <translation>停用 %1 吗？停用后将无法登录。</translation>
    </message>
    <message numerus="yes">
        <source>Their %n customer(s) stay theirs until a manager hands them over.</source>
        <translation>
            <numerusform>其名下的 %n 位客户会保留，直到主管完成移交。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>添加区域</translation>
    </message>
    <message>
        <source>Name of the new area:</source>
        <translation>新区域的名称：</translation>
    </message>
    <message>
        <source>Rename area</source>
        <translation>区域改名</translation>
    </message>
    <message>
        <source>New name of %1:</source>
        <translation>%1 的新名称：</translation>
    </message>
    <message>
        <source>A new password for %1. Tell it to them in person; at their next log-in they must replace it with a password of their own.</source>
        <translation>为 %1 设置新密码。请当面告诉对方；对方下次登录时必须换成自己的密码。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have no rep: choose &quot;(no rep)&quot; in the customer list&apos;s rep filter to see them and give each one a rep from its card.</source>
        <translation>
            <numerusform>%n 位客户没有业务员：在客户列表的业务员筛选中选“（无业务员）”即可看到，再在各自的资料卡上指定业务员。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::ValueRiskPanel</name>
    <message>
        <source>Value and risk</source>
        <translation>价值与风险</translation>
    </message>
    <message>
        <source>Not scored yet. Use Tools → Rescore customers to compute value and churn risk.</source>
        <translation>尚未评分。请使用“工具 → 重新评分客户”计算价值和流失风险。</translation>
    </message>
    <message>
        <source>ABC class:</source>
        <translation>ABC 分类：</translation>
    </message>
    <message>
        <source>Value (CLV 12 m):</source>
        <translation>价值（12 个月 CLV）：</translation>
    </message>
    <message>
        <source>Still buying:</source>
        <translation>仍在购买：</translation>
    </message>
    <message>
        <source>RFM segment:</source>
        <translation>RFM 细分：</translation>
    </message>
    <message>
        <source>Lifecycle stage:</source>
        <translation>生命周期阶段：</translation>
    </message>
    <message>
        <source>Churn risk:</source>
        <translation>流失风险：</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Advice:</source>
        <translation>建议：</translation>
    </message>
    <message>
        <source>The scores cannot be read: %1</source>
        <translation>无法读取评分：%1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not classified (no orders)</source>
        <translation>未分类（无订单）</translation>
    </message>
    <message>
        <source>%1 (%2 per order)</source>
        <translation>%1（每单 %2）</translation>
    </message>
    <message>
        <source>%1% likely, %2 orders expected in 26 weeks</source>
        <translation>可能性 %1%，预计 26 周内下单 %2 次</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Scored as of %1.</source>
        <translation>评分日期：%1。</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Keep the status as it is; this correction is not offered again while it stays.</source>
        <translation>保持现有状态；状态不变期间不再提示此更正。</translation>
    </message>
    <message>
        <source>with a single purchase the model has little to go on</source>
        <translation>只有一次购买，模型依据不足</translation>
    </message>
    <message>
        <source>the model weighs the %1 purchases more than the silence since</source>
        <translation>模型更看重此前的 %1 次购买，而不是之后的沉寂</translation>
    </message>
    <message>
        <source>Lost: no order for %1 days although the chance the customer still buys is %2% (%3).</source>
        <translation>已流失：已有 %1 天没有订单，尽管客户仍在购买的可能性为 %2%（%3）。</translation>
    </message>
    <message>
        <source>In decline: no order for %1 days although the chance the customer still buys is %2% (%3).</source>
        <translation>退化期：已有 %1 天没有订单，尽管客户仍在购买的可能性为 %2%（%3）。</translation>
    </message>
    <message>
        <source>The stage says active although the chance the customer still buys is only %1% (last order %2 days ago).</source>
        <translation>阶段显示仍在往来，但客户仍在购买的可能性只有 %1%（上次订单在 %2 天前）。</translation>
    </message>
    <message>
        <source>The status says potential although the customer has ordered (last order %1 days ago).</source>
        <translation>状态为“潜在客户”，但该客户已经下过订单（上次订单在 %1 天前）。</translation>
    </message>
    <message>
        <source>The status says current customer although there is no order.</source>
        <translation>状态为“现有客户”，但没有任何订单。</translation>
    </message>
    <message>
        <source>The status says current customer although the stage is lost (no order for %1 days).</source>
        <translation>状态为“现有客户”，但生命周期阶段为流失（已有 %1 天没有订单）。</translation>
    </message>
    <message>
        <source>The status says lost although the customer ordered %1 days ago.</source>
        <translation>状态为“流失客户”，但该客户在 %1 天前还下过订单。</translation>
    </message>
    <message>
        <source>Change status to “%1”</source>
        <translation>将状态改为“%1”</translation>
    </message>
    <message>
        <source>The card was changed meanwhile; the status was not corrected. Look at it again.</source>
        <translation>卡片在此期间已被修改，状态未更正。请重新查看。</translation>
    </message>
    <message>
        <source>The status could not be corrected: %1</source>
        <translation>无法更正状态：%1</translation>
    </message>
    <message>
        <source>Status changed to “%1”.</source>
        <translation>状态已改为“%1”。</translation>
    </message>
    <message>
        <source>The status correction was dismissed.</source>
        <translation>已忽略此状态更正。</translation>
    </message>
    <message>
        <source>The correction could not be dismissed: %1</source>
        <translation>无法忽略此更正：%1</translation>
    </message>
    <message>
        <source>The scoring as of %1 does not know this card&apos;s latest orders, so its days without an order and its stage are out of date. Tools → Rescore customers brings them up to date.</source>
        <translation>截至 %1 的评分不知道这张卡最近的订单，因此其中的未下单天数和生命周期阶段已过时。请使用“工具 → 重新评分客户”更新。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::VisitListModel</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Result or reason</source>
        <translation>结果或取消原因</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::VisitOutcomeDialog</name>
    <message>
        <source>Complete visit</source>
        <translation>完成拜访</translation>
    </message>
    <message>
        <source>What came of the visit (required)</source>
        <translation>拜访结果（必填）</translation>
    </message>
    <message>
        <source>e.g. send the quotation</source>
        <translation>例如：发送报价单</translation>
    </message>
    <message>
        <source>yyyy-mm-dd, or empty</source>
        <translation>年-月-日，或留空</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>Follow up on:</source>
        <translation>跟进日期：</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Write down what came of the visit.</source>
        <translation>请填写拜访结果。</translation>
    </message>
    <message>
        <source>The follow-up date is not a date; type it as 2026-12-05 or leave it empty.</source>
        <translation>跟进日期无效；请按 2026-12-05 的格式输入，或留空。</translation>
    </message>
    <message>
        <source>The visit was not completed: %1</source>
        <translation>拜访未能完成：%1</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::VisitPlanDialog</name>
    <message>
        <source>Plan a visit</source>
        <translation>安排拜访</translation>
    </message>
    <message>
        <source>Win-back visit</source>
        <translation>挽回拜访</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>目的：</translation>
    </message>
    <message>
        <source>The visit could not be planned: %1</source>
        <translation>无法安排拜访：%1</translation>
    </message>
    <message>
        <source>yyyy-mm-dd, 12/9 or +3</source>
        <translation>年-月-日、12/9 或 +3</translation>
    </message>
    <message>
        <source>The date is not a date; type it as 2026-12-09, 12/9 or +3.</source>
        <translation>日期无效；请按 2026-12-09、12/9 或 +3 的格式输入。</translation>
    </message>
    <message>
        <source>Plan visits to %1 customers</source>
        <translation>为 %1 位客户安排拜访</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 位</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>No visit was planned: %1</source>
        <translation>未安排任何拜访：%1</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::VisitSheetOutput</name>
    <message>
        <source>Visit sheet as PDF</source>
        <translation>拜访单存为 PDF</translation>
    </message>
    <message>
        <source>Card as PDF</source>
        <translation>资料卡存为 PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print visit sheet</source>
        <translation>打印拜访单</translation>
    </message>
    <message>
        <source>Print card</source>
        <translation>打印资料卡</translation>
    </message>
    <message>
        <source>The card was sent to the printer; the print is in the access log.</source>
        <translation>资料卡已发送到打印机；本次打印已记入访问日志。</translation>
    </message>
    <message numerus="yes">
        <source>The visit sheet (%n customer(s)) was sent to the printer; the print is in the access log.</source>
        <translation>
            <numerusform>拜访单（%n 个客户）已发送到打印机；本次打印已记入访问日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The card was saved as %1; the export is in the access log.</source>
        <translation>资料卡已保存为 %1；本次导出已记入访问日志。</translation>
    </message>
    <message numerus="yes">
        <source>The visit sheet (%n customer(s)) was saved as %1; the export is in the access log.</source>
        <translation>
            <numerusform>拜访单（%n 个客户）已保存为 %1；本次导出已记入访问日志。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carddesk::gui::VisitSuggestionPanel</name>
    <message>
        <source>Suggested this week</source>
        <translation>本周建议拜访</translation>
    </message>
    <message>
        <source>Plan selected…</source>
        <translation>为所选客户安排…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>An A customer is suggested when not visited for this many days</source>
        <translation>A 类客户超过此天数未拜访即列入建议</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>A customers not visited for</source>
        <translation>A 类客户未拜访超过</translation>
    </message>
    <message>
        <source>A customer, last visit %1</source>
        <translation>A 类客户，上次拜访 %1</translation>
    </message>
    <message>
        <source>A customer, never visited</source>
        <translation>A 类客户，从未拜访</translation>
    </message>
    <message>
        <source>%1 overdue since %2</source>
        <translation>逾期应收 %1（自 %2 起）</translation>
    </message>
    <message>
        <source>in decline</source>
        <translation>处于退化期</translation>
    </message>
    <message>
        <source>open complaints: %1</source>
        <translation>未结投诉：%1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the reasons of one suggestion</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>The suggestions cannot be read: %1</source>
        <translation>无法读取拜访建议：%1</translation>
    </message>
    <message>
        <source>Suggested for week %1</source>
        <translation>%1 周建议拜访</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>安排</translation>
    </message>
    <message>
        <source>Plan visits to every customer of this region on one day</source>
        <translation>在同一天拜访此地区的所有建议客户</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>无地区</translation>
    </message>
    <message>
        <source>Customers: %1 · regions: %2; the first %3 are shown.</source>
        <translation>客户：%1 · 地区：%2；仅显示前 %3 位。</translation>
    </message>
    <message>
        <source>Customers: %1 · regions: %2</source>
        <translation>客户：%1 · 地区：%2</translation>
    </message>
    <message>
        <source>Nobody to suggest this week: no customer of this user meets a rule, or each one that does has a visit planned.</source>
        <translation>本周没有建议拜访的客户：此用户没有客户符合规则，或符合规则的客户都已安排拜访。</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::VisitWeekView</name>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>已逾期（%1）</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>拜访：%1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::VisitsPage</name>
    <message>
        <source>Open card</source>
        <translation>打开客户卡片</translation>
    </message>
    <message>
        <source>Complete visit…</source>
        <translation>完成拜访…</translation>
    </message>
    <message>
        <source>Cancel visit…</source>
        <translation>取消拜访…</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜访计划</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>上一周</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下一周</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周视图</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Visits of:</source>
        <translation>查看谁的拜访：</translation>
    </message>
    <message>
        <source>Week %1 · %2 – %3</source>
        <translation>%1 周 · %2 – %3</translation>
    </message>
    <message>
        <source>The visits cannot be read: %1</source>
        <translation>无法读取拜访：%1</translation>
    </message>
    <message>
        <source>Complete visit</source>
        <translation>完成拜访</translation>
    </message>
    <message>
        <source>The visit to %1 was cancelled; a cancelled visit cannot be completed. Plan a new visit instead.</source>
        <translation>对 %1 的拜访已取消；已取消的拜访不能完成。请重新安排一次拜访。</translation>
    </message>
    <message>
        <source>The visit to %1 is done already.</source>
        <translation>对 %1 的拜访已经完成。</translation>
    </message>
    <message>
        <source>Visit to %1 completed and logged.</source>
        <translation>对 %1 的拜访已完成并记录。</translation>
    </message>
    <message>
        <source>Visit to %1 cancelled.</source>
        <translation>对 %1 的拜访已取消。</translation>
    </message>
    <message>
        <source>Visit to %1 planned for %2.</source>
        <translation>已安排于 %2 拜访 %1。</translation>
    </message>
    <message>
        <source>%1 visits planned for %2.</source>
        <translation>已安排于 %2 进行 %1 次拜访。</translation>
    </message>
    <message>
        <source>Counted by the day each visit was planned for. The weekly review counts a done visit in the week it was done, which can differ.</source>
        <translation>按每次拜访的计划日期统计。周报按完成日期所在的周统计已完成的拜访，两者可能不同。</translation>
    </message>
    <message>
        <source>Visits planned in the week: %1 (still planned %2, done %3, cancelled %4) · overdue: %5</source>
        <translation>该周计划的拜访：%1（仍计划 %2，已完成 %3，已取消 %4）· 逾期：%5</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::WeeklyReviewChartsPanel</name>
    <message>
        <source>The charts show the period and the scope chosen above. Click a bar to list the records behind it.</source>
        <translation>图表显示上方所选的期间和范围。点击柱形可列出其背后的记录。</translation>
    </message>
    <message>
        <source>Trend of:</source>
        <translation>趋势：</translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation>全办事处</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>区域：%1</translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation>（没有数据）</translation>
    </message>
    <message>
        <source>(none in this period)</source>
        <translation>（本期没有）</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::WeeklyReviewModel</name>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Previous period: %1
Average of the 8 periods before: %2</source>
        <translation>上一期：%1
之前 8 期平均：%2</translation>
    </message>
    <message>
        <source>Overdue 1–30 days: %1
31–60 days: %2
61–90 days: %3
over 90 days: %4</source>
        <translation>逾期 1–30 天：%1
31–60 天：%2
61–90 天：%3
90 天以上：%4</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Share of the card&apos;s key fields filled (industry, region, address, phone, e-mail, source, size, credit rating, preferred payment, a contact), averaged over current customers</source>
        <translation>资料卡关键字段（行业、区域、地址、电话、电子邮件、来源、规模、信用等级、付款偏好、联系人）已填写的比例，按现有客户平均</translation>
    </message>
    <message>
        <source>Cards not changed for 90 days</source>
        <translation>90 天未更新的资料卡</translation>
    </message>
    <message>
        <source>A-class customers without contact for 30 days</source>
        <translation>30 天未联系的 A 类客户</translation>
    </message>
    <message>
        <source>Open amount past due at the end of the period</source>
        <translation>期末已过到期日的未收金额</translation>
    </message>
    <message>
        <source>Double-click a number to list the records behind it</source>
        <translation>双击数字列出其明细记录</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Visits
done</source>
        <translation>已完成
拜访</translation>
    </message>
    <message>
        <source>Visits
planned</source>
        <translation>计划
拜访</translation>
    </message>
    <message>
        <source>New
customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Cards
edited</source>
        <translation>修改的
资料卡</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期应收</translation>
    </message>
    <message>
        <source>Newly
overdue</source>
        <translation>新增
逾期</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Past
deadline</source>
        <translation>超期
未结</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Satis-
faction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Card
completeness</source>
        <translation>资料卡
完整度</translation>
    </message>
    <message>
        <source>Stale
cards</source>
        <translation>久未
更新</translation>
    </message>
    <message>
        <source>A-class
no contact</source>
        <translation>A 类
未联系</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>%1 (no target)</source>
        <translation>%1（未设目标）</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 / %2（%3%）</translation>
    </message>
    <message>
        <source>%1-%2, month to date</source>
        <translation>%1-%2，本月至今</translation>
    </message>
    <message>
        <source>%1, year to date</source>
        <translation>%1 年，本年至今</translation>
    </message>
    <message>
        <source>Sales: %1</source>
        <translation>销售额：%1</translation>
    </message>
    <message>
        <source>Collections: %1</source>
        <translation>回款：%1</translation>
    </message>
    <message>
        <source>Sales of the month to date against the month&apos;s target (managers set targets with carddesk-cli targets set)</source>
        <translation>本月至今的销售额与本月目标之比（主管用 carddesk-cli targets set 设定目标）</translation>
    </message>
    <message>
        <source>Sales of the year to date against the year&apos;s plan (the sum of its months&apos; targets)</source>
        <translation>本年至今的销售额与全年计划（各月目标之和）之比</translation>
    </message>
    <message>
        <source>Month
target</source>
        <translation>本月
目标</translation>
    </message>
    <message>
        <source>Year
plan</source>
        <translation>全年
计划</translation>
    </message>
    <message>
        <source>Follow-ups on the rep&apos;s customers due in the period</source>
        <translation>本期到期的该业务员客户跟进</translation>
    </message>
    <message>
        <source>Follow-ups due in the period that were followed by a contact by its end</source>
        <translation>本期到期、且期末前已再次联系的跟进</translation>
    </message>
    <message>
        <source>Follow-ups due by the end of the period with no contact since</source>
        <translation>期末前已到期、此后尚未联系的跟进</translation>
    </message>
    <message>
        <source>Customers whose stage moved to decline or lost in the period</source>
        <translation>本期阶段变为退化期或流失的客户</translation>
    </message>
    <message>
        <source>Customers won back in the period</source>
        <translation>本期挽回的客户</translation>
    </message>
    <message>
        <source>A-class customers whose churn risk is high (latest scoring)</source>
        <translation>流失风险为高的 A 类客户（最近一次评分）</translation>
    </message>
    <message>
        <source>Follow-ups
due</source>
        <translation>到期
跟进</translation>
    </message>
    <message>
        <source>Follow-ups
done</source>
        <translation>已完成
跟进</translation>
    </message>
    <message>
        <source>Follow-ups
overdue</source>
        <translation>逾期
跟进</translation>
    </message>
    <message>
        <source>Into decline
or lost</source>
        <translation>转入衰退
或流失</translation>
    </message>
    <message>
        <source>Won
back</source>
        <translation>已
挽回</translation>
    </message>
    <message>
        <source>A-class
high risk</source>
        <translation>A 类
高风险</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Sales, collections and overdue</source>
        <translation>销售、回款与逾期</translation>
    </message>
    <message>
        <source>Card keeping</source>
        <translation>资料卡维护</translation>
    </message>
    <message>
        <source>Customers moving</source>
        <translation>客户变动</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Customers in the win-back queue: latest stage decline or lost</source>
        <translation>挽回名单中的客户：最近阶段为衰退或流失</translation>
    </message>
    <message>
        <source>Customers of the win-back queue contacted in the period (the rest were not)</source>
        <translation>本期已联系的挽回名单客户（其余未联系）</translation>
    </message>
    <message>
        <source>Win-back
queue</source>
        <translation>挽回
名单</translation>
    </message>
    <message>
        <source>Win-back
contacted</source>
        <translation>挽回
已联系</translation>
    </message>
    <message>
        <source>Previous period to the same day: %1
Average of the 8 periods before, each to the same day: %2</source>
        <translation>上一期截至同一天：%1
之前 8 期平均（每期截至同一天）：%2</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::WeeklyReviewWidget</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation>全办事处</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Mark reviewed…</source>
        <translation>标记为已检查…</translation>
    </message>
    <message>
        <source>Arrows compare with the previous period (green: the good way, red: the bad way); hover over a number for the average of the 8 periods before. Double-click a number to list the records behind it.</source>
        <translation>箭头表示与上一期相比的变化（绿色：向好，红色：变差）；鼠标悬停在数字上可查看之前 8 期的平均值。双击数字可列出其明细记录。</translation>
    </message>
    <message>
        <source>The weekly review cannot be read: %1</source>
        <translation>无法读取每周检查：%1</translation>
    </message>
    <message>
        <source>%1&apos;s %2 is marked reviewed.</source>
        <translation>已将 %1 的 %2 标记为已检查。</translation>
    </message>
    <message>
        <source>whole office</source>
        <translation>全办事处</translation>
    </message>
    <message>
        <source>There are no reps to review here.</source>
        <translation>此处没有需要检查的业务员。</translation>
    </message>
    <message>
        <source>Every rep&apos;s period is reviewed.</source>
        <translation>所有业务员本期均已检查。</translation>
    </message>
    <message>
        <source>Not reviewed yet: %1</source>
        <translation>尚未检查：%1</translation>
    </message>
    <message>
        <source>Review of %1 by %2: %3</source>
        <translation>%2 对 %1 的检查意见：%3</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>标记为已检查</translation>
    </message>
    <message>
        <source>Your comment on %1&apos;s %2:</source>
        <translation>您对 %1 的 %2 的意见：</translation>
    </message>
    <message>
        <source>A review needs a comment.</source>
        <translation>检查需要填写意见。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — %3: %n record(s)</source>
        <translation>
            <numerusform>%1 — %2 — %3：%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>The report is saved as %1.</source>
        <translation>报告已保存为 %1。</translation>
    </message>
    <message>
        <source>The report cannot be saved as %1. Choose a folder you may write to.</source>
        <translation>无法将报告保存为 %1。请选择您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The report cannot be saved: %1</source>
        <translation>无法保存报告：%1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Print weekly report</source>
        <translation>打印周报</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
    <message>
        <source>Routes…</source>
        <translation>路线分析…</translation>
    </message>
    <message>
        <source>Each rep&apos;s customers, sales and visits by region for the chosen period (route review)</source>
        <translation>所选期间每位业务员按地区的客户、销售额和拜访（路线分析）</translation>
    </message>
    <message>
        <source>Route review %1</source>
        <translation>路线分析 %1</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>业务员</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation>已完成拜访</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>（未填地区）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): each rep&apos;s regions, largest sales first.</source>
        <translation>
            <numerusform>%n 行：每位业务员的各地区，按销售额从高到低。</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Customer equity: %1 at the period&apos;s end, %2 at the previous period&apos;s end (change %3).</source>
        <translation>客户资产：本期末 %1，上期末 %2（变化 %3）。</translation>
    </message>
    <message>
        <source>Customer equity: none yet (it needs a scoring run).</source>
        <translation>客户资产：暂无（需要先进行评分）。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1  (%2 – %3, so far)</source>
        <translation>%1（%2 – %3，截至目前）</translation>
    </message>
    <message>
        <source>The period is still going on: arrows compare with the previous period to the same day (green: the good way, red: the bad way); hover over a number for the average of the 8 periods before, each to the same day. Double-click a number to list the records behind it.</source>
        <translation>本期尚未结束：箭头表示与上一期截至同一天相比的变化（绿色：向好，红色：变差）；鼠标悬停在数字上可查看之前 8 期（每期截至同一天）的平均值。双击数字可列出其明细记录。</translation>
    </message>
    <message>
        <source>your customers</source>
        <translation>您的客户</translation>
    </message>
    <message>
        <source>Monthly review</source>
        <translation>每月检查</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>每季检查</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>每周检查</translation>
    </message>
    <message>
        <source>%1 %2 (%3 – %4, still going on: counted to %5), %6</source>
        <translation>%1 %2（%3 – %4，尚未结束：统计至 %5），%6</translation>
    </message>
    <message>
        <source>%1 %2 (%3 – %4), %5</source>
        <translation>%1 %2（%3 – %4），%5</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::WelcomeDialog</name>
    <message>
        <source>Welcome to CardDesk</source>
        <translation>欢迎使用 CardDesk</translation>
    </message>
    <message>
        <source>CardDesk keeps the customer cards of one sales office in one file on this computer. Create the office&apos;s file, open one you already have, or look around in a demo office first.</source>
        <translation>CardDesk 把一个销售办事处的客户资料卡保存在本机的一个文件中。您可以新建办公室文件、打开已有的文件，或先在演示办公室里看看。</translation>
    </message>
    <message>
        <source>New office…</source>
        <translation>新建办公室…</translation>
    </message>
    <message>
        <source>Name the office and its areas and create its first administrator.</source>
        <translation>填写办公室名称和区域，并创建第一个管理员。</translation>
    </message>
    <message>
        <source>Open an office file…</source>
        <translation>打开办公室文件…</translation>
    </message>
    <message>
        <source>An office file made before, on this computer or copied from another.</source>
        <translation>以前创建的办公室文件，在本机上或从其他电脑复制而来。</translation>
    </message>
    <message>
        <source>Try the demo office</source>
        <translation>试用演示办公室</translation>
    </message>
    <message>
        <source>2,000 invented customers with two years of orders. Log in as admin with the password admin1234.</source>
        <translation>2,000 个虚构客户及两年的订单。请以 admin 登录，密码为 admin1234。</translation>
    </message>
    <message>
        <source>Making the demo office… %p%</source>
        <translation>正在生成演示办公室… %p%</translation>
    </message>
    <message>
        <source>Recent offices</source>
        <translation>最近打开的办公室</translation>
    </message>
    <message>
        <source>No office has been opened on this computer yet.</source>
        <translation>本机上还没有打开过任何办公室。</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>新建办公室</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>办公室名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. 上海销售办事处</source>
        <translation>例如：上海销售办事处</translation>
    </message>
    <message>
        <source>&amp;Areas:</source>
        <translation>区域(&amp;A)：</translation>
    </message>
    <message>
        <source>separated by commas, e.g. 华东区, 华北区</source>
        <translation>用逗号分隔，例如：华东区，华北区</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;user name:</source>
        <translation>管理员用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>例如：admin</translation>
    </message>
    <message>
        <source>Administrator&apos;s full na&amp;me:</source>
        <translation>管理员姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>at least %1 characters, not the user name</source>
        <translation>至少 %1 个字符，不能与用户名相同</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>再次输入密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>&amp;Folder for the file:</source>
        <translation>文件所在文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Create office</source>
        <translation>创建办公室</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Folder for the office file</source>
        <translation>办公室文件所在文件夹</translation>
    </message>
    <message>
        <source>Open an office file</source>
        <translation>打开办公室文件</translation>
    </message>
    <message>
        <source>CardDesk offices (*.db *.carddesk);;All files (*)</source>
        <translation>CardDesk 办公室文件 (*.db *.carddesk);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The office will be saved as %1</source>
        <translation>办公室将保存为 %1</translation>
    </message>
    <message>
        <source>Give the office a name.</source>
        <translation>请为办公室填写名称。</translation>
    </message>
    <message>
        <source>An area name is empty: remove the extra comma.</source>
        <translation>有一个区域名称为空：请删除多余的逗号。</translation>
    </message>
    <message>
        <source>An area is listed twice.</source>
        <translation>有一个区域重复填写了两次。</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s user name.</source>
        <translation>请输入管理员的用户名。</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose a folder for the office file.</source>
        <translation>文件夹 %1 不存在：请为办公室文件选择一个文件夹。</translation>
    </message>
    <message>
        <source>%1 is on a network drive. Several computers writing to one file there can damage it: choose a folder on this computer&apos;s own disk.</source>
        <translation>%1 位于网络驱动器上。多台电脑同时写入那里的同一个文件可能损坏文件：请选择本机磁盘上的文件夹。</translation>
    </message>
    <message>
        <source>You may not write to the folder %1: choose another one.</source>
        <translation>您没有写入文件夹 %1 的权限：请选择其他文件夹。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another office name or folder, or open that file from the start page.</source>
        <translation>%1 已存在。请换一个办公室名称或文件夹，或在开始页面打开该文件。</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>两次输入的密码不一致：请输入相同的密码。</translation>
    </message>
    <message>
        <source>The office could not be created: %1</source>
        <translation>无法创建办公室：%1</translation>
    </message>
    <message>
        <source>The office file %1 has no users yet, so nobody can log in. Create a new office instead.</source>
        <translation>办公室文件 %1 中还没有用户，因此无人能登录。请改为新建办公室。</translation>
    </message>
    <message>
        <source>The demo office could not be made: %1</source>
        <translation>无法生成演示办公室：%1</translation>
    </message>
    <message>
        <source>Keep the file on this computer&apos;s own disk: a network drive is refused, because several computers writing to one file there can damage it. After the first log-in the administrator adds the other users.</source>
        <translation>请把文件保存在本机自己的磁盘上：网络驱动器会被拒绝，因为多台电脑同时写入那里的同一个文件可能损坏文件。首次登录后，由管理员添加其他用户。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CardDesk</source>
        <translation>CardDesk</translation>
    </message>
    <message>
        <source>The database %1 has no users yet. Create the first administrator with the command-line tool carddesk-cli.</source>
        <translation>数据库 %1 中还没有用户。请用命令行工具 carddesk-cli 创建第一个管理员。</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>无法读取密码文件 %1。</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Discussed the spring order; sending a quote.</source>
        <translation>洽谈了春季订单，将发送报价。</translation>
    </message>
    <message>
        <source>The database %1 is damaged: %2

Stop working in it and restore the latest backup.</source>
        <translation>数据库 %1 已损坏：%2

请停止使用，并恢复最近的备份。</translation>
    </message>
    <message>
        <source>No office to show: give --db FILE, or start carddesk without --screenshot to create or open one.</source>
        <translation>没有可显示的办公室：请指定 --db FILE，或不带 --screenshot 启动 carddesk 来新建或打开办公室。</translation>
    </message>
    <message>
        <source>The office needs an upgrade to this version of CardDesk, and the backup before it could not be made in %1. Nothing was changed.</source>
        <translation>办公室文件需要升级到此版本的 CardDesk，但升级前的备份无法保存到 %1。没有任何改动。</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made in %1 (Tools → Backups… says more).</source>
        <translation>今天的自动备份无法保存到 %1（详见 工具 → 备份…）。</translation>
    </message>
    <message>
        <source>The password of %1 was reset by an administrator: log in once in the window and choose your own.</source>
        <translation>%1 的密码已由管理员重置：请先在窗口中登录一次并设置自己的密码。</translation>
    </message>
    <message>
        <source>No automatic backup today: this office&apos;s backups are encrypted and need a passphrase (Tools → Backups…).</source>
        <translation>今天没有自动备份：本办公室的备份需要加密口令（工具 → 备份…）。</translation>
    </message>
    <message>
        <source>Deliveries on time; prices a bit high.</source>
        <translation>交货及时，价格略高。</translation>
    </message>
</context>
</TS>
