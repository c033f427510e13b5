<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AddressEditDialog</name>
    <message>
        <source>修改收货地址</source>
        <translation>Change shipping address</translation>
    </message>
    <message>
        <source>收货人(&amp;R)</source>
        <translation>&amp;Recipient</translation>
    </message>
    <message>
        <source>联系电话(&amp;P)</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>11位手机号或带区号的固定电话</source>
        <translation>11-digit mobile or landline with area code</translation>
    </message>
    <message>
        <source>省/市/区(&amp;G)</source>
        <translation>Re&amp;gion</translation>
    </message>
    <message>
        <source>省</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>市</source>
        <translation>City</translation>
    </message>
    <message>
        <source>区/县</source>
        <translation>District/county</translation>
    </message>
    <message>
        <source>详细地址(&amp;A)</source>
        <translation>Street &amp;address</translation>
    </message>
    <message>
        <source>街道、小区、楼栋、门牌号</source>
        <translation>Street, compound, building, door number</translation>
    </message>
    <message>
        <source>邮编(&amp;Z)</source>
        <translation>&amp;ZIP code</translation>
    </message>
    <message>
        <source>6位数字，可不填</source>
        <translation>6 digits, optional</translation>
    </message>
</context>
<context>
    <name>AgentPickerDialog</name>
    <message>
        <source>选择客服账号</source>
        <translation>Choose agent account</translation>
    </message>
    <message>
        <source>请选择登录工作台的客服子账号（正式登录将在接入千牛网关后启用）。</source>
        <translation>Choose the agent sub-account to sign in with (real sign-in will be enabled once the Qianniu gateway is connected).</translation>
    </message>
    <message>
        <source>下次自动使用此账号</source>
        <translation>Use this account automatically next time</translation>
    </message>
</context>
<context>
    <name>AppRunner</name>
    <message>
        <source>用法见 kefudesk --help</source>
        <translation>See kefudesk --help for usage</translation>
    </message>
    <message>
        <source>未知的日志级别：%1（可用：debug、info、warn、error）</source>
        <translation>Unknown log level: %1 (available: debug, info, warn, error)</translation>
    </message>
</context>
<context>
    <name>ChannelDiagnosticsDialog</name>
    <message>
        <source>连接诊断</source>
        <translation>Connection diagnostics</translation>
    </message>
    <message>
        <source>连接</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>状态：</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>网关地址：</source>
        <translation>Gateway address:</translation>
    </message>
    <message>
        <source>客服账号：</source>
        <translation>Agent account:</translation>
    </message>
    <message>
        <source>上次连接：</source>
        <translation>Last connected:</translation>
    </message>
    <message>
        <source>重连次数：</source>
        <translation>Reconnects:</translation>
    </message>
    <message>
        <source>最近错误：</source>
        <translation>Last error:</translation>
    </message>
    <message>
        <source>收发</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <source>收到的帧：</source>
        <translation>Frames received:</translation>
    </message>
    <message>
        <source>发出的帧：</source>
        <translation>Frames sent:</translation>
    </message>
    <message>
        <source>已确认序号：</source>
        <translation>Last acked seq:</translation>
    </message>
    <message>
        <source>待发送命令：</source>
        <translation>Commands waiting:</translation>
    </message>
    <message>
        <source>WAL 检查点：</source>
        <translation>WAL checkpoints:</translation>
    </message>
    <message>
        <source>异常</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>坏帧：</source>
        <translation>Bad frames:</translation>
    </message>
    <message>
        <source>按原因：</source>
        <translation>By reason:</translation>
    </message>
    <message>
        <source>重复帧：</source>
        <translation>Duplicate frames:</translation>
    </message>
    <message>
        <source>无法保存的帧：</source>
        <translation>Frames not stored:</translation>
    </message>
    <message>
        <source>计数从本次启动工作台算起，实时更新。坏帧会被记录并丢弃，连接保持。</source>
        <translation>Counted since the workbench started, updated live. Bad frames are logged and dropped; the connection stays up.</translation>
    </message>
    <message>
        <source>复制诊断信息(&amp;C)</source>
        <translation>&amp;Copy diagnostics</translation>
    </message>
    <message>
        <source>把以上计数复制到剪贴板，发给技术支持</source>
        <translation>Copy these counters to the clipboard for technical support</translation>
    </message>
    <message>
        <source>重新连接(&amp;R)</source>
        <translation>&amp;Reconnect</translation>
    </message>
    <message>
        <source>按当前设置重新连接网关</source>
        <translation>Connect to the gateway again with the current settings</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>把主窗口渲染为 PNG 图片后退出。</source>
        <translation>Render the main window to a PNG image, then exit.</translation>
    </message>
    <message>
        <source>日志级别：debug、info、warn、error。</source>
        <translation>Log level: debug, info, warn, error.</translation>
    </message>
    <message>
        <source>以该客服账号登录（子账号昵称），不显示选择客服对话框。</source>
        <translation>Sign in as this agent account (sub-account nickname) without showing the agent picker.</translation>
    </message>
    <message>
        <source>界面语言：zh_CN（默认）或 en。</source>
        <translation>Interface language: zh_CN (default) or en.</translation>
    </message>
    <message>
        <source>不支持的界面语言：%1（可用：zh_CN、en）</source>
        <translation>Unsupported interface language: %1 (available: zh_CN, en)</translation>
    </message>
    <message>
        <source>--screenshot 只能用于启动窗口，不能与 seed-demo 同用</source>
        <translation>--screenshot only works when starting the window, not with seed-demo</translation>
    </message>
    <message>
        <source>主窗口第一次绘制完成时输出 painted 并退出（用于测量启动时间）。</source>
        <translation>Print painted and exit once the main window is first painted (to measure startup time).</translation>
    </message>
    <message>
        <source>接入网关的地址（ws:// 或 wss://），优先于已保存的设置。</source>
        <translation>The gateway address (ws:// or wss://); overrides the saved settings.</translation>
    </message>
    <message>
        <source>网关的访问令牌，优先于已保存的设置。</source>
        <translation>The gateway&apos;s access token; overrides the saved settings.</translation>
    </message>
    <message>
        <source>seed-demo：导入演示店铺后退出；channel：无窗口运行实时通道。</source>
        <translation>seed-demo: load the demo shop and exit; channel: run the live channel without a window.</translation>
    </message>
    <message>
        <source>channel 需要 --gateway ws://主机:端口</source>
        <translation>channel needs --gateway ws://host:port</translation>
    </message>
    <message>
        <source>channel 需要 --agent 子账号昵称（如 木棉纪旗舰店:小满）</source>
        <translation>channel needs --agent with the sub-account nick (e.g. 木棉纪旗舰店:小满)</translation>
    </message>
    <message>
        <source>channel 需要 --gateway-token 令牌</source>
        <translation>channel needs --gateway-token TOKEN</translation>
    </message>
    <message>
        <source>--screenshot 和 --startup-probe 只能用于启动窗口，不能与 channel 同用</source>
        <translation>--screenshot and --startup-probe only apply to the window and cannot be used with channel</translation>
    </message>
    <message>
        <source>未知的命令：%1（可用命令：seed-demo、channel）</source>
        <translation>Unknown command: %1 (commands: seed-demo, channel)</translation>
    </message>
    <message>
        <source>网关地址无效：%1（应为 ws://主机:端口 或 wss://主机:端口，例如 ws://127.0.0.1:8765）</source>
        <translation>Invalid gateway address: %1 (expected ws://host:port or wss://host:port, e.g. ws://127.0.0.1:8765)</translation>
    </message>
    <message>
        <source>数据库文件路径。默认数据库在应用数据目录中，首次启动时导入演示店铺；指定的文件须已存在（新建用 seed-demo）。</source>
        <translation>Database file path. The default database lives in the application data directory and gets the demo shop on first start; a path given here must already exist (create one with seed-demo).</translation>
    </message>
    <message>
        <source>客服工作台 — 天猫/淘宝店铺客服工作台

命令：
  （无）      打开工作台窗口
  seed-demo  创建数据库并导入演示店铺后退出
  channel    无窗口运行实时通道：kefudesk channel --db 路径 --gateway ws://… --agent 子账号 --gateway-token 令牌
             数据库文件须已存在（新建用 seed-demo）；每次状态变化在标准输出打印 channel: &lt;状态&gt;（如 channel: live）；收到 SIGTERM/SIGINT 后正常停止

退出码：0 正常结束（channel：被信号停止）；1 数据库或客服账号出错；2 命令行用法错误；3 网关拒绝令牌（channel）；4 网关协议版本不受支持（channel）</source>
        <translation>KefuDesk — the customer service workbench for Tmall/Taobao shops

Commands:
  (none)     open the workbench window
  seed-demo  create the database, load the demo shop and exit
  channel    run the live channel without a window: kefudesk channel --db PATH --gateway ws://… --agent SUB-ACCOUNT --gateway-token TOKEN
             the database file must exist (create one with seed-demo); every state change prints channel: &lt;state&gt; (e.g. channel: live) on standard output; SIGTERM/SIGINT stop it cleanly

Exit codes: 0 finished normally (channel: stopped by a signal); 1 database or agent account error; 2 command line usage error; 3 the gateway refused the token (channel); 4 the gateway&apos;s protocol version is not supported (channel)</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <source>未选择会话</source>
        <translation>No conversation selected</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>在本会话中查找消息（Ctrl+F）</source>
        <translation>Find messages in this conversation (Ctrl+F)</translation>
    </message>
    <message>
        <source>挂起</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>挂起：暂停接待新会话，再按一次恢复在线（Ctrl+Shift+H）</source>
        <translation>Away: stop receiving new conversations; press again to go back online (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>转接</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>把会话转给其他客服，需填写原因（Ctrl+Shift+T）</source>
        <translation>Transfer the conversation to another agent; a reason is required (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>结束会话</source>
        <translation>End conversation</translation>
    </message>
    <message>
        <source>结束当前会话；买家再发消息时会重新打开（Ctrl+Shift+E）</source>
        <translation>End the current conversation; it reopens when the buyer writes again (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>发送</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>发送消息（Enter；Shift+Enter 换行）</source>
        <translation>Send message (Enter; Shift+Enter for a new line)</translation>
    </message>
</context>
<context>
    <name>FaqPanel</name>
    <message>
        <source>输入关键词搜索；↓ 选择问题，回车插入回答</source>
        <translation>Type keywords to search; ↓ selects a question, Enter inserts the answer</translation>
    </message>
    <message>
        <source>搜索常见问题，如 掉色、发货、尺码</source>
        <translation>Search FAQ, e.g. 掉色, 发货, 尺码</translation>
    </message>
    <message>
        <source>按分类筛选</source>
        <translation>Filter by category</translation>
    </message>
    <message>
        <source>把回答插入回复框（回车 / Alt+A）</source>
        <translation>Insert the answer into the reply box (Enter / Alt+A)</translation>
    </message>
    <message>
        <source>插入回答(&amp;A)</source>
        <translation>Insert &amp;answer</translation>
    </message>
</context>
<context>
    <name>GatewaySim</name>
    <message>
        <source>监听地址（0.0.0.0 = 局域网内可连接）</source>
        <translation>Listen address (0.0.0.0 = reachable on the LAN)</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>address</translation>
    </message>
    <message>
        <source>监听端口（0 = 任意空闲端口）</source>
        <translation>Listen port (0 = any free port)</translation>
    </message>
    <message>
        <source>端口</source>
        <translation>port</translation>
    </message>
    <message>
        <source>客户端登录需要的令牌</source>
        <translation>The token clients must sign in with</translation>
    </message>
    <message>
        <source>令牌</source>
        <translation>token</translation>
    </message>
    <message>
        <source>店铺主账号昵称</source>
        <translation>The shop&apos;s main account nick</translation>
    </message>
    <message>
        <source>昵称</source>
        <translation>nick</translation>
    </message>
    <message>
        <source>尚无客服登录时新会话分配给的子账号</source>
        <translation>The sub-account that gets new conversations before any agent has signed in</translation>
    </message>
    <message>
        <source>子账号</source>
        <translation>sub-account</translation>
    </message>
    <message>
        <source>脚本买家每分钟新开的会话数</source>
        <translation>New conversations per minute from scripted buyers</translation>
    </message>
    <message>
        <source>个</source>
        <translation>count</translation>
    </message>
    <message>
        <source>同时进行的脚本买家数；压测模式下为会话数</source>
        <translation>Scripted buyers talking at the same time; in bulk mode, the number of conversations</translation>
    </message>
    <message>
        <source>随机种子（相同种子生成相同的买家与故障）</source>
        <translation>Random seed (the same seed gives the same buyers and faults)</translation>
    </message>
    <message>
        <source>数字</source>
        <translation>number</translation>
    </message>
    <message>
        <source>心跳间隔（毫秒）</source>
        <translation>Heartbeat interval (ms)</translation>
    </message>
    <message>
        <source>毫秒</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>回复“已发送”后多少毫秒再确认“已送达”（负数 = 不确认）</source>
        <translation>Milliseconds after “sent” before a reply is acked as “delivered” (negative = never)</translation>
    </message>
    <message>
        <source>每发送 N 个序号帧断开一次连接</source>
        <translation>Drop the connection after every N sequenced frames</translation>
    </message>
    <message>
        <source>序号帧重复发送的概率（0–1）</source>
        <translation>Probability that a sequenced frame is sent twice (0–1)</translation>
    </message>
    <message>
        <source>在 W 个序号帧的窗口内打乱顺序</source>
        <translation>Shuffle sequenced frames within windows of W</translation>
    </message>
    <message>
        <source>每帧延迟毫秒数（±50% 抖动，保持顺序）</source>
        <translation>Delay per frame in ms (±50% jitter, order kept)</translation>
    </message>
    <message>
        <source>插入错误帧的概率（0–1）</source>
        <translation>Probability of slipping in a bad frame (0–1)</translation>
    </message>
    <message>
        <source>从客服工作台的数据库读取商品，使商品卡片可识别</source>
        <translation>Read the products from the workbench&apos;s database so product cards resolve</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>file</translation>
    </message>
    <message>
        <source>错误帧中不包含超过 64 KiB 的帧</source>
        <translation>Bad frames never include one over 64 KiB</translation>
    </message>
    <message>
        <source>把收到的所有帧以 JSON 行写入文件</source>
        <translation>Write every frame received to a file as JSON lines</translation>
    </message>
    <message>
        <source>首位客服登录后一次性发送 N 条压测消息（不启动脚本买家）</source>
        <translation>Send N bulk messages at once when the first agent signs in (no scripted buyers)</translation>
    </message>
    <message>
        <source>压测模式：每秒发送的买家消息数（不启动脚本买家）</source>
        <translation>Bulk mode: buyer messages per second (no scripted buyers)</translation>
    </message>
    <message>
        <source>条</source>
        <translation>messages</translation>
    </message>
    <message>
        <source>参数 --%1 的值无效：%2</source>
        <translation>Invalid value for --%1: %2</translation>
    </message>
    <message>
        <source>无法读取商品：%1（%2）</source>
        <translation>Cannot read the products: %1 (%2)</translation>
    </message>
    <message>
        <source>客服工作台网关模拟器：按协议 v1 扮演店铺的买家，可注入网络故障。</source>
        <translation>KefuDesk gateway simulator: plays a shop&apos;s buyers over protocol v1 and can inject network faults.</translation>
    </message>
    <message>
        <source>无法写入记录文件 %1：%2</source>
        <translation>Cannot write the record file %1: %2</translation>
    </message>
    <message>
        <source>无法监听端口 %1：%2</source>
        <translation>Cannot listen on port %1: %2</translation>
    </message>
    <message>
        <source>客服已登录：%1</source>
        <translation>Agent signed in: %1</translation>
    </message>
    <message>
        <source>网关模拟器已启动，请连接：%1（令牌：%2）</source>
        <translation>Gateway simulator started, connect to: %1 (token: %2)</translation>
    </message>
    <message>
        <source>按 Ctrl+C 停止。</source>
        <translation>Press Ctrl+C to stop.</translation>
    </message>
    <message>
        <source>正在停止…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>共收到 %1 条客服回复。</source>
        <translation>Received %1 agent replies in all.</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>无法保存截图：%1</source>
        <translation>Cannot save screenshot: %1</translation>
    </message>
    <message>
        <source>无法打开数据库：%1</source>
        <translation>Cannot open database: %1</translation>
    </message>
    <message>
        <source>无法登录：%1</source>
        <translation>Cannot sign in: %1</translation>
    </message>
    <message>
        <source>无法读取店铺：%1</source>
        <translation>Cannot read shop: %1</translation>
    </message>
    <message>
        <source>没有这个客服账号：%1</source>
        <translation>No such agent account: %1</translation>
    </message>
    <message>
        <source>文件：%1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>客服工作台</source>
        <translation>KefuDesk</translation>
    </message>
    <message>
        <source>如果这是店铺的数据库，请检查路径是否写错。

也可以在这里新建一个带演示店铺（木棉纪旗舰店）的数据库。</source>
        <translation>If this is your shop&apos;s database, check the path for a typo.

You can also create a new database with the demo shop (木棉纪旗舰店) here.</translation>
    </message>
    <message>
        <source>新建演示店铺</source>
        <translation>Create demo shop</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>HeadlessChannelCommand</name>
    <message>
        <source>无法打开数据库：%1</source>
        <translation>Cannot open the database: %1</translation>
    </message>
    <message>
        <source>已在空数据库中创建演示店铺：%1</source>
        <translation>Created the demo shop in the empty database: %1</translation>
    </message>
    <message>
        <source>没有这个客服账号：%1</source>
        <translation>No such agent account: %1</translation>
    </message>
    <message>
        <source>网关拒绝登录：%1</source>
        <translation>The gateway refused the sign-in: %1</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>会话列表</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>搜索(&amp;S)</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>昵称 / 订单号 / 聊天内容</source>
        <translation>Nickname / order no. / chat text</translation>
    </message>
    <message>
        <source>会话视图：待回复、我的、全部、已结束（←/→ 切换）</source>
        <translation>Conversation views: Waiting, Mine, All, Closed (←/→ to switch)</translation>
    </message>
    <message>
        <source>Enter 打开会话；Alt+↓/Alt+↑ 打开下一个/上一个</source>
        <translation>Enter opens the conversation; Alt+↓/Alt+↑ opens the next/previous</translation>
    </message>
    <message>
        <source>搜索结果：Enter 打开会话，Esc 返回会话列表</source>
        <translation>Search results: Enter opens the conversation, Esc returns to the list</translation>
    </message>
    <message>
        <source>按买家昵称、订单号（16–19 位数字）或聊天内容搜索（Ctrl+Shift+K；Esc 清除；↓ 进入结果）</source>
        <translation>Search by buyer nickname, order number (16–19 digits) or chat text (Ctrl+Shift+K; Esc clears; ↓ enters results)</translation>
    </message>
</context>
<context>
    <name>InboxRowFormat</name>
    <message>
        <source>%1，%2条未读，%3</source>
        <translation>%1, %2 unread, %3</translation>
    </message>
    <message>
        <source>%1（%2 · %3）</source>
        <translation>%1 (%2 · %3)</translation>
    </message>
    <message>
        <source>最后消息：%1</source>
        <translation>Last message: %1</translation>
    </message>
    <message>
        <source>匹配的聊天记录：%1</source>
        <translation>Matching message: %1</translation>
    </message>
</context>
<context>
    <name>OrderReplyTexts</name>
    <message>
        <source>（%1）</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>「%1%2」×%3</source>
        <translation>「%1%2」×%3</translation>
    </message>
    <message>
        <source>、</source>
        <translation>、</translation>
    </message>
    <message>
        <source>等%1件商品</source>
        <translation>等%1件商品</translation>
    </message>
    <message>
        <source>亲，麻烦您核对一下订单 %1 的收货信息哦：
收货人：%2
联系电话：%3
收货地址：%4</source>
        <translation>亲，麻烦您核对一下订单 %1 的收货信息哦：
收货人：%2
联系电话：%3
收货地址：%4</translation>
    </message>
    <message>
        <source>（邮编 %1）</source>
        <translation>（邮编 %1）</translation>
    </message>
    <message>
        <source>
如有不对请直接告诉我，发货前都可以帮您修改～</source>
        <translation>
如有不对请直接告诉我，发货前都可以帮您修改～</translation>
    </message>
    <message>
        <source>（含运费 %1）</source>
        <translation>（含运费 %1）</translation>
    </message>
    <message>
        <source>（包邮）</source>
        <translation>（包邮）</translation>
    </message>
    <message>
        <source>亲，您拍下的%1还没有付款哦，订单金额 %2%3。库存有限，付款后我们会尽快为您安排发货，有任何问题随时找我～</source>
        <translation>亲，您拍下的%1还没有付款哦，订单金额 %2%3。库存有限，付款后我们会尽快为您安排发货，有任何问题随时找我～</translation>
    </message>
</context>
<context>
    <name>PhraseCsvFile</name>
    <message>
        <source>无法打开文件 %1</source>
        <translation>Cannot open file %1</translation>
    </message>
    <message>
        <source>文件过大（超过 20 MB），请拆分后再导入</source>
        <translation>File too large (over 20 MB); please split it before importing</translation>
    </message>
    <message>
        <source>文件是空的，没有可导入的快捷短语</source>
        <translation>The file is empty; there are no quick phrases to import</translation>
    </message>
    <message>
        <source>文件的第一行不是千牛快捷短语的表头。
第一行应为：%1</source>
        <translation>The first line of the file is not a Qianniu quick-phrase header.
The first line should be: %1</translation>
    </message>
    <message>
        <source>无法写入文件 %1</source>
        <translation>Cannot write file %1</translation>
    </message>
    <message>
        <source>写入文件 %1 失败，磁盘可能已满或没有权限</source>
        <translation>Writing file %1 failed; the disk may be full or permission denied</translation>
    </message>
</context>
<context>
    <name>PhraseImportResultDialog</name>
    <message>
        <source>快捷短语导入结果</source>
        <translation>Quick phrase import result</translation>
    </message>
    <message>
        <source>以下行没有导入，请在文件中修改后重新导入（已导入的短语不会重复导入）：</source>
        <translation>These lines were not imported. Fix them in the file and import again (phrases already imported will not be duplicated):</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>PriceCalculator</name>
    <message>
        <source>原价 %1×%2 = %3</source>
        <translation>原价 %1×%2 = %3</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1（×%2）</source>
        <translation>%1（×%2）</translation>
    </message>
    <message>
        <source>赠品：%1</source>
        <translation>赠品：%1</translation>
    </message>
</context>
<context>
    <name>PriceCalculatorWidget</name>
    <message>
        <source>规格(&amp;G)</source>
        <translation>V&amp;ariant</translation>
    </message>
    <message>
        <source>买家要买的规格</source>
        <translation>The variant the buyer wants</translation>
    </message>
    <message>
        <source>数量(&amp;N)</source>
        <translation>Qua&amp;ntity</translation>
    </message>
    <message>
        <source>购买件数</source>
        <translation>Quantity to buy</translation>
    </message>
    <message>
        <source> 件</source>
        <translation> pcs</translation>
    </message>
    <message>
        <source>把到手价和计算过程插入回复框（Alt+P）</source>
        <translation>Insert the final price and its calculation into the reply box (Alt+P)</translation>
    </message>
    <message>
        <source>插入到手价(&amp;P)</source>
        <translation>Insert final &amp;price</translation>
    </message>
</context>
<context>
    <name>ProductBrowser</name>
    <message>
        <source>↓ 选择商品，回车打开</source>
        <translation>↓ selects a product, Enter opens it</translation>
    </message>
    <message>
        <source>搜索商品：标题、属性（面料 纯棉）或拼音首字母（cmdx）</source>
        <translation>Search products: title, attribute (面料 纯棉) or pinyin initials (cmdx)</translation>
    </message>
</context>
<context>
    <name>ProductKnowledgePanel</name>
    <message>
        <source>商品知识</source>
        <translation>Product knowledge</translation>
    </message>
    <message>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>商品搜索、规格库存、尺码助手、到手价</source>
        <translation>Product search, variants and stock, size assistant, final price</translation>
    </message>
    <message>
        <source>常见问题</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>常见问题搜索，回车插入回答</source>
        <translation>FAQ search; Enter inserts the answer</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <source>把这款商品的卡片发给当前会话的买家（Alt+S）</source>
        <translation>Send this product&apos;s card to the buyer in the current conversation (Alt+S)</translation>
    </message>
    <message>
        <source>发送商品卡片(&amp;S)</source>
        <translation>&amp;Send product card</translation>
    </message>
    <message>
        <source>进行中的活动</source>
        <translation>Current promotions</translation>
    </message>
    <message>
        <source>规格与库存</source>
        <translation>Variants &amp; stock</translation>
    </message>
    <message>
        <source>选中一个规格，到手价按它计算</source>
        <translation>Select a variant to calculate the final price for it</translation>
    </message>
    <message>
        <source>到手价计算</source>
        <translation>Final price calculator</translation>
    </message>
    <message>
        <source>尺码表</source>
        <translation>Size chart</translation>
    </message>
    <message>
        <source>尺码</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>身高 cm</source>
        <translation>Height cm</translation>
    </message>
    <message>
        <source>体重 kg</source>
        <translation>Weight kg</translation>
    </message>
    <message>
        <source>胸围 cm</source>
        <translation>Chest cm</translation>
    </message>
    <message>
        <source>衣长 cm</source>
        <translation>Length cm</translation>
    </message>
    <message>
        <source>这款商品没有尺码表（均码或非服装类）。</source>
        <translation>This product has no size chart (one size or not clothing).</translation>
    </message>
    <message>
        <source>尺码助手</source>
        <translation>Size assistant</translation>
    </message>
    <message>
        <source>商品属性</source>
        <translation>Product attributes</translation>
    </message>
    <message>
        <source>卖点</source>
        <translation>Selling points</translation>
    </message>
    <message>
        <source>搭配推荐</source>
        <translation>Pairs well with</translation>
    </message>
    <message>
        <source>搭配推荐：双击或回车打开</source>
        <translation>Pairs well with: double-click or Enter to open</translation>
    </message>
</context>
<context>
    <name>QuickPhraseEditDialog</name>
    <message>
        <source>新增快捷短语</source>
        <translation>New quick phrase</translation>
    </message>
    <message>
        <source>分组(&amp;G)</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <source>选择已有分组，或直接输入新分组名</source>
        <translation>Pick an existing group or type a new group name</translation>
    </message>
    <message>
        <source>范围(&amp;S)</source>
        <translation>&amp;Scope</translation>
    </message>
    <message>
        <source>快捷编码(&amp;C)</source>
        <translation>Shortcut &amp;code</translation>
    </message>
    <message>
        <source>如 fh，在聊天输入框中输入 /fh 即可调出（可不填）</source>
        <translation>e.g. fh: type /fh in the chat input to bring it up (optional)</translation>
    </message>
    <message>
        <source>短语内容(&amp;B)</source>
        <translation>Phrase &amp;body</translation>
    </message>
    <message>
        <source>例如：亲，您的订单{订单号}已经发货了，{物流公司}，单号{物流单号}~</source>
        <translation>e.g. Hi! Your order {订单号} has shipped with {物流公司}, tracking number {物流单号}~</translation>
    </message>
    <message>
        <source>在光标处插入变量，发送时自动替换为买家昵称、订单号等（Alt+V）</source>
        <translation>Insert a variable at the cursor; it is replaced by the buyer nickname, order number, etc. when sent (Alt+V)</translation>
    </message>
    <message>
        <source>插入变量(&amp;V)</source>
        <translation>Insert &amp;variable</translation>
    </message>
</context>
<context>
    <name>QuickPhrasePanel</name>
    <message>
        <source>快捷短语</source>
        <translation>Quick phrases</translation>
    </message>
    <message>
        <source>搜索编码、拼音首字母或内容（Ctrl+/）</source>
        <translation>Search code, pinyin initials or text (Ctrl+/)</translation>
    </message>
    <message>
        <source>店铺</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>个人</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>更多</source>
        <translation>More</translation>
    </message>
</context>
<context>
    <name>QuickPhraseTexts</name>
    <message>
        <source>短语内容不能为空</source>
        <translation>The phrase text cannot be empty</translation>
    </message>
    <message>
        <source>短语内容不能超过 %1 个字</source>
        <translation>The phrase text cannot exceed %1 characters</translation>
    </message>
    <message>
        <source>请选择或输入分组</source>
        <translation>Choose or enter a group</translation>
    </message>
    <message>
        <source>分组名不能超过 %1 个字</source>
        <translation>The group name cannot exceed %1 characters</translation>
    </message>
    <message>
        <source>快捷编码不能超过 %1 个字符</source>
        <translation>The shortcut code cannot exceed %1 characters</translation>
    </message>
    <message>
        <source>快捷编码不能包含空格</source>
        <translation>The shortcut code cannot contain spaces</translation>
    </message>
    <message>
        <source>应有 3 列（快捷编码、快捷短语、快捷短语分组），此行有 %1 列</source>
        <translation>Expected 3 columns (code, phrase, group); this line has %1</translation>
    </message>
    <message>
        <source>引号没有闭合（从此行开始的带引号内容没有结束引号）</source>
        <translation>Unclosed quote (quoted text starting on this line has no closing quote)</translation>
    </message>
    <message>
        <source>引号后面紧跟了其他文字（内容中的引号应写成两个 &quot;&quot;）</source>
        <translation>Text right after a closing quote (a quote inside the text must be written as two: &quot;&quot;)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16</source>
        <translation>UTF-16</translation>
    </message>
    <message>
        <source>GBK</source>
        <translation>GBK</translation>
    </message>
    <message>
        <source>店铺短语只有客服主管或管理员可以修改；可以在“个人”中添加自己的短语</source>
        <translation>Only a supervisor or admin can change shop phrases; add your own under “Personal”</translation>
    </message>
</context>
<context>
    <name>SeedDemoCommand</name>
    <message>
        <source>无法使用数据库：%1</source>
        <translation>Cannot use database: %1</translation>
    </message>
    <message>
        <source>无法使用数据库 %1：%2</source>
        <translation>Cannot use database %1: %2</translation>
    </message>
    <message>
        <source>数据库 %1 中已有店铺「%2」，未重新导入演示数据。</source>
        <translation>Database %1 already has the shop “%2”; demo data was not imported again.</translation>
    </message>
    <message>
        <source>已在 %1 创建演示店铺「%2」：</source>
        <translation>Created demo shop “%2” in %1:</translation>
    </message>
    <message>
        <source>  商品 %1 件（SKU %2 个），促销 %3 个，快捷短语 %4 条，知识库 %5 条，客服 %6 位</source>
        <translation>  Products: %1 (SKUs: %2), promotions: %3, quick phrases: %4, knowledge articles: %5, agents: %6</translation>
    </message>
    <message>
        <source>  客户 %1 位，订单 %2 笔，发货 %3 单，售后 %4 单，会话 %5 个，消息 %6 条</source>
        <translation>  Customers: %1, orders: %2, shipments: %3, after-sales cases: %4, conversations: %5, messages: %6</translation>
    </message>
    <message>
        <source>  订单状态：待付款 %1，待发货 %2，已发货 %3，交易成功 %4，交易关闭 %5</source>
        <translation>  Order status: awaiting payment %1, awaiting shipment %2, shipped %3, completed %4, closed %5</translation>
    </message>
    <message>
        <source>  接待：待回复 %1，处理中 %2；售后处理中 %3</source>
        <translation>  Service: waiting %1, in progress %2; after-sales in progress %3</translation>
    </message>
</context>
<context>
    <name>SellerFlags</name>
    <message>
        <source>红旗</source>
        <translation>Red flag</translation>
    </message>
    <message>
        <source>黄旗</source>
        <translation>Yellow flag</translation>
    </message>
    <message>
        <source>绿旗</source>
        <translation>Green flag</translation>
    </message>
    <message>
        <source>蓝旗</source>
        <translation>Blue flag</translation>
    </message>
    <message>
        <source>紫旗</source>
        <translation>Purple flag</translation>
    </message>
    <message>
        <source>灰旗</source>
        <translation>Gray flag</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>界面语言(&amp;L)：</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>新消息提示音(&amp;S)</source>
        <translation>&amp;Sound for new messages</translation>
    </message>
    <message>
        <source>新消息桌面通知(&amp;N)</source>
        <translation>Desktop &amp;notification for new messages</translation>
    </message>
    <message>
        <source>界面语言在下次启动工作台时生效。</source>
        <translation>The interface language takes effect the next time KefuDesk starts.</translation>
    </message>
    <message>
        <source>网关</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>网关地址(&amp;G)：</source>
        <translation>&amp;Gateway address:</translation>
    </message>
    <message>
        <source>聊天网关的地址，以 ws:// 或 wss:// 开头；留空则以离线模式工作</source>
        <translation>The chat gateway&apos;s address, starting with ws:// or wss://; leave it empty to work offline</translation>
    </message>
    <message>
        <source>登录令牌(&amp;T)：</source>
        <translation>Login &amp;token:</translation>
    </message>
    <message>
        <source>店铺登录后得到的网关令牌</source>
        <translation>The gateway token from the shop&apos;s login</translation>
    </message>
    <message>
        <source>显示令牌(&amp;W)</source>
        <translation>Sho&amp;w token</translation>
    </message>
    <message>
        <source>不填网关地址时工作台以离线模式运行：回复保存为“发送中”，配置网关后自动发出。</source>
        <translation>Without a gateway address the workbench runs offline: replies are kept as “sending” and go out once a gateway is configured.</translation>
    </message>
</context>
<context>
    <name>SimCatalog</name>
    <message>
        <source>找不到店铺数据库文件</source>
        <translation>The shop database file was not found</translation>
    </message>
    <message>
        <source>店铺数据库中没有在售商品</source>
        <translation>The shop database has no products on sale</translation>
    </message>
</context>
<context>
    <name>SizeAdvisor</name>
    <message>
        <source>修身</source>
        <translation>修身</translation>
    </message>
    <message>
        <source>标准</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>宽松</source>
        <translation>宽松</translation>
    </message>
    <message>
        <source>这款商品没有身高体重尺码表，无法推荐尺码，请参考商品详情页的尺码说明</source>
        <translation>这款商品没有身高体重尺码表，无法推荐尺码，请参考商品详情页的尺码说明</translation>
    </message>
    <message>
        <source>%1cm/%2kg</source>
        <translation>%1cm/%2kg</translation>
    </message>
    <message>
        <source>，喜欢宽松可选 %1</source>
        <translation>，喜欢宽松可选 %1</translation>
    </message>
    <message>
        <source>身高%1</source>
        <translation>身高%1</translation>
    </message>
    <message>
        <source>体重%1</source>
        <translation>体重%1</translation>
    </message>
    <message>
        <source>%1 在 %2 码范围内（%3）</source>
        <translation>%1 在 %2 码范围内（%3）</translation>
    </message>
    <message>
        <source>，</source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 介于 %2 和 %3 之间：</source>
        <translation>%1 介于 %2 和 %3 之间：</translation>
    </message>
    <message>
        <source>喜欢修身选 %1</source>
        <translation>喜欢修身选 %1</translation>
    </message>
    <message>
        <source>喜欢宽松选 %1</source>
        <translation>喜欢宽松选 %1</translation>
    </message>
    <message>
        <source>建议选 %1，喜欢修身可选 %2</source>
        <translation>建议选 %1，喜欢修身可选 %2</translation>
    </message>
    <message>
        <source>身高≤%1</source>
        <translation>身高≤%1</translation>
    </message>
    <message>
        <source>身高≥%1</source>
        <translation>身高≥%1</translation>
    </message>
    <message>
        <source>体重≤%1</source>
        <translation>体重≤%1</translation>
    </message>
    <message>
        <source>体重≥%1</source>
        <translation>体重≥%1</translation>
    </message>
    <message>
        <source>%1 超出尺码表范围（最大 %2：%3）</source>
        <translation>%1 超出尺码表范围（最大 %2：%3）</translation>
    </message>
    <message>
        <source>%1 小于尺码表最小码（最小 %2：%3）</source>
        <translation>%1 小于尺码表最小码（最小 %2：%3）</translation>
    </message>
    <message>
        <source>≥%1</source>
        <translation>≥%1</translation>
    </message>
    <message>
        <source>≤%1</source>
        <translation>≤%1</translation>
    </message>
</context>
<context>
    <name>SizeAdvisorWidget</name>
    <message>
        <source>身高(&amp;H)</source>
        <translation>&amp;Height</translation>
    </message>
    <message>
        <source>买家身高（厘米）</source>
        <translation>Buyer&apos;s height (cm)</translation>
    </message>
    <message>
        <source>未填</source>
        <comment>0 means the buyer has not said yet</comment>
        <translation>Not set</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <source>体重(&amp;W)</source>
        <translation>&amp;Weight</translation>
    </message>
    <message>
        <source>买家体重（公斤）</source>
        <translation>Buyer&apos;s weight (kg)</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>偏好</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>买家喜欢的穿着效果，介于两个尺码之间时据此选择</source>
        <translation>How the buyer likes it to fit; decides between two sizes</translation>
    </message>
    <message>
        <source>把尺码建议插入回复框（Alt+I）</source>
        <translation>Insert the size advice into the reply box (Alt+I)</translation>
    </message>
    <message>
        <source>插入建议(&amp;I)</source>
        <translation>&amp;Insert advice</translation>
    </message>
</context>
<context>
    <name>StoreBootstrap</name>
    <message>
        <source>数据库文件不存在：%1</source>
        <translation>The database file does not exist: %1</translation>
    </message>
    <message>
        <source>如需新建演示店铺的数据库，请运行：kefudesk seed-demo --db %1</source>
        <translation>To create a database with the demo shop, run: kefudesk seed-demo --db %1</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>转接会话</source>
        <translation>Transfer conversation</translation>
    </message>
    <message>
        <source>转接给(&amp;A)：</source>
        <translation>Transfer to &amp;agent:</translation>
    </message>
    <message>
        <source>选择接手的客服（Alt+A）</source>
        <translation>Choose the agent who takes over (Alt+A)</translation>
    </message>
    <message>
        <source>转接原因(&amp;R)：</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>必填，例如：买家咨询退款，转售后处理</source>
        <translation>Required, e.g. buyer asks about a refund, passing to after-sales</translation>
    </message>
    <message>
        <source>转接原因会记在会话里（Alt+R）</source>
        <translation>The reason is recorded in the conversation (Alt+R)</translation>
    </message>
    <message>
        <source>请填写转接原因</source>
        <translation>Please enter a transfer reason</translation>
    </message>
</context>
<context>
    <name>TransferNotice</name>
    <message>
        <source>已转接给 %1</source>
        <translation>Transferred to %1</translation>
    </message>
    <message>
        <source>已由 %1 转接给 %2</source>
        <translation>Transferred from %1 to %2</translation>
    </message>
    <message>
        <source>：%1</source>
        <translation>: %1</translation>
    </message>
</context>
<context>
    <name>WaitDuration</name>
    <message>
        <source>刚刚</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>%1 秒</source>
        <translation>%1 sec</translation>
    </message>
    <message>
        <source>%1 分钟</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 小时</source>
        <translation>%1 hr</translation>
    </message>
    <message>
        <source>%1 小时 %2 分</source>
        <translation>%1 hr %2 min</translation>
    </message>
    <message>
        <source>%1 天</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 天 %2 小时</source>
        <translation>%1 d %2 hr</translation>
    </message>
    <message>
        <source>%1秒</source>
        <translation>%1s</translation>
    </message>
    <message>
        <source>%1分%2秒</source>
        <translation>%1m %2s</translation>
    </message>
    <message>
        <source>%1小时%2分</source>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <source>%1天%2小时</source>
        <translation>%1d %2h</translation>
    </message>
</context>
<context>
    <name>kefu::AddressEditDialog</name>
    <message>
        <source>%1 %2/%3 字节</source>
        <translation>%1 %2/%3 bytes</translation>
    </message>
    <message>
        <source>订单 %1（%2）</source>
        <translation>Order %1 (%2)</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>保存新地址（Ctrl+Enter）</source>
        <translation>Save the new address (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请填写收货人姓名</source>
        <translation>Please enter the recipient&apos;s name</translation>
    </message>
    <message>
        <source>收货人姓名不能超过 %1 个字节（一个汉字计 2 个字节）</source>
        <translation>The recipient&apos;s name cannot exceed %1 bytes (a Chinese character counts as 2)</translation>
    </message>
    <message>
        <source>请填写联系电话</source>
        <translation>Please enter a phone number</translation>
    </message>
    <message>
        <source>联系电话格式不正确：请填写 11 位手机号，或带区号的固定电话（如 0571-88886666）</source>
        <translation>Invalid phone number: enter an 11-digit mobile number or a landline with area code (e.g. 0571-88886666)</translation>
    </message>
    <message>
        <source>请填写省份</source>
        <translation>Please enter the province</translation>
    </message>
    <message>
        <source>请填写城市</source>
        <translation>Please enter the city</translation>
    </message>
    <message>
        <source>请填写详细地址</source>
        <translation>Please enter the street address</translation>
    </message>
    <message>
        <source>详细地址不能超过 %1 个字节（一个汉字计 2 个字节）</source>
        <translation>The street address cannot exceed %1 bytes (a Chinese character counts as 2)</translation>
    </message>
    <message>
        <source>邮政编码应为 6 位数字</source>
        <translation>The ZIP code must be 6 digits</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>地址没有修改：%1</source>
        <translation>Address not changed: %1</translation>
    </message>
</context>
<context>
    <name>kefu::AfterSaleCreateDialog</name>
    <message>
        <source>创建售后 · 订单 %1</source>
        <translation>New after-sales case · Order %1</translation>
    </message>
    <message>
        <source>%1（%2）×%3</source>
        <translation>%1 (%2) ×%3</translation>
    </message>
    <message>
        <source>尺码不合适</source>
        <translation>Wrong size</translation>
    </message>
    <message>
        <source>质量问题</source>
        <translation>Quality problem</translation>
    </message>
    <message>
        <source>七天无理由</source>
        <translation>7-day no-reason return</translation>
    </message>
    <message>
        <source>发错货</source>
        <translation>Wrong item sent</translation>
    </message>
    <message>
        <source>少件/漏发</source>
        <translation>Missing items</translation>
    </message>
    <message>
        <source>与描述不符</source>
        <translation>Not as described</translation>
    </message>
    <message>
        <source>未按约定时间发货</source>
        <translation>Not shipped on time</translation>
    </message>
    <message>
        <source>不想要了</source>
        <translation>No longer wanted</translation>
    </message>
    <message>
        <source>最多 %1</source>
        <translation>Max %1</translation>
    </message>
    <message>
        <source>退款金额不能超过实付 %1</source>
        <translation>The refund cannot exceed the amount paid, %1</translation>
    </message>
    <message>
        <source>给售后同事的说明，可不填</source>
        <translation>Note for the after-sales team (optional)</translation>
    </message>
    <message>
        <source>售后类型(&amp;T)</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>商品(&amp;I)</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <source>原因(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>退款金额(&amp;M)</source>
        <translation>Refund a&amp;mount</translation>
    </message>
    <message>
        <source>说明(&amp;N)</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>创建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>创建售后单，状态为等待卖家同意（Enter）</source>
        <translation>Create the after-sales case, awaiting seller approval (Enter)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请填写大于 0 的退款金额，如 59.00</source>
        <translation>Enter a refund amount greater than 0, e.g. 59.00</translation>
    </message>
    <message>
        <source>请填写售后原因</source>
        <translation>Please enter the after-sales reason</translation>
    </message>
    <message>
        <source>售后单没有创建：%1</source>
        <translation>After-sales case not created: %1</translation>
    </message>
</context>
<context>
    <name>kefu::AfterSalesTab</name>
    <message>
        <source>选择一个会话后，这里显示买家的售后</source>
        <translation>Select a conversation to see the buyer&apos;s after-sales cases here</translation>
    </message>
    <message>
        <source>读取售后失败：%1</source>
        <translation>Failed to read after-sales cases: %1</translation>
    </message>
    <message>
        <source>这位买家没有售后记录</source>
        <translation>This buyer has no after-sales cases</translation>
    </message>
    <message>
        <source>共 %1 个售后</source>
        <translation>After-sales cases: %1</translation>
    </message>
    <message>
        <source>退款编号 %1</source>
        <translation>Refund no. %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>退款 &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Refund &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>订单 %1&#x3000;申请于 %2</source>
        <translation>Order %1  requested %2</translation>
    </message>
    <message>
        <source>退货物流 %1 %2</source>
        <translation>Return shipment %1 %2</translation>
    </message>
    <message>
        <source>仓库备注：%1</source>
        <translation>Warehouse note: %1</translation>
    </message>
    <message>
        <source>%1&#x3000;%2&#x3000;%3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>：%1</source>
        <translation>: %1</translation>
    </message>
</context>
<context>
    <name>kefu::AgentPickerDialog</name>
    <message>
        <source>%1&#x3000;%2
%3</source>
        <translation>%1  %2
%3</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>kefu::AgentStatusButton</name>
    <message>
        <source>无法切换状态</source>
        <translation>Cannot change status</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>%1（%2）— 点击切换 在线 / 挂起 / 离线</source>
        <translation>%1 (%2) — click to switch online / away / offline</translation>
    </message>
</context>
<context>
    <name>kefu::ChannelAlertBanner</name>
    <message>
        <source>打开设置(&amp;O)…</source>
        <translation>&amp;Open settings…</translation>
    </message>
    <message>
        <source>打开 设置 → 网关，重新输入登录令牌（Ctrl+,）</source>
        <translation>Open Settings → Gateway to enter the login token again (Ctrl+,)</translation>
    </message>
    <message>
        <source>关闭提示</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>网关拒绝了登录令牌，请在 设置 → 网关 中重新输入。在此之前新消息不会到达，回复保存为待发送。</source>
        <translation>The gateway refused the login token. Please enter it again in Settings → Gateway. Until then no new messages arrive and replies wait to be sent.</translation>
    </message>
    <message>
        <source>网关说明：%1</source>
        <translation>Gateway says: %1</translation>
    </message>
</context>
<context>
    <name>kefu::ChannelDiagnosticsDialog</name>
    <message>
        <source>%1 帧（%2）</source>
        <translation>%1 frames (%2)</translation>
    </message>
    <message>
        <source>帧过大</source>
        <translation>frame too large</translation>
    </message>
    <message>
        <source>非法 UTF-8</source>
        <translation>invalid UTF-8</translation>
    </message>
    <message>
        <source>嵌套过深</source>
        <translation>nested too deep</translation>
    </message>
    <message>
        <source>JSON 格式错误</source>
        <translation>malformed JSON</translation>
    </message>
    <message>
        <source>不是 JSON 对象</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>缺少协议版本</source>
        <translation>protocol version missing</translation>
    </message>
    <message>
        <source>协议版本不受支持</source>
        <translation>protocol version not supported</translation>
    </message>
    <message>
        <source>未知的帧类型</source>
        <translation>unknown frame type</translation>
    </message>
    <message>
        <source>缺少字段</source>
        <translation>field missing</translation>
    </message>
    <message>
        <source>字段类型错误</source>
        <translation>field of the wrong type</translation>
    </message>
    <message>
        <source>未知的取值</source>
        <translation>unknown value</translation>
    </message>
    <message>
        <source>取值无效</source>
        <translation>invalid value</translation>
    </message>
    <message>
        <source>二进制帧</source>
        <translation>binary frame</translation>
    </message>
    <message>
        <source>未配置网关（离线模式）</source>
        <translation>No gateway configured (offline mode)</translation>
    </message>
    <message>
        <source>未配置（设置 → 网关）</source>
        <translation>Not configured (Settings → Gateway)</translation>
    </message>
    <message>
        <source>从未连接</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>%1 条</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1（%2）：%3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>kefu::ChannelState</name>
    <message>
        <source>未连接</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>正在连接网关…</source>
        <translation>Connecting to the gateway…</translation>
    </message>
    <message>
        <source>已连接</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>连接已断开，等待重连</source>
        <translation>Disconnected, waiting to reconnect</translation>
    </message>
    <message>
        <source>登录已失效</source>
        <translation>Login no longer valid</translation>
    </message>
    <message>
        <source>网关协议版本不受支持</source>
        <translation>Gateway protocol version not supported</translation>
    </message>
    <message>
        <source>通道故障</source>
        <translation>Channel failure</translation>
    </message>
</context>
<context>
    <name>kefu::ChannelStatusLabel</name>
    <message>
        <source>网关：%1</source>
        <translation>Gateway: %1</translation>
    </message>
    <message>
        <source>（%1 条待发送）</source>
        <translation> (%1 waiting)</translation>
    </message>
    <message>
        <source>未配置聊天网关：回复保存在本机，配置后自动发出（设置 → 网关）</source>
        <translation>No chat gateway configured: replies are kept on this computer and go out once one is configured (Settings → Gateway)</translation>
    </message>
    <message>
        <source>聊天网关：%1</source>
        <translation>Chat gateway: %1</translation>
    </message>
    <message>
        <source>客服账号：%1</source>
        <translation>Agent account: %1</translation>
    </message>
    <message>
        <source>上次连接：%1</source>
        <translation>Last connected: %1</translation>
    </message>
    <message>
        <source>上次连接：从未连接</source>
        <translation>Last connected: never</translation>
    </message>
    <message>
        <source>重连次数：%1</source>
        <translation>Reconnects: %1</translation>
    </message>
    <message>
        <source>最近错误：%1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>点击查看连接诊断（Ctrl+Shift+D）</source>
        <translation>Click for connection diagnostics (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>网关：离线模式（%1 条待发送）</source>
        <translation>Gateway: offline (%1 waiting to send)</translation>
    </message>
    <message>
        <source>网关：离线模式</source>
        <translation>Gateway: offline</translation>
    </message>
</context>
<context>
    <name>kefu::ChannelWorker</name>
    <message>
        <source>本地会话未接入网关，无法发送</source>
        <translation>This local conversation is not connected to the gateway; it cannot be sent</translation>
    </message>
    <message>
        <source>无法打开本地数据库，实时通道未启动：%1</source>
        <translation>Cannot open the local database; the live channel did not start: %1</translation>
    </message>
    <message>
        <source>无法保存网关消息：%1。将重新连接后重试。</source>
        <translation>Cannot store the gateway&apos;s messages: %1. Will reconnect and try again.</translation>
    </message>
    <message>
        <source>网关提示：%1（部分历史消息可能不完整）</source>
        <translation>Gateway notice: %1 (some earlier messages may be missing)</translation>
    </message>
</context>
<context>
    <name>kefu::ComposeEdit</name>
    <message>
        <source>输入消息，Enter 发送，Shift+Enter 换行，输入 / 选择快捷短语</source>
        <translation>Type a message: Enter sends, Shift+Enter adds a line, / picks a quick phrase</translation>
    </message>
    <message>
        <source>Enter 发送 · Shift+Enter 换行 · / 快捷短语（↑↓ 选择，Enter/Tab 插入，Esc 关闭）</source>
        <translation>Enter send · Shift+Enter new line · / quick phrases (↑↓ select, Enter/Tab insert, Esc close)</translation>
    </message>
</context>
<context>
    <name>kefu::ConversationFindBar</name>
    <message>
        <source>查找(&amp;F)：</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>在本会话中查找，Enter 搜索</source>
        <translation>Find in this conversation; Enter searches</translation>
    </message>
    <message>
        <source>较新</source>
        <translation>Newer</translation>
    </message>
    <message>
        <source>上一条（较新）结果（Shift+Enter）</source>
        <translation>Previous (newer) result (Shift+Enter)</translation>
    </message>
    <message>
        <source>较早</source>
        <translation>Older</translation>
    </message>
    <message>
        <source>下一条（较早）结果（Enter）</source>
        <translation>Next (older) result (Enter)</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>关闭查找（Esc）</source>
        <translation>Close find (Esc)</translation>
    </message>
    <message>
        <source>无结果</source>
        <translation>No results</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>搜索中…</source>
        <translation>Searching…</translation>
    </message>
</context>
<context>
    <name>kefu::ConversationPanel</name>
    <message>
        <source>未选择会话</source>
        <translation>No conversation selected</translation>
    </message>
    <message>
        <source>会话不存在</source>
        <translation>Conversation not found</translation>
    </message>
    <message>
        <source>未分配</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>客服 %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>接待：%1</source>
        <translation>Handled by: %1</translation>
    </message>
    <message>
        <source>请先填写 {%1}</source>
        <translation>Please fill in {%1} first</translation>
    </message>
    <message>
        <source>发送失败，消息已保留：%1</source>
        <translation>Sending failed, message kept: %1</translation>
    </message>
    <message>
        <source>发送失败：%1</source>
        <translation>Sending failed: %1</translation>
    </message>
    <message>
        <source>重发失败：%1</source>
        <translation>Resending failed: %1</translation>
    </message>
    <message>
        <source>无法结束会话：%1</source>
        <translation>Cannot end conversation: %1</translation>
    </message>
    <message>
        <source>转接失败：%1</source>
        <translation>Transfer failed: %1</translation>
    </message>
    <message>
        <source>请填写转接原因</source>
        <translation>Please enter a transfer reason</translation>
    </message>
    <message>
        <source>已转接给 %1：%2</source>
        <translation>Transferred to %1: %2</translation>
    </message>
    <message>
        <source>在会话中查找(&amp;F)</source>
        <translation>&amp;Find in conversation</translation>
    </message>
    <message>
        <source>转接(&amp;T)…</source>
        <translation>&amp;Transfer…</translation>
    </message>
    <message>
        <source>结束会话(&amp;E)</source>
        <translation>&amp;End conversation</translation>
    </message>
    <message>
        <source>挂起 / 恢复在线(&amp;H)</source>
        <translation>Put on &amp;hold / back online</translation>
    </message>
    <message>
        <source>无法通知买家已读：%1</source>
        <translation>Cannot tell the buyer the messages were read: %1</translation>
    </message>
    <message>
        <source>消息太长：最多 %1 字，现在 %2 字，请分几条发送</source>
        <translation>Message too long: at most %1 characters, this one has %2; please send it in several parts</translation>
    </message>
</context>
<context>
    <name>kefu::CustomerProfileTab</name>
    <message>
        <source>选择一个会话后，这里显示买家的资料</source>
        <translation>Select a conversation to see the buyer&apos;s profile here</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>累计消费</source>
        <translation>Total spent</translation>
    </message>
    <message>
        <source>订单数</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>最近下单</source>
        <translation>Last order</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>备注(&amp;N)</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>写下这位买家的偏好、尺码、注意事项……</source>
        <translation>Write down this buyer&apos;s preferences, sizes, things to watch for…</translation>
    </message>
    <message>
        <source>保存备注（Ctrl+S）</source>
        <translation>Save notes (Ctrl+S)</translation>
    </message>
    <message>
        <source>读取买家资料失败：%1</source>
        <translation>Failed to read buyer profile: %1</translation>
    </message>
    <message>
        <source>未留</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>读取订单统计失败：%1</source>
        <translation>Failed to read order statistics: %1</translation>
    </message>
    <message>
        <source>暂无</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>标签没有保存：%1</source>
        <translation>Tags not saved: %1</translation>
    </message>
    <message>
        <source>备注没有保存：%1</source>
        <translation>Notes not saved: %1</translation>
    </message>
    <message>
        <source>未保存（Ctrl+S 保存）</source>
        <translation>Unsaved (Ctrl+S to save)</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>kefu::CustomerSidePanel</name>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>订单</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>售后</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <source>买家资料、标签和备注（Alt+1）</source>
        <translation>Buyer profile, tags and notes (Alt+1)</translation>
    </message>
    <message>
        <source>买家的订单、物流和操作（Alt+2）</source>
        <translation>Buyer&apos;s orders, shipping and actions (Alt+2)</translation>
    </message>
    <message>
        <source>买家的售后单（Alt+3）</source>
        <translation>Buyer&apos;s after-sales cases (Alt+3)</translation>
    </message>
</context>
<context>
    <name>kefu::CustomerTagsEditor</name>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>新标签，如 爱砍价</source>
        <translation>New tag, e.g. bargain hunter</translation>
    </message>
    <message>
        <source>输入标签名后按 Enter 添加</source>
        <translation>Type a tag name and press Enter to add it</translation>
    </message>
    <message>
        <source>标签颜色</source>
        <translation>Tag color</translation>
    </message>
    <message>
        <source>添加标签（Enter）</source>
        <translation>Add tag (Enter)</translation>
    </message>
    <message>
        <source>红</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>橙</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>黄</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>绿</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>青</source>
        <translation>Cyan</translation>
    </message>
    <message>
        <source>蓝</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>靛</source>
        <translation>Indigo</translation>
    </message>
    <message>
        <source>紫</source>
        <translation>Purple</translation>
    </message>
    <message>
        <source>灰</source>
        <translation>Gray</translation>
    </message>
    <message>
        <source>暂无标签</source>
        <translation>No tags yet</translation>
    </message>
    <message>
        <source>删除标签「%1」</source>
        <translation>Remove tag “%1”</translation>
    </message>
</context>
<context>
    <name>kefu::FaqPanel</name>
    <message>
        <source>全部分类</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>没有找到相关问题，换个关键词试试</source>
        <translation>No matching questions; try other keywords</translation>
    </message>
    <message>
        <source>共 %1 条</source>
        <translation>%1 total</translation>
    </message>
    <message>
        <source>使用次数未能记录：%1</source>
        <translation>Usage count not recorded: %1</translation>
    </message>
</context>
<context>
    <name>kefu::FaqResultModel</name>
    <message>
        <source>【%1】%2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>%1

%2

已使用 %3 次</source>
        <translation>%1

%2

Used %3 times</translation>
    </message>
</context>
<context>
    <name>kefu::FrameCodec</name>
    <message>
        <source>网关消息过大（超过 64 KiB），已拒收</source>
        <translation>Gateway frame too large (over 64 KiB); refused</translation>
    </message>
    <message>
        <source>网关消息不是有效的 UTF-8 文本</source>
        <translation>Gateway frame is not valid UTF-8 text</translation>
    </message>
    <message>
        <source>网关消息的嵌套层级过深</source>
        <translation>Gateway frame is nested too deeply</translation>
    </message>
    <message>
        <source>网关消息不是有效的 JSON</source>
        <translation>Gateway frame is not valid JSON</translation>
    </message>
    <message>
        <source>网关消息格式错误：应为 JSON 对象</source>
        <translation>Malformed gateway frame: expected a JSON object</translation>
    </message>
    <message>
        <source>网关消息缺少协议版本号</source>
        <translation>Gateway frame has no protocol version</translation>
    </message>
    <message>
        <source>网关协议版本不受支持（本程序支持 v1）</source>
        <translation>Unsupported gateway protocol version (this program supports v1)</translation>
    </message>
    <message>
        <source>未知的网关消息类型</source>
        <translation>Unknown gateway frame type</translation>
    </message>
    <message>
        <source>网关消息缺少字段“%1”</source>
        <translation>Gateway frame is missing the field “%1”</translation>
    </message>
    <message>
        <source>网关消息字段“%1”的类型错误</source>
        <translation>Gateway frame field “%1” has the wrong type</translation>
    </message>
    <message>
        <source>网关消息字段“%1”的取值无法识别</source>
        <translation>Gateway frame field “%1” has an unknown value</translation>
    </message>
    <message>
        <source>网关消息字段“%1”的值无效</source>
        <translation>Gateway frame field “%1” has an invalid value</translation>
    </message>
</context>
<context>
    <name>kefu::FrameEffects</name>
    <message>
        <source>网关会话不存在</source>
        <translation>The gateway conversation does not exist</translation>
    </message>
    <message>
        <source>网关确认的回复不在本地</source>
        <translation>The reply the gateway confirmed is not in the local store</translation>
    </message>
</context>
<context>
    <name>kefu::GatewayConnection</name>
    <message>
        <source>网关没有按协议问候（hello 超时），正在重连</source>
        <translation>The gateway did not greet as the protocol requires (hello timeout); reconnecting</translation>
    </message>
    <message>
        <source>网关无响应（心跳超时），正在重连</source>
        <translation>The gateway stopped answering (heartbeat timeout); reconnecting</translation>
    </message>
    <message>
        <source>网关协议错误（第一帧不是 hello），正在重连</source>
        <translation>Gateway protocol error (the first frame was not hello); reconnecting</translation>
    </message>
    <message>
        <source>本地保存失败，正在重连后重收</source>
        <translation>Saving locally failed; reconnecting to receive again</translation>
    </message>
    <message>
        <source>与网关的连接已断开（代码 %1），正在重连</source>
        <translation>The connection to the gateway was closed (code %1); reconnecting</translation>
    </message>
    <message>
        <source>网关拒绝了登录：%1。请重新登录后再连接。</source>
        <translation>The gateway refused the sign-in: %1. Please sign in again before connecting.</translation>
    </message>
    <message>
        <source>令牌无效或已过期</source>
        <translation>The token is invalid or has expired</translation>
    </message>
    <message>
        <source>网关协议版本不受支持，请升级 KefuDesk。</source>
        <translation>The gateway&apos;s protocol version is not supported; please update KefuDesk.</translation>
    </message>
</context>
<context>
    <name>kefu::GatewaySimulator</name>
    <message>
        <source>尚未登录网关</source>
        <translation>Not signed in to the gateway</translation>
    </message>
    <message>
        <source>登录凭证无效，请重新登录</source>
        <translation>Invalid login credentials, please sign in again</translation>
    </message>
    <message>
        <source>部分历史消息已过期，会话记录可能不完整</source>
        <translation>Some earlier messages have expired; the conversation history may be incomplete</translation>
    </message>
    <message>
        <source>网关已重置，正在重新同步消息</source>
        <translation>The gateway was reset; synchronising messages again</translation>
    </message>
    <message>
        <source>会话不存在或已转接给其他客服</source>
        <translation>The conversation does not exist or was transferred to another agent</translation>
    </message>
    <message>
        <source>会话已结束，买家收不到这条消息</source>
        <translation>The conversation has ended; the buyer will not receive this message</translation>
    </message>
    <message>
        <source>消息包含违禁词</source>
        <translation>The message contains a forbidden word</translation>
    </message>
    <message>
        <source>会话不存在或不属于当前客服</source>
        <translation>The conversation does not exist or is not this agent&apos;s</translation>
    </message>
    <message>
        <source>转接的客服不存在或不在线</source>
        <translation>The agent to transfer to does not exist or is not online</translation>
    </message>
</context>
<context>
    <name>kefu::InboxDelegate</name>
    <message>
        <source>聊天记录：%1</source>
        <translation>Chat: %1</translation>
    </message>
</context>
<context>
    <name>kefu::InboxJumpDialog</name>
    <message>
        <source>跳转到买家</source>
        <translation>Jump to buyer</translation>
    </message>
    <message>
        <source>买家昵称(&amp;N)：</source>
        <translation>Buyer &amp;nickname:</translation>
    </message>
    <message>
        <source>输入买家昵称的一部分</source>
        <translation>Type part of the buyer&apos;s nickname</translation>
    </message>
    <message>
        <source>↑/↓ 选择，Enter 打开该买家最近的会话，Esc 关闭</source>
        <translation>↑/↓ select, Enter opens the buyer&apos;s latest conversation, Esc closes</translation>
    </message>
    <message>
        <source>输入买家昵称查找</source>
        <translation>Type a buyer nickname to search</translation>
    </message>
    <message>
        <source>没有昵称包含“%1”的买家</source>
        <translation>No buyer nickname contains “%1”</translation>
    </message>
</context>
<context>
    <name>kefu::InboxPanel</name>
    <message>
        <source>正在搜索…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>待回复</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>我的</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>没有找到订单 %1 的买家会话</source>
        <translation>No buyer conversation found for order %1</translation>
    </message>
    <message>
        <source>没有找到与“%1”相关的会话</source>
        <translation>No conversations found for “%1”</translation>
    </message>
    <message>
        <source>找到 %1 个会话</source>
        <translation>Conversations found: %1</translation>
    </message>
    <message>
        <source>暂无待回复的会话
所有买家都已得到回复</source>
        <translation>No waiting conversations
Every buyer has been answered</translation>
    </message>
    <message>
        <source>暂无分配给你的会话</source>
        <translation>No conversations assigned to you</translation>
    </message>
    <message>
        <source>暂无进行中的会话</source>
        <translation>No open conversations</translation>
    </message>
    <message>
        <source>暂无已结束的会话</source>
        <translation>No closed conversations</translation>
    </message>
</context>
<context>
    <name>kefu::Labels</name>
    <message>
        <source>售前客服</source>
        <translation>Pre-sales agent</translation>
    </message>
    <message>
        <source>售后客服</source>
        <translation>After-sales agent</translation>
    </message>
    <message>
        <source>客服主管</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>管理员</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>在线</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>挂起</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>离线</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>淘宝</source>
        <translation>Taobao</translation>
    </message>
    <message>
        <source>天猫</source>
        <translation>Tmall</translation>
    </message>
    <message>
        <source>千牛</source>
        <translation>Qianniu</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>待回复</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>处理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>新客</source>
        <translation>New</translation>
    </message>
    <message>
        <source>老客</source>
        <translation>Returning</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>发送中</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>已发送</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>已送达</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>发送失败</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>[图片]</source>
        <translation>[Image]</translation>
    </message>
    <message>
        <source>[商品卡片]</source>
        <translation>[Product card]</translation>
    </message>
    <message>
        <source>[订单卡片]</source>
        <translation>[Order card]</translation>
    </message>
    <message>
        <source>不打折</source>
        <translation>Full price</translation>
    </message>
    <message>
        <source>%1折</source>
        <extracomment>A discount. %1 = the price paid in tenths (八五, 8.8); %2 = the percentage taken off (15, 12).</extracomment>
        <translation>%2% off</translation>
    </message>
    <message>
        <source>满减</source>
        <translation>Spend-and-save</translation>
    </message>
    <message>
        <source>折扣</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>赠品</source>
        <translation>Gift</translation>
    </message>
    <message>
        <source>立减%1</source>
        <translation>¥%1 off</translation>
    </message>
    <message>
        <source>每满%1减%2</source>
        <translation>¥%2 off every ¥%1</translation>
    </message>
    <message>
        <source>满%1减%2</source>
        <translation>¥%2 off ¥%1</translation>
    </message>
    <message>
        <source>送%1</source>
        <translation>Free %1</translation>
    </message>
    <message>
        <source>满%1送%2</source>
        <translation>Free %2 with ¥%1</translation>
    </message>
    <message>
        <source>店铺</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>个人</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>仅退款</source>
        <translation>Refund only</translation>
    </message>
    <message>
        <source>退货退款</source>
        <translation>Return &amp; refund</translation>
    </message>
    <message>
        <source>换货</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>买家已经申请退款，等待卖家同意</source>
        <translation>Buyer requested a refund; awaiting seller approval</translation>
    </message>
    <message>
        <source>卖家已经同意退款，等待买家退货</source>
        <translation>Seller approved the refund; awaiting the buyer&apos;s return</translation>
    </message>
    <message>
        <source>买家已经退货，等待卖家确认收货</source>
        <translation>Buyer returned the goods; awaiting seller&apos;s receipt</translation>
    </message>
    <message>
        <source>卖家拒绝退款</source>
        <translation>Seller refused the refund</translation>
    </message>
    <message>
        <source>退款关闭</source>
        <translation>Refund closed</translation>
    </message>
    <message>
        <source>退款成功</source>
        <translation>Refund completed</translation>
    </message>
    <message>
        <source>待卖家同意</source>
        <translation>Awaiting seller</translation>
    </message>
    <message>
        <source>待买家退货</source>
        <translation>Awaiting buyer&apos;s return</translation>
    </message>
    <message>
        <source>待确认收货</source>
        <translation>Awaiting return receipt</translation>
    </message>
    <message>
        <source>已拒绝</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>没有创建支付宝交易</source>
        <translation>No Alipay transaction created</translation>
    </message>
    <message>
        <source>等待买家付款</source>
        <translation>Awaiting buyer payment</translation>
    </message>
    <message>
        <source>卖家部分发货</source>
        <translation>Partially shipped by seller</translation>
    </message>
    <message>
        <source>买家已付款，等待卖家发货</source>
        <translation>Paid; awaiting seller shipment</translation>
    </message>
    <message>
        <source>卖家已发货，等待买家确认收货</source>
        <translation>Shipped; awaiting buyer confirmation</translation>
    </message>
    <message>
        <source>买家已签收（货到付款）</source>
        <translation>Signed for by buyer (cash on delivery)</translation>
    </message>
    <message>
        <source>交易成功</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>交易关闭（付款后全额退款）</source>
        <translation>Closed (fully refunded after payment)</translation>
    </message>
    <message>
        <source>交易被淘宝关闭（付款前关闭）</source>
        <translation>Closed by Taobao (before payment)</translation>
    </message>
    <message>
        <source>国际信用卡支付付款确认中</source>
        <translation>Confirming international credit card payment</translation>
    </message>
    <message>
        <source>0元购合约中</source>
        <translation>Under ¥0-purchase contract</translation>
    </message>
    <message>
        <source>待付款</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <source>部分发货</source>
        <translation>Partially shipped</translation>
    </message>
    <message>
        <source>待发货</source>
        <translation>Awaiting shipment</translation>
    </message>
    <message>
        <source>已发货</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>已签收</source>
        <translation>Signed for</translation>
    </message>
    <message>
        <source>交易关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>付款确认中</source>
        <translation>Confirming payment</translation>
    </message>
    <message>
        <source>合约中</source>
        <translation>Under contract</translation>
    </message>
</context>
<context>
    <name>kefu::MainWindow</name>
    <message>
        <source>客服工作台 — %1 — %2</source>
        <translation>KefuDesk — %1 — %2</translation>
    </message>
    <message>
        <source>快捷短语</source>
        <translation>Quick phrases</translation>
    </message>
    <message>
        <source>商品知识</source>
        <translation>Product knowledge</translation>
    </message>
    <message>
        <source>店铺概况</source>
        <translation>Shop overview</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>导入快捷短语(&amp;I)…</source>
        <translation>&amp;Import quick phrases…</translation>
    </message>
    <message>
        <source>导出快捷短语(&amp;E)…</source>
        <translation>&amp;Export quick phrases…</translation>
    </message>
    <message>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>快捷键一览(&amp;K)</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>关于客服工作台(&amp;A)</source>
        <translation>&amp;About KefuDesk</translation>
    </message>
    <message>
        <source>关于客服工作台</source>
        <translation>About KefuDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;客服工作台&lt;/b&gt; %1&lt;br&gt;天猫/淘宝店铺客服工作台。</source>
        <translation>&lt;b&gt;KefuDesk&lt;/b&gt; %1&lt;br&gt;Customer-service workbench for Tmall/Taobao shops.</translation>
    </message>
    <message>
        <source>会话(&amp;C)</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>下一个会话</source>
        <translation>Next conversation</translation>
    </message>
    <message>
        <source>上一个会话</source>
        <translation>Previous conversation</translation>
    </message>
    <message>
        <source>下一个待回复买家(&amp;N)</source>
        <translation>&amp;Next waiting buyer</translation>
    </message>
    <message>
        <source>按昵称跳转(&amp;J)…</source>
        <translation>&amp;Jump to nickname…</translation>
    </message>
    <message>
        <source>搜索会话列表</source>
        <translation>Search conversations</translation>
    </message>
    <message>
        <source>回到输入框(&amp;I)</source>
        <translation>Back to &amp;input</translation>
    </message>
    <message>
        <source>搜索快捷短语</source>
        <translation>Search quick phrases</translation>
    </message>
    <message>
        <source>搜索商品</source>
        <translation>Search products</translation>
    </message>
    <message>
        <source>搜索常见问题</source>
        <translation>Search FAQ</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>订单</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>售后</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <source>侧栏：%1</source>
        <translation>Side panel: %1</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>恢复默认布局(&amp;R)</source>
        <translation>&amp;Restore default layout</translation>
    </message>
    <message>
        <source>数据库文件（数据结构版本 %1）</source>
        <translation>Database file (schema version %1)</translation>
    </message>
    <message>
        <source>待回复 %1 人</source>
        <translation>Waiting: %1</translation>
    </message>
    <message>
        <source>状态(&amp;U)</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>连接诊断(&amp;D)…</source>
        <translation>Connection &amp;diagnostics…</translation>
    </message>
</context>
<context>
    <name>kefu::MessageDelegate</name>
    <message>
        <source>[图片]</source>
        <translation>[Image]</translation>
    </message>
    <message>
        <source>发送失败</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <source>发送失败：%1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>重发</source>
        <translation>Resend</translation>
    </message>
</context>
<context>
    <name>kefu::MessageListModel</name>
    <message>
        <source>%1 · 库存 %2</source>
        <translation>%1 · stock %2</translation>
    </message>
    <message>
        <source>商品 %1</source>
        <translation>Product %1</translation>
    </message>
    <message>
        <source>商品已下架或不存在</source>
        <translation>Product delisted or not found</translation>
    </message>
    <message>
        <source>订单 %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>实付 %1</source>
        <translation>Paid %1</translation>
    </message>
    <message>
        <source>订单不存在</source>
        <translation>Order not found</translation>
    </message>
    <message>
        <source>发送失败，点击“重发”或按 Ctrl+R 再发一次</source>
        <translation>Not sent. Click “Resend” or press Ctrl+R to send it again</translation>
    </message>
    <message>
        <source>发送失败：%1
点击“重发”或按 Ctrl+R 再发一次</source>
        <translation>Not sent: %1
Click “Resend” or press Ctrl+R to send it again</translation>
    </message>
</context>
<context>
    <name>kefu::MessageView</name>
    <message>
        <source>聊天记录：滚动到顶部加载更早的消息；Ctrl+R 重发选中的失败消息</source>
        <translation>Chat history: scroll to the top to load older messages; Ctrl+R resends the selected failed message</translation>
    </message>
</context>
<context>
    <name>kefu::NewMessageAlert</name>
    <message>
        <source>%1 发来新消息</source>
        <translation>New message from %1</translation>
    </message>
    <message>
        <source>客服工作台</source>
        <translation>KefuDesk</translation>
    </message>
</context>
<context>
    <name>kefu::OrderCard</name>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>复制%1</source>
        <translation>Copy %1</translation>
    </message>
    <message>
        <source>买家留言：%1</source>
        <translation>Buyer&apos;s note: %1</translation>
    </message>
    <message>
        <source>%1 下单</source>
        <translation>Ordered %1</translation>
    </message>
    <message>
        <source>订单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>实付 &lt;b&gt;%1&lt;/b&gt;&#x3000;运费 %2</source>
        <translation>Paid &lt;b&gt;%1&lt;/b&gt;  Shipping %2</translation>
    </message>
    <message>
        <source>收货人 %1&#x3000;%2
%3</source>
        <translation>Recipient %1  %2
%3</translation>
    </message>
    <message>
        <source>卖家备注：%1</source>
        <translation>Seller memo: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>运单号</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <source>物流超72小时未更新</source>
        <translation>No tracking update for over 72 hours</translation>
    </message>
    <message>
        <source>%1&#x3000;%2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>展开全部 %1 条物流</source>
        <translation>Show all %1 tracking events</translation>
    </message>
    <message>
        <source>收起</source>
        <translation>Show less</translation>
    </message>
    <message>
        <source>核对地址</source>
        <translation>Confirm address</translation>
    </message>
    <message>
        <source>发送核对地址卡片：把订单和完整收货信息发给买家确认</source>
        <translation>Send an address check: send the order and full shipping details to the buyer to confirm</translation>
    </message>
    <message>
        <source>催付</source>
        <translation>Payment reminder</translation>
    </message>
    <message>
        <source>发送催付消息：提醒买家为这笔订单付款</source>
        <translation>Send a payment reminder: remind the buyer to pay for this order</translation>
    </message>
    <message>
        <source>改地址</source>
        <translation>Edit address</translation>
    </message>
    <message>
        <source>修改收货地址（发货前可改）</source>
        <translation>Change the shipping address (possible before shipping)</translation>
    </message>
    <message>
        <source>订单%1，不能再修改收货地址</source>
        <translation>Order status: %1; the shipping address can no longer be changed</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>卖家备注和旗帜</source>
        <translation>Seller memo and flag</translation>
    </message>
    <message>
        <source>售后</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <source>为这笔订单登记售后</source>
        <translation>Register an after-sales case for this order</translation>
    </message>
</context>
<context>
    <name>kefu::OrdersTab</name>
    <message>
        <source>选择一个会话后，这里显示买家的订单</source>
        <translation>Select a conversation to see the buyer&apos;s orders here</translation>
    </message>
    <message>
        <source>读取订单失败：%1</source>
        <translation>Failed to read orders: %1</translation>
    </message>
    <message>
        <source>这位买家还没有下过单</source>
        <translation>This buyer has no orders yet</translation>
    </message>
    <message>
        <source>共 %1 笔订单</source>
        <translation>Orders: %1</translation>
    </message>
    <message>
        <source>最近 %1 笔订单</source>
        <translation>Latest %1 orders</translation>
    </message>
</context>
<context>
    <name>kefu::PhraseImportResultDialog</name>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>从 %1（%2 编码）导入到“%3”：成功导入 %4 条</source>
        <translation>Imported from %1 (%2 encoding) into “%3”: %4 imported</translation>
    </message>
    <message>
        <source>，跳过已存在的重复短语 %1 条</source>
        <translation>, %1 existing duplicates skipped</translation>
    </message>
    <message>
        <source>，有 %1 行有问题未导入</source>
        <translation>, %1 lines with problems not imported</translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <source>第 %1 行</source>
        <translation>Line %1</translation>
    </message>
</context>
<context>
    <name>kefu::PriceCalculatorWidget</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1  %2（已售罄）</source>
        <translation>%1  %2 (sold out)</translation>
    </message>
    <message>
        <source>默认  %1</source>
        <translation>Default  %1</translation>
    </message>
    <message>
        <source>亲，%1 拍 %2 件到手价 %3（%4）</source>
        <translation>Hi! %1, %2 pcs: final price %3 (%4)</translation>
    </message>
    <message>
        <source>到手价 %1</source>
        <translation>Final price %1</translation>
    </message>
</context>
<context>
    <name>kefu::ProductBrowser</name>
    <message>
        <source>拼音首字母搜索暂不可用（读取商品标题失败）</source>
        <translation>Pinyin-initials search unavailable (failed to read product titles)</translation>
    </message>
    <message>
        <source>搜索失败：%1</source>
        <translation>Search failed: %1</translation>
    </message>
    <message>
        <source>全部商品（按上架顺序）</source>
        <translation>All products (in listing order)</translation>
    </message>
    <message>
        <source>没有找到商品，试试别的关键词或拼音首字母</source>
        <translation>No products found; try other keywords or pinyin initials</translation>
    </message>
    <message>
        <source>找到 %1 件商品</source>
        <translation>Products found: %1</translation>
    </message>
    <message>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
</context>
<context>
    <name>kefu::ProductPage</name>
    <message>
        <source>无法打开商品：%1</source>
        <translation>Cannot open product: %1</translation>
    </message>
    <message>
        <source>读取活动失败：%1</source>
        <translation>Failed to read promotions: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1&#x3000;商品ID %2&#x3000;%3&#x3000;总库存 %4%5</source>
        <translation>%1  Product ID %2  %3  Total stock %4%5</translation>
    </message>
    <message>
        <source>&#x3000;已下架</source>
        <translation>  Delisted</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#ff5000&apos;&gt;%1&lt;/b&gt;&#x3000;%2&#x3000;&lt;span style=&apos;color:#8f959e&apos;&gt;至 %3&lt;/span&gt;</source>
        <translation>&lt;b style=&apos;color:#ff5000&apos;&gt;%1&lt;/b&gt;  %2  &lt;span style=&apos;color:#8f959e&apos;&gt;until %3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>当前没有进行中的活动</source>
        <translation>No current promotions</translation>
    </message>
    <message>
        <source>暂无卖点介绍</source>
        <translation>No selling points yet</translation>
    </message>
    <message>
        <source>读取搭配推荐失败：%1</source>
        <translation>Failed to read pairing suggestions: %1</translation>
    </message>
    <message>
        <source>%1&#x3000;%2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>暂无搭配推荐</source>
        <translation>No pairing suggestions</translation>
    </message>
</context>
<context>
    <name>kefu::ProductResultModel</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>[已下架] %1</source>
        <translation>[Delisted] %1</translation>
    </message>
    <message>
        <source>%1
商品ID %2&#x3000;%3&#x3000;库存 %4</source>
        <translation>%1
Product ID %2  %3  Stock %4</translation>
    </message>
    <message>
        <source>商品</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>价格</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>库存</source>
        <translation>Stock</translation>
    </message>
</context>
<context>
    <name>kefu::QuickPhraseEditDialog</name>
    <message>
        <source>店铺（全店共用）</source>
        <translation>Shop (shared by all agents)</translation>
    </message>
    <message>
        <source>个人（仅自己）</source>
        <translation>Personal (only me)</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>保存（Ctrl+Enter）</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>编辑快捷短语</source>
        <translation>Edit quick phrase</translation>
    </message>
    <message>
        <source>%1 / %2 字</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <source>不认识的变量 %1：发送时不会被替换，买家会看到原样的文字。可用变量见“插入变量”。</source>
        <translation>Unknown variable %1: it won&apos;t be replaced when sending, so the buyer will see it as is. See “Insert variable” for the available variables.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>kefu::QuickPhrasePanel</name>
    <message>
        <source>店铺短语：全店客服共用</source>
        <translation>Shop phrases: shared by all agents of the shop</translation>
    </message>
    <message>
        <source>个人短语：只有自己能看到和使用</source>
        <translation>Personal phrases: only you can see and use them</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>从 CSV 导入…</source>
        <translation>Import from CSV…</translation>
    </message>
    <message>
        <source>导出为 CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>导入、导出千牛格式的快捷短语 CSV 文件</source>
        <translation>Import or export quick phrases as Qianniu CSV files</translation>
    </message>
    <message>
        <source>新增快捷短语（Insert）</source>
        <translation>New quick phrase (Insert)</translation>
    </message>
    <message>
        <source>店铺还没有快捷短语。
按 Insert 新增，或从千牛导出的 CSV 文件导入。</source>
        <translation>The shop has no quick phrases yet.
Press Insert to add one, or import a CSV file exported from Qianniu.</translation>
    </message>
    <message>
        <source>还没有个人快捷短语。
按 Insert 新增，只有你自己能看到。</source>
        <translation>No personal quick phrases yet.
Press Insert to add one; only you can see them.</translation>
    </message>
    <message>
        <source>没有找到与“%1”匹配的短语</source>
        <translation>No phrases match “%1”</translation>
    </message>
    <message>
        <source>编辑选中的短语（F2）</source>
        <translation>Edit the selected phrase (F2)</translation>
    </message>
    <message>
        <source>删除选中的短语（Delete）</source>
        <translation>Delete the selected phrase (Delete)</translation>
    </message>
    <message>
        <source>在分组内上移（Ctrl+↑），也可以拖动排序</source>
        <translation>Move up within the group (Ctrl+↑); you can also drag to reorder</translation>
    </message>
    <message>
        <source>在分组内下移（Ctrl+↓），也可以拖动排序</source>
        <translation>Move down within the group (Ctrl+↓); you can also drag to reorder</translation>
    </message>
    <message>
        <source>已保存快捷短语</source>
        <translation>Quick phrase saved</translation>
    </message>
    <message>
        <source>已新增快捷短语</source>
        <translation>Quick phrase added</translation>
    </message>
    <message>
        <source>新增快捷短语</source>
        <translation>New quick phrase</translation>
    </message>
    <message>
        <source>删除快捷短语</source>
        <translation>Delete quick phrase</translation>
    </message>
    <message>
        <source>确定删除这条快捷短语吗？删除后不能恢复。

%1</source>
        <translation>Delete this quick phrase? This cannot be undone.

%1</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已删除快捷短语</source>
        <translation>Quick phrase deleted</translation>
    </message>
    <message>
        <source>导入快捷短语</source>
        <translation>Import quick phrases</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv);;所有文件 (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>正在导入 %1 …</source>
        <translation>Importing %1 …</translation>
    </message>
    <message>
        <source>无法导入快捷短语</source>
        <translation>Cannot import quick phrases</translation>
    </message>
    <message>
        <source>已从 %1 导入 %2 条快捷短语</source>
        <translation>Imported %2 quick phrases from %1</translation>
    </message>
    <message>
        <source>CSV 文件，UTF-8 编码（推荐，Excel 可直接打开）(*.csv)</source>
        <translation>CSV file, UTF-8 (recommended, opens directly in Excel) (*.csv)</translation>
    </message>
    <message>
        <source>CSV 文件，GBK 编码（旧版软件）(*.csv)</source>
        <translation>CSV file, GBK (older software) (*.csv)</translation>
    </message>
    <message>
        <source>快捷短语-%1.csv</source>
        <translation>quick-phrases-%1.csv</translation>
    </message>
    <message>
        <source>导出快捷短语</source>
        <translation>Export quick phrases</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>已导出 %1 条%2短语到 %3</source>
        <translation>Exported %1 %2 phrases to %3</translation>
    </message>
    <message>
        <source>更多 ▾</source>
        <translation>More ▾</translation>
    </message>
</context>
<context>
    <name>kefu::QuickPhraseTreeModel</name>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>短语内容</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>使用</source>
        <translation>Uses</translation>
    </message>
</context>
<context>
    <name>kefu::ReceiverRules</name>
    <message>
        <source>请填写收货人姓名</source>
        <translation>Please enter the recipient&apos;s name</translation>
    </message>
    <message>
        <source>收货人姓名不能超过%1个字节（一个汉字计2个字节）</source>
        <translation>The recipient&apos;s name cannot exceed %1 bytes (a Chinese character counts as 2)</translation>
    </message>
    <message>
        <source>请填写收货人联系电话</source>
        <translation>Please enter the recipient&apos;s phone number</translation>
    </message>
    <message>
        <source>联系电话格式不正确：请填写11位手机号，或带区号的固定电话（如 0571-88886666）</source>
        <translation>Invalid phone number: enter an 11-digit mobile number or a landline with area code (e.g. 0571-88886666)</translation>
    </message>
    <message>
        <source>请选择省份</source>
        <translation>Please choose the province</translation>
    </message>
    <message>
        <source>请选择城市</source>
        <translation>Please choose the city</translation>
    </message>
    <message>
        <source>请填写详细地址</source>
        <translation>Please enter the street address</translation>
    </message>
    <message>
        <source>详细地址不能超过%1个字节（一个汉字计2个字节）</source>
        <translation>The street address cannot exceed %1 bytes (a Chinese character counts as 2)</translation>
    </message>
    <message>
        <source>邮政编码应为6位数字</source>
        <translation>The ZIP code must be 6 digits</translation>
    </message>
</context>
<context>
    <name>kefu::SellerMemoDialog</name>
    <message>
        <source>卖家备注 · 订单 %1</source>
        <translation>Seller memo · Order %1</translation>
    </message>
    <message>
        <source>只有店铺能看到的备注，如：已改地址、赠品、加急</source>
        <translation>A memo only the shop can see, e.g. address changed, gift, rush</translation>
    </message>
    <message>
        <source>备注内容(&amp;M)</source>
        <translation>&amp;Memo</translation>
    </message>
    <message>
        <source>旗帜</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>%1（Alt+%2）</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>保存备注（Ctrl+Enter）</source>
        <translation>Save memo (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>备注没有保存：%1</source>
        <translation>Memo not saved: %1</translation>
    </message>
</context>
<context>
    <name>kefu::SettingsDialog</name>
    <message>
        <source>网关地址应以 ws:// 或 wss:// 开头，例如 ws://127.0.0.1:8765</source>
        <translation>The gateway address must start with ws:// or wss://, e.g. ws://127.0.0.1:8765</translation>
    </message>
</context>
<context>
    <name>kefu::ShopOverviewPage</name>
    <message>
        <source>无法读取店铺数据：%1</source>
        <translation>Cannot read shop data: %1</translation>
    </message>
    <message>
        <source>更新于 %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>暂无买家等待</source>
        <translation>No buyers waiting</translation>
    </message>
    <message>
        <source>最久已等待 %1</source>
        <translation>Longest wait: %1</translation>
    </message>
</context>
<context>
    <name>kefu::ShopOverviewPanel</name>
    <message>
        <source>接待</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>待回复会话</source>
        <translation>Waiting conversations</translation>
    </message>
    <message>
        <source>处理中会话</source>
        <translation>Conversations in progress</translation>
    </message>
    <message>
        <source>售后处理中</source>
        <translation>After-sales in progress</translation>
    </message>
    <message>
        <source>店铺</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>商品</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>订单</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>订单状态</source>
        <translation>Order status</translation>
    </message>
    <message>
        <source>待付款</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <source>待发货</source>
        <translation>Awaiting shipment</translation>
    </message>
    <message>
        <source>已发货</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>交易成功</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>交易关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>售后状态</source>
        <translation>After-sales status</translation>
    </message>
    <message>
        <source>待卖家同意</source>
        <translation>Awaiting seller</translation>
    </message>
    <message>
        <source>待买家退货</source>
        <translation>Awaiting buyer&apos;s return</translation>
    </message>
    <message>
        <source>待确认收货</source>
        <translation>Awaiting return receipt</translation>
    </message>
    <message>
        <source>已拒绝</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>重新读取店铺数据（F5）</source>
        <translation>Reload shop data (F5)</translation>
    </message>
    <message>
        <source>天猫</source>
        <translation>Tmall</translation>
    </message>
    <message>
        <source>淘宝</source>
        <translation>Taobao</translation>
    </message>
    <message>
        <source>主账号：%1</source>
        <translation>Main account: %1</translation>
    </message>
    <message>
        <source>已接入、正在处理</source>
        <translation>Accepted and being handled</translation>
    </message>
    <message>
        <source>退款、退货、换货未完结</source>
        <translation>Open refunds, returns and exchanges</translation>
    </message>
    <message>
        <source>全部订单</source>
        <translation>All orders</translation>
    </message>
</context>
<context>
    <name>kefu::ShopTime</name>
    <message>
        <source>昨天 %1</source>
        <translation>Yesterday %1</translation>
    </message>
</context>
<context>
    <name>kefu::ShortcutCheatSheet</name>
    <message>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>按键</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>功能</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>发送消息</source>
        <translation>Send message</translation>
    </message>
    <message>
        <source>换行</source>
        <translation>New line</translation>
    </message>
    <message>
        <source>在弹出列表中选择并插入</source>
        <translation>Select and insert from the pop-up list</translation>
    </message>
    <message>
        <source>关闭弹出列表 / 清除搜索</source>
        <translation>Close the pop-up list / clear the search</translation>
    </message>
    <message>
        <source>输入框</source>
        <translation>Compose box</translation>
    </message>
    <message>
        <source>打开快捷短语（按编码、拼音首字母或文字筛选）</source>
        <translation>Open quick phrases (filter by code, pinyin initials or text)</translation>
    </message>
    <message>
        <source>会话记录</source>
        <translation>Conversation history</translation>
    </message>
    <message>
        <source>重发选中的失败消息</source>
        <translation>Resend the selected failed message</translation>
    </message>
    <message>
        <source>快捷短语面板</source>
        <translation>Quick phrases panel</translation>
    </message>
    <message>
        <source>新增短语</source>
        <translation>New phrase</translation>
    </message>
    <message>
        <source>编辑选中的短语</source>
        <translation>Edit the selected phrase</translation>
    </message>
    <message>
        <source>删除选中的短语</source>
        <translation>Delete the selected phrase</translation>
    </message>
    <message>
        <source>上移 / 下移</source>
        <translation>Move up / down</translation>
    </message>
    <message>
        <source>客户与订单</source>
        <translation>Customer and orders</translation>
    </message>
    <message>
        <source>保存客户备注</source>
        <translation>Save the customer note</translation>
    </message>
    <message>
        <source>在改地址、卖家备注窗口中保存</source>
        <translation>Save in the address and seller memo dialogs</translation>
    </message>
    <message>
        <source>卖家备注的旗帜颜色</source>
        <translation>Seller memo flag colour</translation>
    </message>
</context>
<context>
    <name>kefu::SimConnection</name>
    <message>
        <source>客户端协议版本不受支持</source>
        <translation>The client&apos;s protocol version is not supported</translation>
    </message>
    <message>
        <source>消息格式错误</source>
        <translation>Malformed message</translation>
    </message>
    <message>
        <source>登录超时，请重新连接</source>
        <translation>Sign-in timed out, please connect again</translation>
    </message>
</context>
<context>
    <name>kefu::SizeAdvisorWidget</name>
    <message>
        <source>这款商品没有尺码表。</source>
        <translation>This product has no size chart.</translation>
    </message>
    <message>
        <source>填写买家的身高和体重，按这款商品的尺码表推荐尺码。</source>
        <translation>Enter the buyer&apos;s height and weight to get a size from this product&apos;s size chart.</translation>
    </message>
</context>
<context>
    <name>kefu::SkuGridModel</name>
    <message>
        <source>%1
已售罄</source>
        <translation>%1
Sold out</translation>
    </message>
    <message>
        <source>%1
库存 %2</source>
        <translation>%1
Stock %2</translation>
    </message>
    <message>
        <source>%1&#x3000;%2&#x3000;库存 %3&#x3000;商家编码 %4</source>
        <translation>%1  %2  Stock %3  Merchant code %4</translation>
    </message>
    <message>
        <source>无此规格</source>
        <translation>No such variant</translation>
    </message>
    <message>
        <source>默认</source>
        <translation>Default</translation>
    </message>
</context>
<context>
    <name>kefu::Store</name>
    <message>
        <source>读取售后单失败</source>
        <translation>Failed to read the after-sales case</translation>
    </message>
    <message>
        <source>保存售后单失败</source>
        <translation>Failed to save the after-sales case</translation>
    </message>
    <message>
        <source>找不到该售后单</source>
        <translation>After-sales case not found</translation>
    </message>
    <message>
        <source>售后单数据已损坏</source>
        <translation>The after-sales case data is damaged</translation>
    </message>
    <message>
        <source>售后单已被他人处理，请刷新</source>
        <translation>Someone else has handled this after-sales case; please refresh</translation>
    </message>
    <message>
        <source>退款金额不能为负数</source>
        <translation>The refund amount cannot be negative</translation>
    </message>
    <message>
        <source>订单 %1 不存在，不能登记售后</source>
        <translation>Order %1 does not exist; cannot open an after-sales case</translation>
    </message>
    <message>
        <source>退款金额不能超过实付金额</source>
        <translation>The refund cannot exceed the amount paid</translation>
    </message>
    <message>
        <source>售后单当前为「%1」，不能改为「%2」</source>
        <translation>The after-sales case is "%1" and cannot be changed to "%2"</translation>
    </message>
    <message>
        <source>请填写退货物流公司和运单号</source>
        <translation>Enter the return carrier and tracking number</translation>
    </message>
    <message>
        <source>读取客服失败</source>
        <translation>Failed to read the agent</translation>
    </message>
    <message>
        <source>找不到这个客服</source>
        <translation>Agent not found</translation>
    </message>
    <message>
        <source>添加客服“%1”失败</source>
        <translation>Failed to add agent "%1"</translation>
    </message>
    <message>
        <source>找不到客服“%1”</source>
        <translation>Agent "%1" not found</translation>
    </message>
    <message>
        <source>读取客服列表失败</source>
        <translation>Failed to read the agent list</translation>
    </message>
    <message>
        <source>更新客服状态失败</source>
        <translation>Failed to update the agent status</translation>
    </message>
    <message>
        <source>无法读取会话列表</source>
        <translation>Cannot read the conversation list</translation>
    </message>
    <message>
        <source>无法读取会话</source>
        <translation>Cannot read the conversation</translation>
    </message>
    <message>
        <source>无法创建会话</source>
        <translation>Cannot create the conversation</translation>
    </message>
    <message>
        <source>无法重新打开会话</source>
        <translation>Cannot reopen the conversation</translation>
    </message>
    <message>
        <source>无法统计会话</source>
        <translation>Cannot count conversations</translation>
    </message>
    <message>
        <source>查看“我的”会话需要先登录客服账号</source>
        <translation>Sign in with an agent account to see "Mine"</translation>
    </message>
    <message>
        <source>会话不存在或已被删除</source>
        <translation>The conversation does not exist or has been deleted</translation>
    </message>
    <message>
        <source>无法分配会话</source>
        <translation>Cannot assign the conversation</translation>
    </message>
    <message>
        <source>无法结束会话</source>
        <translation>Cannot close the conversation</translation>
    </message>
    <message>
        <source>无法标记会话为已读</source>
        <translation>Cannot mark the conversation as read</translation>
    </message>
    <message>
        <source>保存顾客标签失败</source>
        <translation>Failed to save the customer tags</translation>
    </message>
    <message>
        <source>找不到这位顾客</source>
        <translation>Customer not found</translation>
    </message>
    <message>
        <source>添加顾客“%1”失败</source>
        <translation>Failed to add customer "%1"</translation>
    </message>
    <message>
        <source>读取顾客失败</source>
        <translation>Failed to read the customer</translation>
    </message>
    <message>
        <source>读取顾客资料失败</source>
        <translation>Failed to read the customer profile</translation>
    </message>
    <message>
        <source>查找顾客失败</source>
        <translation>Failed to look up customers</translation>
    </message>
    <message>
        <source>保存顾客备注失败</source>
        <translation>Failed to save the customer note</translation>
    </message>
    <message>
        <source>更新顾客等级失败</source>
        <translation>Failed to update the customer level</translation>
    </message>
    <message>
        <source>统计顾客失败</source>
        <translation>Failed to count customers</translation>
    </message>
    <message>
        <source>读取顾客标签失败</source>
        <translation>Failed to read the customer tags</translation>
    </message>
    <message>
        <source>保存顾客标签“%1”失败</source>
        <translation>Failed to save customer tag "%1"</translation>
    </message>
    <message>
        <source>无法设置数据库</source>
        <translation>Cannot set up the database</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <source>“%1”不是 KefuDesk 的数据库文件，或者已经损坏。为保护数据，没有对它做任何改动。</source>
        <translation>"%1" is not a KefuDesk database file, or it is damaged. To protect the data, nothing in it was changed.</translation>
    </message>
    <message>
        <source>无法读取数据文件“%1”，请检查路径和权限。</source>
        <translation>Cannot read the data file "%1". Check the path and permissions.</translation>
    </message>
    <message>
        <source>保存失败：数据库中途撤销了本次操作，没有保存任何内容。</source>
        <translation>Save failed: the database cancelled the operation midway; nothing was saved.</translation>
    </message>
    <message>
        <source>无法创建数据文件夹“%1”，请检查路径和权限。</source>
        <translation>Cannot create the data folder "%1". Check the path and permissions.</translation>
    </message>
    <message>
        <source>数据库连接名重复</source>
        <translation>Duplicate database connection name</translation>
    </message>
    <message>
        <source>无法打开数据文件“%1”</source>
        <translation>Cannot open the data file "%1"</translation>
    </message>
    <message>
        <source>无法读取数据文件</source>
        <translation>Cannot read the data file</translation>
    </message>
    <message>
        <source>无法整理数据库日志</source>
        <translation>Cannot checkpoint the database log</translation>
    </message>
    <message>
        <source>无法开始保存</source>
        <translation>Cannot start saving</translation>
    </message>
    <message>
        <source>保存失败：本次操作未能完整保存。</source>
        <translation>Save failed: the operation could not be saved completely.</translation>
    </message>
    <message>
        <source>无法读取消息同步进度</source>
        <translation>Cannot read the message sync progress</translation>
    </message>
    <message>
        <source>无法保存消息同步进度</source>
        <translation>Cannot save the message sync progress</translation>
    </message>
    <message>
        <source>读取知识库失败</source>
        <translation>Failed to read the knowledge base</translation>
    </message>
    <message>
        <source>保存知识库条目失败</source>
        <translation>Failed to save the knowledge base entry</translation>
    </message>
    <message>
        <source>知识库条目不存在</source>
        <translation>Knowledge base entry not found</translation>
    </message>
    <message>
        <source>问题不能为空</source>
        <translation>The question cannot be empty</translation>
    </message>
    <message>
        <source>答案不能为空</source>
        <translation>The answer cannot be empty</translation>
    </message>
    <message>
        <source>分类不能为空</source>
        <translation>The category cannot be empty</translation>
    </message>
    <message>
        <source>关键词不能包含空格</source>
        <translation>Keywords cannot contain spaces</translation>
    </message>
    <message>
        <source>删除知识库条目失败</source>
        <translation>Failed to delete the knowledge base entry</translation>
    </message>
    <message>
        <source>无法保存消息</source>
        <translation>Cannot save the message</translation>
    </message>
    <message>
        <source>无法读取聊天记录</source>
        <translation>Cannot read the chat history</translation>
    </message>
    <message>
        <source>无法分析聊天记录查询</source>
        <translation>Cannot analyse the chat history query</translation>
    </message>
    <message>
        <source>无法读取消息</source>
        <translation>Cannot read the message</translation>
    </message>
    <message>
        <source>无法更新消息状态</source>
        <translation>Cannot update the message status</translation>
    </message>
    <message>
        <source>无法读取待索引的消息</source>
        <translation>Cannot read the messages waiting to be indexed</translation>
    </message>
    <message>
        <source>搜索聊天记录失败</source>
        <translation>Failed to search the chat history</translation>
    </message>
    <message>
        <source>消息不存在或已被删除</source>
        <translation>The message does not exist or has been deleted</translation>
    </message>
    <message>
        <source>消息所属的会话不存在，消息未保存</source>
        <translation>The message's conversation does not exist; the message was not saved</translation>
    </message>
    <message>
        <source>无法检查重复消息</source>
        <translation>Cannot check for duplicate messages</translation>
    </message>
    <message>
        <source>无法更新会话</source>
        <translation>Cannot update the conversation</translation>
    </message>
    <message>
        <source>无法统计消息</source>
        <translation>Cannot count messages</translation>
    </message>
    <message>
        <source>无法读取搜索索引进度</source>
        <translation>Cannot read the search index progress</translation>
    </message>
    <message>
        <source>无法为消息建立搜索索引</source>
        <translation>Cannot index messages for search</translation>
    </message>
    <message>
        <source>无法保存搜索索引进度</source>
        <translation>Cannot save the search index progress</translation>
    </message>
    <message>
        <source>无法读取数据库版本</source>
        <translation>Cannot read the database version</translation>
    </message>
    <message>
        <source>此数据库由更新版本的 KefuDesk 写入（数据结构版本 %1，本程序最高支持 %2）。为保护数据，没有打开也没有做任何改动，请升级 KefuDesk 后再打开。</source>
        <translation>This database was written by a newer KefuDesk (schema version %1; this version supports up to %2). To protect the data, it was not opened or changed. Please upgrade KefuDesk and open it again.</translation>
    </message>
    <message>
        <source>数据库升级失败：第 %1 步（%2）出错，本步已全部撤销，数据文件现在是版本 %3。</source>
        <translation>Database upgrade failed: step %1 (%2) went wrong and was fully undone. The data file is now at version %3.</translation>
    </message>
    <message>
        <source>数据库升级失败：第 %1 步（%2）出错，本步已全部撤销，数据文件现在是版本 %3。升级前的备份保存在：%4</source>
        <translation>Database upgrade failed: step %1 (%2) went wrong and was fully undone. The data file is now at version %3. The backup made before the upgrade is at: %4</translation>
    </message>
    <message>
        <source>无法创建升级前的备份，数据库未做任何改动。</source>
        <translation>Cannot create the pre-upgrade backup; the database was not changed.</translation>
    </message>
    <message>
        <source>无法创建升级前的备份（%1），数据库未做任何改动。</source>
        <translation>Cannot create the pre-upgrade backup (%1); the database was not changed.</translation>
    </message>
    <message>
        <source>数据库驱动不是 SQLite</source>
        <translation>The database driver is not SQLite</translation>
    </message>
    <message>
        <source>数据文件正被其他程序使用，暂时无法升级，请关闭其他客服工作台后重试。</source>
        <translation>The data file is in use by another program and cannot be upgraded now. Close other KefuDesk windows and try again.</translation>
    </message>
    <message>
        <source>订单数据已损坏（未知的订单状态）</source>
        <translation>The order data is damaged (unknown order status)</translation>
    </message>
    <message>
        <source>读取订单失败</source>
        <translation>Failed to read the order</translation>
    </message>
    <message>
        <source>保存订单失败</source>
        <translation>Failed to save the order</translation>
    </message>
    <message>
        <source>找不到订单 %1</source>
        <translation>Order %1 not found</translation>
    </message>
    <message>
        <source>订单已发货，不能修改收货地址</source>
        <translation>The order has shipped; the shipping address cannot be changed</translation>
    </message>
    <message>
        <source>订单当前为「%1」，不能修改收货地址</source>
        <translation>The order is "%1"; the shipping address cannot be changed</translation>
    </message>
    <message>
        <source>修改收货地址失败</source>
        <translation>Failed to change the shipping address</translation>
    </message>
    <message>
        <source>订单已被他人修改，请刷新</source>
        <translation>Someone else has changed this order; please refresh</translation>
    </message>
    <message>
        <source>旗帜颜色无效</source>
        <translation>Invalid flag color</translation>
    </message>
    <message>
        <source>保存备注失败</source>
        <translation>Failed to save the memo</translation>
    </message>
    <message>
        <source>更新订单状态失败</source>
        <translation>Failed to update the order status</translation>
    </message>
    <message>
        <source>找不到该物流单</source>
        <translation>Shipment not found</translation>
    </message>
    <message>
        <source>无法读取待发送队列</source>
        <translation>Cannot read the outgoing queue</translation>
    </message>
    <message>
        <source>无法保存待发送队列</source>
        <translation>Cannot save the outgoing queue</translation>
    </message>
    <message>
        <source>只有发送失败的回复可以重发</source>
        <translation>Only replies that failed to send can be resent</translation>
    </message>
    <message>
        <source>待发送的回复不存在</source>
        <translation>The queued reply does not exist</translation>
    </message>
    <message>
        <source>保存商品失败</source>
        <translation>Failed to save the product</translation>
    </message>
    <message>
        <source>读取商品失败</source>
        <translation>Failed to read the product</translation>
    </message>
    <message>
        <source>搜索商品失败</source>
        <translation>Failed to search products</translation>
    </message>
    <message>
        <source>商品不存在</source>
        <translation>Product not found</translation>
    </message>
    <message>
        <source>商品ID不能为空</source>
        <translation>The product ID cannot be empty</translation>
    </message>
    <message>
        <source>商品标题不能为空</source>
        <translation>The product title cannot be empty</translation>
    </message>
    <message>
        <source>SKU ID不能为空</source>
        <translation>The SKU ID cannot be empty</translation>
    </message>
    <message>
        <source>库存不能为负数</source>
        <translation>Stock cannot be negative</translation>
    </message>
    <message>
        <source>修改库存失败</source>
        <translation>Failed to change the stock</translation>
    </message>
    <message>
        <source>SKU不存在</source>
        <translation>SKU not found</translation>
    </message>
    <message>
        <source>读取促销活动失败</source>
        <translation>Failed to read promotions</translation>
    </message>
    <message>
        <source>保存促销活动失败</source>
        <translation>Failed to save the promotion</translation>
    </message>
    <message>
        <source>活动名称不能为空</source>
        <translation>The promotion name cannot be empty</translation>
    </message>
    <message>
        <source>活动结束时间必须晚于开始时间</source>
        <translation>The promotion must end after it starts</translation>
    </message>
    <message>
        <source>删除促销活动失败</source>
        <translation>Failed to delete the promotion</translation>
    </message>
    <message>
        <source>促销活动不存在</source>
        <translation>Promotion not found</translation>
    </message>
    <message>
        <source>读取快捷短语失败</source>
        <translation>Failed to read quick phrases</translation>
    </message>
    <message>
        <source>保存快捷短语失败</source>
        <translation>Failed to save the quick phrase</translation>
    </message>
    <message>
        <source>快捷短语不存在</source>
        <translation>Quick phrase not found</translation>
    </message>
    <message>
        <source>短语内容不能为空</source>
        <translation>The phrase text cannot be empty</translation>
    </message>
    <message>
        <source>短语分组不能为空</source>
        <translation>The phrase group cannot be empty</translation>
    </message>
    <message>
        <source>删除快捷短语失败</source>
        <translation>Failed to delete the quick phrase</translation>
    </message>
    <message>
        <source>读取店铺信息失败</source>
        <translation>Failed to read the shop details</translation>
    </message>
    <message>
        <source>还没有设置店铺</source>
        <translation>The shop has not been set up yet</translation>
    </message>
    <message>
        <source>保存店铺信息失败</source>
        <translation>Failed to save the shop details</translation>
    </message>
    <message>
        <source>数据库内部错误</source>
        <translation>Internal database error</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <extracomment>What failed (%1), then why (%2), e.g. 保存订单失败：磁盘空间不足，数据未保存</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>已存在相同的记录（重复）</source>
        <translation>The same record already exists (duplicate)</translation>
    </message>
    <message>
        <source>关联数据不存在</source>
        <translation>Related data does not exist</translation>
    </message>
    <message>
        <source>缺少必填内容</source>
        <translation>A required field is missing</translation>
    </message>
    <message>
        <source>数据不符合规则</source>
        <translation>The data breaks a rule</translation>
    </message>
    <message>
        <source>数据不符合约束</source>
        <translation>The data breaks a constraint</translation>
    </message>
    <message>
        <source>磁盘空间不足，数据未保存</source>
        <translation>Not enough disk space; the data was not saved</translation>
    </message>
    <message>
        <source>数据库正忙（可能另一个窗口正在写入），请稍后重试</source>
        <translation>The database is busy (another window may be writing); try again shortly</translation>
    </message>
    <message>
        <source>数据库文件已损坏</source>
        <translation>The database file is damaged</translation>
    </message>
    <message>
        <source>无法读写数据库文件（请检查磁盘和文件权限）</source>
        <translation>Cannot read or write the database file (check the disk and file permissions)</translation>
    </message>
    <message>
        <source>内存不足</source>
        <translation>Out of memory</translation>
    </message>
</context>
<context>
    <name>kefu::TransferDialog</name>
    <message>
        <source>%1（%2 · %3）</source>
        <translation>%1 (%2 · %3)</translation>
    </message>
    <message>
        <source>转接</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>没有可以转接的客服</source>
        <translation>No agents available for transfer</translation>
    </message>
    <message>
        <source>请填写转接原因</source>
        <translation>Please enter a transfer reason</translation>
    </message>
</context>
<context>
    <name>kefu::WaitingConversationsModel</name>
    <message>
        <source>买家</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>最新消息</source>
        <translation>Latest message</translation>
    </message>
    <message>
        <source>已等待</source>
        <translation>Waited</translation>
    </message>
</context>
<context>
    <name>kefu::WaitingConversationsPanel</name>
    <message>
        <source>待回复会话</source>
        <translation>Waiting conversations</translation>
    </message>
    <message>
        <source>等待最久的买家排在最前</source>
        <translation>Buyers who have waited longest come first</translation>
    </message>
    <message>
        <source>暂无待回复的会话，所有买家都已得到回复。</source>
        <translation>No waiting conversations; every buyer has been answered.</translation>
    </message>
    <message>
        <source>待回复会话（%1）</source>
        <translation>Waiting conversations (%1)</translation>
    </message>
</context>
</TS>
