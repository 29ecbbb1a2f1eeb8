<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CommandLine</name>
    <message>
        <source>CardDesk: the customer archive of a sales office.</source>
        <translation>CardDesk：销售办事处的客户档案。</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>数据库文件（默认：%1）。</translation>
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
        <source>The view to show: customers, card:ID, handover, login or interaction:ID.</source>
        <translation>要显示的视图：customers、card:ID、handover、login 或 interaction:ID。</translation>
    </message>
    <message>
        <source>The language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Unknown language '%1': use zh_CN or en.</source>
        <translation>未知语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>--screenshot needs --user and --password-file.</source>
        <translation>--screenshot 需要 --user 和 --password-file。</translation>
    </message>
    <message>
        <source>Unexpected argument '%1'.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
</context>
<context>
    <name>CustomerFields</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
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
        <source>Key customer</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Assigned rep</source>
        <translation>负责业务员</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
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
        <source>(not set)</source>
        <translation>（未设置）</translation>
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
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in to CardDesk</source>
        <translation>登录 CardDesk</translation>
    </message>
    <message>
        <source>Customer archive</source>
        <translation>客户档案</translation>
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
        <source>Not a phone number: use digits, spaces, +, - and brackets.</source>
        <translation>不是有效的电话号码：请使用数字、空格、+、- 和括号。</translation>
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
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Contact name is required.</source>
        <translation>联系人姓名为必填项。</translation>
    </message>
    <message>
        <source>The contact was not saved: %1</source>
        <translation>联系人未保存：%1</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::CustomerCardWidget</name>
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
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
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
    <message>
        <source>Contact: %1</source>
        <translation>联系人：%1</translation>
    </message>
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
        <source>The primary contact is shown in bold.</source>
        <translation>主要联系人以粗体显示。</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>联系人（%1）</translation>
    </message>
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
    <message numerus="yes">
        <source>Orders: %n, total %1</source>
        <translation><numerusform>订单：%n 笔，合计 %1</numerusform></translation>
    </message>
    <message>
        <source>Products &amp;&amp; orders</source>
        <translation>产品和订单</translation>
    </message>
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
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation><numerusform>逾期 %n 天</numerusform></translation>
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
        <source>Service history</source>
        <translation>服务历史</translation>
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
        <source>Change history</source>
        <translation>变更记录</translation>
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
        <source>No customer matches "%1".</source>
        <translation>没有与“%1”匹配的客户。</translation>
    </message>
    <message>
        <source>%1 customers (%2 loaded)</source>
        <translation>共 %1 个客户（已加载 %2 个）</translation>
    </message>
</context>
<context>
    <name>carddesk::gui::HandoverWidget</name>
    <message>
        <source>Hand over</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Hand over a rep's customers</source>
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
        <translation><numerusform>%1 的 %n 个客户将移交给 %2。</numerusform></translation>
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
        <translation><numerusform>已移交 %n 个客户。</numerusform></translation>
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
    <name>main</name>
    <message>
        <source>CardDesk</source>
        <translation>CardDesk</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
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
</context>
</TS>