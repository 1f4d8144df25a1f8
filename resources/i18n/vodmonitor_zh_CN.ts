<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../vodmonitor/ui/about.py" line="21"/>
        <source>About vodmonitor</source>
        <translation>关于 vodmonitor</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/about.py" line="32"/>
        <source>Watches Tencent Cloud VOD clip results. Free software under the MIT licence.
Qt {qt} · PySide6 {pyside}</source>
        <translation>查看腾讯云点播剪辑结果。MIT 许可证下的自由软件。
Qt {qt} · PySide6 {pyside}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/about.py" line="38"/>
        <source>Log folder (send its files to support):</source>
        <translation>日志文件夹（请将其中的文件发给技术支持）：</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/about.py" line="50"/>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/about.py" line="52"/>
        <source>Show the log files in your file manager</source>
        <translation>在文件管理器中显示日志文件</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/about.py" line="54"/>
        <source>Copy the path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/about.py" line="56"/>
        <source>Copy the log folder&apos;s path</source>
        <translation>复制日志文件夹的路径</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/about.py" line="58"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/about.py" line="68"/>
        <source>No application on this computer opens folders: copy the path instead.</source>
        <translation>这台电脑上没有能打开文件夹的程序，请改为复制路径。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../vodmonitor/ui/application.py" line="179"/>
        <source>Using the credentials from TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY for this run.</source>
        <translation>本次运行使用 TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY 中的凭据。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/application.py" line="190"/>
        <location filename="../../vodmonitor/ui/application.py" line="360"/>
        <source>Cannot read the credentials</source>
        <translation>无法读取凭据</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/application.py" line="202"/>
        <source>Language changed</source>
        <translation>语言已更改</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/application.py" line="203"/>
        <source>vodmonitor shows the new language after a restart. Restart it now? Downloads in progress stop and resume when started again.</source>
        <translation>vodmonitor 重新启动后显示新语言。现在重新启动吗？正在进行的下载会停止，再次开始时继续下载。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/application.py" line="211"/>
        <source>Restart now</source>
        <translation>立即重启</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/application.py" line="212"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/application.py" line="387"/>
        <source>Cannot save the settings</source>
        <translation>无法保存设置</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/application.py" line="398"/>
        <source>Could not change the start at sign-in</source>
        <translation>无法更改登录时启动的设置</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/application.py" line="438"/>
        <source>Could not switch to reliable callback</source>
        <translation>无法切换到可靠回调</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/app_start.py" line="113"/>
        <source>vodmonitor is already running with this data folder; its window was brought to the front.</source>
        <translation>vodmonitor 已在使用此数据文件夹运行，已将其窗口切换到前台。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/app_start.py" line="120"/>
        <source>vodmonitor is already running with this data folder.</source>
        <translation>vodmonitor 已在使用此数据文件夹运行。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/app_start.py" line="147"/>
        <source>Some settings were invalid</source>
        <translation>部分设置无效</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/app_start.py" line="148"/>
        <source>These values in {path} were not valid and their defaults are used:</source>
        <translation>{path} 中的以下值无效，已改用默认值：</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/app_start.py" line="159"/>
        <source>The data folder is on a network</source>
        <translation>数据文件夹位于网络上</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/app_start.py" line="160"/>
        <source>{path} is on {kind}. vodmonitor&apos;s database needs a local disk: on a network folder it can be slow or fail. Start vodmonitor with a local folder (--data-dir) if you see problems.</source>
        <translation>{path} 位于{kind}上。vodmonitor 的数据库需要本地磁盘：在网络文件夹上可能很慢或失败。如遇问题，请用本地文件夹（--data-dir）启动 vodmonitor。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/app_start.py" line="169"/>
        <source>Settings could not be read</source>
        <translation>无法读取设置</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/app_start.py" line="170"/>
        <source>The settings file was unreadable and was kept aside as {path}; defaults are used. ({reason})</source>
        <translation>设置文件无法读取，已另存为 {path}，现使用默认设置。（{reason}）</translation>
    </message>
</context>
<context>
    <name>ClipActions</name>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="74"/>
        <source>Choose a folder for downloaded clips</source>
        <translation>选择保存下载剪辑的文件夹</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="101"/>
        <source>No application on this computer opens it. It is in {folder}</source>
        <translation>这台电脑上没有能打开它的程序。它位于 {folder}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="104"/>
        <source>Copy the path</source>
        <translation>复制路径</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="114"/>
        <source>Nothing to download: the selected results have no file link.</source>
        <translation>没有可下载的内容：所选结果没有文件链接。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="138"/>
        <source>Cannot save {name} in that folder: {reason}</source>
        <translation>无法将 {name} 保存到该文件夹：{reason}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="165"/>
        <source>The file exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="166"/>
        <source>{name} is already in the download folder.</source>
        <translation>下载文件夹中已有 {name}。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="173"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="177"/>
        <source>Keep both</source>
        <translation>保留两者</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="181"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="230"/>
        <source>(cover not shown: the playback domain refused it)</source>
        <translation>（未显示封面：播放域名拒绝了请求）</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="233"/>
        <source>(cover not shown: it is gone from the server)</source>
        <translation>（未显示封面：服务器上已没有该文件）</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="236"/>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="239"/>
        <source>(cover not shown: the server could not be reached)</source>
        <translation>（未显示封面：无法连接服务器）</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="242"/>
        <source>(cover not shown: the picture is too large)</source>
        <translation>（未显示封面：图片太大）</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="248"/>
        <source>(the cover could not be fetched)</source>
        <translation>（无法获取封面）</translation>
    </message>
</context>
<context>
    <name>DateFilter</name>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="60"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="61"/>
        <source>Show the results received on these days</source>
        <translation>只显示这些日期收到的结果</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="65"/>
        <source>Any time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="66"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="67"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="68"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="69"/>
        <source>Chosen days…</source>
        <translation>选择日期…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="107"/>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
</context>
<context>
    <name>DateRangeDialog</name>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="28"/>
        <source>Choose days</source>
        <translation>选择日期</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="36"/>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="37"/>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="38"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="39"/>
        <source>&amp;To (included):</source>
        <translation>到(含)(&amp;T):</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="57"/>
        <source>Event details</source>
        <translation>事件详情</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="65"/>
        <source>Select a row to see every field and the raw JSON.</source>
        <translation>选择一行即可查看所有字段和原始 JSON。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="137"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="146"/>
        <source>Event type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="141"/>
        <source>Task ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="144"/>
        <source>Source file ID</source>
        <translation>源文件 ID</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="143"/>
        <source>Output file ID</source>
        <translation>输出文件 ID</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="142"/>
        <source>File URL</source>
        <translation>文件 URL</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="145"/>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="147"/>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="148"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="139"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="92"/>
        <source>Formatted</source>
        <translation>格式化</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="94"/>
        <source>Indent the JSON; off shows it exactly as received</source>
        <translation>缩进 JSON；关闭时按接收原样显示</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="100"/>
        <source>Raw JSON as received</source>
        <translation>按接收原样的原始 JSON</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="102"/>
        <source>The event as VOD sent it; Events › Save raw JSON… saves all of it</source>
        <translation>VOD 发送的原始事件；事件 › 保存原始 JSON… 可保存全部内容</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="134"/>
        <source>Failure</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="149"/>
        <source>First received</source>
        <translation>首次接收</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="150"/>
        <source>Last received</source>
        <translation>最近接收</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="151"/>
        <source>Deliveries</source>
        <translation>投递次数</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="152"/>
        <source>Acknowledged</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="153"/>
        <source>Confirmed</source>
        <translation>提交确认时间</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="161"/>
        <source>Clip name</source>
        <translation>剪辑名称</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="163"/>
        <source>Source video</source>
        <translation>源视频</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="168"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="172"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="185"/>
        <source>(cover not shown: not an http(s) link)</source>
        <translation>（未显示封面：不是 http(s) 链接）</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="187"/>
        <source>Loading the cover…</source>
        <translation>正在加载封面…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="202"/>
        <source>(the cover could not be read)</source>
        <translation>（无法读取封面）</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="209"/>
        <source>by {name}, {time}</source>
        <translation>由 {name}，{time}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="214"/>
        <source>no message</source>
        <translation>无消息</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="228"/>
        <source>Read-only; select the text to copy it</source>
        <translation>只读；选中文字即可复制</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="259"/>
        <source>Events › Save raw JSON… writes all of it to a file.</source>
        <translation>完整内容可通过“事件 › 保存原始 JSON…”写入文件。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="106"/>
        <source>Raw JSON as received:</source>
        <translation>接收到的原始 JSON：</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="233"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="235"/>
        <source>Open the clip with the application your system chooses</source>
        <translation>用系统选择的程序打开剪辑</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="237"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="239"/>
        <source>Show the clip in its folder</source>
        <translation>在所在文件夹中显示剪辑</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="241"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="243"/>
        <source>Stop this download; starting it again resumes it</source>
        <translation>停止此下载；再次开始时继续下载</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="250"/>
        <source>Progress of {name}</source>
        <translation>{name} 的进度</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="267"/>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="63"/>
        <source>The playback domain refused the signed link (403): check the playback key in Settings.</source>
        <translation>播放域名拒绝了签名链接（403）：请在设置中检查播放密钥。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="68"/>
        <source>The playback domain refused the link (403). It probably has Key hotlink protection: enter its key in Settings (Playback key).</source>
        <translation>播放域名拒绝了链接（403）。该域名可能开启了 Key 防盗链：请在设置（播放密钥）中输入密钥。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="74"/>
        <source>Not an http(s) link; not downloaded.</source>
        <translation>不是 http(s) 链接，未下载。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="77"/>
        <source>The file is gone from the server (404).</source>
        <translation>服务器上已没有该文件（404）。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="80"/>
        <source>The server refused the download.</source>
        <translation>服务器拒绝了下载。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="83"/>
        <source>The connection kept failing. Start it again to resume.</source>
        <translation>连接多次失败。重新开始即可继续下载。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="86"/>
        <source>Nothing answers at the link&apos;s address: the server is gone or down.</source>
        <translation>链接地址无响应：服务器已不存在或已停止。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="89"/>
        <source>The file&apos;s size did not match what the server announced.</source>
        <translation>文件大小与服务器声明的不一致。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="92"/>
        <source>The playlist is too large.</source>
        <translation>播放列表过大。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="95"/>
        <source>The file could not be written (disk full?).</source>
        <translation>无法写入文件（磁盘已满？）。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="98"/>
        <source>Cancelled; starting it again resumes it.</source>
        <translation>已取消；重新开始即可继续。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="101"/>
        <source>The HLS playlist could not be read.</source>
        <translation>无法读取 HLS 播放列表。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="106"/>
        <source>The download failed.</source>
        <translation>下载失败。</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="283"/>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="296"/>
        <source>All downloads</source>
        <translation>全部下载</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="298"/>
        <source>Clear finished</source>
        <translation>清除已结束</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="300"/>
        <source>Remove finished downloads from this list</source>
        <translation>从列表中移除已结束的下载</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="305"/>
        <source>Stop every download still running</source>
        <translation>停止所有仍在进行的下载</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="361"/>
        <source>No downloads</source>
        <translation>没有下载</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="374"/>
        <source>All downloads: %p%</source>
        <translation>全部下载：%p%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/downloads.py" line="376"/>
        <source>%n saved</source>
        <translation>
            <numerusform>已保存 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/downloads.py" line="378"/>
        <source>%n failed</source>
        <translation>
            <numerusform>失败 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/downloads.py" line="380"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>已取消 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="303"/>
        <source>Cancel all</source>
        <translation>全部取消</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../vodmonitor/ui/errors.py" line="26"/>
        <source>vodmonitor cannot use the folder {folder} ({reason}).</source>
        <translation>vodmonitor 无法使用文件夹 {folder}（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/errors.py" line="29"/>
        <source>Something went wrong ({kind}). The log has the details.</source>
        <translation>出现问题（{kind}）。详细信息见日志。</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../vodmonitor/columns.py" line="35"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="36"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="39"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="47"/>
        <source>Clip name</source>
        <translation>剪辑名称</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="55"/>
        <source>Source video</source>
        <translation>源视频</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="61"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="62"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="65"/>
        <source>Task ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="74"/>
        <source>Source file ID</source>
        <translation>源文件 ID</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="84"/>
        <source>Output file ID</source>
        <translation>输出文件 ID</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="94"/>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="102"/>
        <source>Deliveries</source>
        <translation>推送次数</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="110"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="21"/>
        <source>New</source>
        <translation>新结果</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="22"/>
        <source>Acknowledged, confirming</source>
        <translation>已确认，正在提交</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="23"/>
        <source>Confirmed</source>
        <translation>已提交确认</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="24"/>
        <source>Confirm failed</source>
        <translation>提交确认失败</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="25"/>
        <source>Done (nothing to confirm on VOD)</source>
        <translation>已完成（无需在 VOD 上确认）</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="30"/>
        <source>confirmed automatically by the setting</source>
        <translation>已按设置自动确认</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="33"/>
        <source>the handle expired; confirming when VOD sends the event again</source>
        <translation>句柄已过期；云点播再次发送该事件时将提交确认</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="36"/>
        <source>VOD stopped sending it after the confirmation, so it went through</source>
        <translation>提交确认后云点播不再发送该事件，说明确认已生效</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="42"/>
        <source>(deleted in VOD)</source>
        <translation>（已在 VOD 中删除）</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="43"/>
        <source>(no permission to read media info)</source>
        <translation>（无权读取媒体信息）</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="44"/>
        <source>(media info unavailable)</source>
        <translation>（媒体信息不可用）</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="27"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="54"/>
        <source>VOD sent different content under this TaskId. Both copies are kept as separate rows; acknowledging one confirms only the copy you see.</source>
        <translation>云点播以同一 TaskId 发送了不同的内容。两份内容分别保留为两行；确认时只确认您看到的那一份。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="47"/>
        <source>Recorded (not confirmed)</source>
        <translation>已记录（不确认）</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="48"/>
        <source>by {name}</source>
        <translation>由 {name}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="49"/>
        <source>conflicting copy</source>
        <translation>内容冲突的副本</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="50"/>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="51"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="52"/>
        <source>Error {code}: {message}</source>
        <translation>错误 {code}：{message}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="53"/>
        <source>(unsafe link hidden)</source>
        <translation>（已隐藏不安全的链接）</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/events_model.py" line="422"/>
        <source>Click to open {url}</source>
        <translation>点击打开 {url}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/events_model.py" line="423"/>
        <source>This link is not a plain http(s) address and will not be opened.</source>
        <translation>此链接不是普通的 http(s) 地址，不会被打开。</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <location filename="../../vodmonitor/ui/events_table.py" line="26"/>
        <source>Clip results</source>
        <translation>剪辑结果</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/events_table.py" line="29"/>
        <source>Arrow keys move between results, Ctrl+Enter acknowledges the selected ones, Tab moves on to the details</source>
        <translation>方向键在结果之间移动，Ctrl+Enter 确认所选结果，Tab 转到详情</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="24"/>
        <source>Your computer&apos;s clock is {minutes} minutes ahead.</source>
        <translation>您的电脑时钟快了 {minutes} 分钟。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="26"/>
        <source>Your computer&apos;s clock is {minutes} minutes behind.</source>
        <translation>您的电脑时钟慢了 {minutes} 分钟。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="29"/>
        <source>Your computer&apos;s clock is more than 5 minutes off.</source>
        <translation>您的电脑时钟偏差超过 5 分钟。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="30"/>
        <source>Set the time automatically in the system settings, then try again.</source>
        <translation>请在系统设置中开启自动设置时间，然后重试。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="34"/>
        <source>Tencent Cloud does not know this SecretId. Check it in the CAM console.</source>
        <translation>腾讯云不存在此 SecretId，请在访问管理（CAM）控制台中核对。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="38"/>
        <source>The SecretKey is wrong for this SecretId. Copy it again from the CAM console.</source>
        <translation>此 SecretId 对应的 SecretKey 不正确，请从访问管理（CAM）控制台重新复制。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="43"/>
        <source>These credentials have no permission for VOD. Ask your administrator to grant VOD access.</source>
        <translation>此凭据没有云点播权限，请联系管理员授予云点播访问权限。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="48"/>
        <source>VOD is not activated for this account.</source>
        <translation>此账号尚未开通云点播。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="50"/>
        <source>The SubAppId does not exist for this account. Check it in the VOD console.</source>
        <translation>此账号下不存在该 SubAppId，请在云点播控制台中核对。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="54"/>
        <source>No credentials are set.</source>
        <translation>尚未设置凭据。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="56"/>
        <source>Tencent Cloud refused the credentials ({code}).</source>
        <translation>腾讯云拒绝了该凭据（{code}）。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="60"/>
        <source>Tencent Cloud asked vodmonitor to slow down.</source>
        <translation>腾讯云要求 vodmonitor 降低请求频率。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="62"/>
        <source>Cannot reach {endpoint}. Check the network connection or proxy.</source>
        <translation>无法连接 {endpoint}，请检查网络连接或代理。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="64"/>
        <source>Tencent Cloud</source>
        <translation>腾讯云</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="66"/>
        <source>Tencent Cloud had a temporary problem ({code}).</source>
        <translation>腾讯云出现临时故障（{code}）。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="70"/>
        <source>The request failed: {code}: {message}</source>
        <translation>请求失败：{code}：{message}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="76"/>
        <source>Tencent Cloud says: {message}</source>
        <translation>腾讯云返回：{message}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="80"/>
        <source>(RequestId {request_id})</source>
        <translation>（RequestId {request_id}）</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="89"/>
        <source>The disk holding {path} is full. Free some space on it.</source>
        <translation>{path} 所在的磁盘已满。请释放一些空间。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="93"/>
        <source>{path} cannot be written (a read-only file, folder or disk). Make it writable, or start vodmonitor with another data folder (--data-dir).</source>
        <translation>无法写入 {path}（只读的文件、文件夹或磁盘）。请使其可写，或使用其他数据文件夹（--data-dir）启动 vodmonitor。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="99"/>
        <source>{path} is damaged or is not a vodmonitor database. Move it aside to start with an empty history; VOD sends again every event not yet confirmed.</source>
        <translation>{path} 已损坏或不是 vodmonitor 数据库。将其移到一旁即可从空记录开始；尚未确认的事件云点播会重新发送。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="105"/>
        <source>{path} was written by a newer version of vodmonitor. Install that version, or move the file aside to start with an empty history.</source>
        <translation>{path} 由更新版本的 vodmonitor 写入。请安装该版本，或将文件移到一旁以从空记录开始。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="111"/>
        <source>Cannot reach the team database at {path}. Showing the last view; nothing is pulled or confirmed from this computer until it is back.</source>
        <translation>无法连接到 {path} 的团队数据库。正在显示上次的视图；在恢复连接之前，此计算机不会拉取或确认任何事件。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="117"/>
        <source>The team database at {path} refused the user name or password. Check them in the settings.</source>
        <translation>{path} 的团队数据库拒绝了用户名或密码。请在设置中检查。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="123"/>
        <source>The database role lacks a right vodmonitor needs at {path} (see the README&apos;s Team mode section for the minimum rights).</source>
        <translation>数据库角色缺少 vodmonitor 在 {path} 上所需的权限（最低权限见 README 的团队模式一节）。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="128"/>
        <source>{path} cannot be read or written. Check the disk and its permissions.</source>
        <translation>无法读写 {path}。请检查磁盘及其权限。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="137"/>
        <source>Not storing events: {reason} Retrying in {seconds} s.</source>
        <translation>未在保存事件：{reason} {seconds} 秒后重试。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="141"/>
        <source>Acknowledgements waiting to be saved: {count}; nothing is confirmed meanwhile.</source>
        <translation>等待保存的确认：{count} 条；在此期间不会确认任何事件。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="148"/>
        <source>Not connected to the team database ({reason}). Showing the last view; nothing is pulled or confirmed from this computer. Reconnecting…</source>
        <translation>未连接到团队数据库（{reason}）。正在显示上次的视图；此计算机不会拉取或确认任何事件。正在重新连接…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="152"/>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="154"/>
        <source>Not live: the event store has not answered for a few seconds. Events are not being stored; see the log if this lasts.</source>
        <translation>非实时：事件存储已有几秒没有响应，事件未被保存；如果持续，请查看日志。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="161"/>
        <source>Monitoring stopped: {reason}</source>
        <translation>监控已停止：{reason}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="164"/>
        <source>Monitoring stopped because of an internal error ({detail}). Nothing is pulled or confirmed. Restart monitoring; if it happens again, send the log to support.</source>
        <translation>监控因内部错误（{detail}）而停止，不会拉取或确认任何事件。请重新开始监控；如再次发生，请将日志发送给技术支持。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="170"/>
        <source>The API endpoint is not valid: {reason}</source>
        <translation>API 接入点无效：{reason}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="174"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="177"/>
        <source>Live: reading clip results from the task list</source>
        <translation>实时：正在从任务列表读取剪辑结果</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="178"/>
        <source>Live: receiving clip results</source>
        <translation>实时：正在接收剪辑结果</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="183"/>
        <source>{reason} Retrying in {seconds} s.</source>
        <translation>{reason} 将在 {seconds} 秒后重试。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="189"/>
        <source>Stopped: {reason}</source>
        <translation>已停止：{reason}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="192"/>
        <source>This VOD application uses normal callback with no callback URL set, so there is nothing to pull. Watch-only shows its clip results from the task list.</source>
        <translation>此 VOD 应用使用普通回调且未设置回调 URL，因此没有可拉取的事件。仅查看模式会从任务列表显示其剪辑结果。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="198"/>
        <source>This VOD application uses normal callback: events go to {url}, so there is nothing to pull. Watch-only shows its clip results without taking them; switching to reliable callback would stop the callbacks to that backend.</source>
        <translation>此 VOD 应用使用普通回调：事件发往 {url}，因此没有可拉取的事件。仅查看模式会显示剪辑结果而不取走事件；切换到可靠回调会使该后端不再收到回调。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="205"/>
        <source>No credentials: open the settings, or try the demo.</source>
        <translation>没有凭据：请打开设置，或试用演示模式。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="206"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../vodmonitor/ui/main_window.py" line="127"/>
        <location filename="../../vodmonitor/ui/main_window.py" line="189"/>
        <source>vodmonitor</source>
        <translation>vodmonitor</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="35"/>
        <source>&amp;About vodmonitor</source>
        <translation>关于 vodmonitor(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="39"/>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="43"/>
        <source>Acknowledge the selected clip results (Ctrl+Enter)</source>
        <translation>确认所选剪辑结果（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="46"/>
        <source>Acknowledge all &amp;shown…</source>
        <translation>确认全部显示项(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="49"/>
        <source>&amp;Open link</source>
        <translation>打开链接(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="52"/>
        <source>Copy &amp;link</source>
        <translation>复制链接(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="54"/>
        <source>&amp;Download…</source>
        <translation>下载(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="58"/>
        <source>Download the selected clips to your download folder (Ctrl+S)</source>
        <translation>将所选剪辑下载到下载文件夹（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="61"/>
        <source>Open in the VOD &amp;console</source>
        <translation>在 VOD 控制台中打开(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="64"/>
        <source>Copy &amp;task ID</source>
        <translation>复制任务 ID(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="66"/>
        <source>Save raw &amp;JSON…</source>
        <translation>保存原始 &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="69"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="73"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="83"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="86"/>
        <source>Try the &amp;demo</source>
        <translation>试用演示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="89"/>
        <source>Watch a built-in simulator; no account needed</source>
        <translation>观看内置模拟器，无需账号</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="92"/>
        <source>&amp;Export the results shown…</source>
        <translation>导出显示的结果(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="96"/>
        <source>Save the results shown (filter, search, sort, columns) as XLSX or CSV</source>
        <translation>将显示的结果(按筛选、搜索、排序和列)保存为 XLSX 或 CSV</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="101"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="117"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="128"/>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="135"/>
        <source>Search names, IDs, links, messages (Ctrl+F)</source>
        <translation>搜索名称、ID、链接、消息 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="213"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="290"/>
        <source>Fit columns to the window</source>
        <translation>列宽适应窗口</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="295"/>
        <source>Widths follow the window until you drag a column&apos;s edge</source>
        <translation>在您拖动列边框之前，列宽随窗口变化</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="137"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="139"/>
        <source>Shows the results whose names, IDs, link or message contain it</source>
        <translation>显示名称、ID、链接或消息中包含该文字的结果</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="147"/>
        <source>Needs attention</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="149"/>
        <source>Show only results not yet acknowledged</source>
        <translation>仅显示尚未确认的结果</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="150"/>
        <source>Failed only</source>
        <translation>仅失败</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="152"/>
        <source>Show only clips that failed</source>
        <translation>只显示失败的剪辑</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="155"/>
        <source>Event type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="157"/>
        <source>Clip results only, or every event VOD sent (uploads, …)</source>
        <translation>只看剪辑结果，或 VOD 发送的所有事件（上传等）</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="159"/>
        <source>Clip results</source>
        <translation>剪辑结果</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="160"/>
        <source>All events</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="188"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="195"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="203"/>
        <source>E&amp;vents</source>
        <translation>事件(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/main_window.py" line="191"/>
        <location filename="../../vodmonitor/ui/window_status.py" line="26"/>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="29"/>
        <source>Connected to the built-in simulator, not to Tencent Cloud</source>
        <translation>已连接到内置模拟器，而不是腾讯云</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="38"/>
        <source>Connection status</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="181"/>
        <source>{attention} need attention · {failed} failed · {total} total</source>
        <translation>待处理 {attention} · 失败 {failed} · 共 {total}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="189"/>
        <source>{count} unreadable kept aside (see the log)</source>
        <translation>{count} 个无法读取的事件已另行保存（见日志）</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="111"/>
        <location filename="../../vodmonitor/ui/window_status.py" line="112"/>
        <location filename="../../vodmonitor/ui/window_status.py" line="113"/>
        <source>Open settings…</source>
        <translation>打开设置…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="47"/>
        <source>Switch to reliable callback…</source>
        <translation>切换到可靠回调…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/main_window.py" line="193"/>
        <location filename="../../vodmonitor/ui/window_status.py" line="81"/>
        <source>Watch-only</source>
        <translation>仅查看</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="83"/>
        <source>Clip results are read from the task list. Nothing is taken from the event queue and nothing is confirmed on VOD: acknowledging marks a result done here.</source>
        <translation>剪辑结果从任务列表读取。不会从事件队列取走任何事件，也不会在 VOD 上确认任何事件：确认只是在此处将结果标记为已完成。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="91"/>
        <source>Reliable callback</source>
        <translation>可靠回调</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="93"/>
        <source>vodmonitor pulls the application&apos;s events and confirms those you acknowledge.</source>
        <translation>vodmonitor 拉取应用的事件，并确认您已确认的事件。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="114"/>
        <source>Use watch-only</source>
        <translation>使用仅查看模式</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="115"/>
        <source>Restart monitoring</source>
        <translation>重新开始监控</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="123"/>
        <source>Last poll {time}</source>
        <translation>最近拉取 {time}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="134"/>
        <source>{count} clips processing</source>
        <translation>{count} 个剪辑处理中</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="135"/>
        <source>Clip tasks VOD is still working on (from the task list).</source>
        <translation>VOD 仍在处理的剪辑任务(来自任务列表)。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="137"/>
        <source>{count} waiting at VOD</source>
        <translation>VOD 待拉取 {count} 条</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="138"/>
        <source>Events in the application&apos;s reliable-callback queue, as VOD reports it (approximate; it lags by a minute or so).</source>
        <translation>VOD 报告的该应用可靠回调队列中的事件数(近似值,约有一分钟延迟)。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="145"/>
        <source>VOD&apos;s queue has been growing for several minutes: this computer is not keeping up, or another program is taking events from the same application.</source>
        <translation>VOD 队列已持续增长数分钟:这台电脑处理不过来,或有其他程序在从同一应用拉取事件。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="161"/>
        <source>Team · offline</source>
        <translation>团队 · 离线</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="163"/>
        <source>Team · leader</source>
        <translation>团队 · 主控</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="165"/>
        <source>Team · following {name}</source>
        <translation>团队 · 跟随 {name}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="167"/>
        <source>Team · following</source>
        <translation>团队 · 跟随中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/main_window.py" line="318"/>
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>%n 台桌面</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="172"/>
        <source>One desktop of the team (the leader) pulls and confirms events; every desktop sees every result and can acknowledge it.</source>
        <translation>团队中由一台桌面（主控）拉取并确认事件；每台桌面都能看到所有结果并可以确认。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/main_window.py" line="311"/>
        <source>%n result(s) exported to {path}</source>
        <translation>
            <numerusform>已将 %n 条结果导出到 {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/main_window.py" line="314"/>
        <source>Acknowledgement taken back for %n result(s)</source>
        <translation>
            <numerusform>已撤销 %n 个结果的确认</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/main_window.py" line="363"/>
        <source>Select rows that are not yet acknowledged.</source>
        <translation>请选择尚未确认的行。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="224"/>
        <source>The results are still loading; try again in a moment.</source>
        <translation>结果仍在加载,请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="231"/>
        <source>Every result shown is already acknowledged.</source>
        <translation>显示的结果均已确认。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="237"/>
        <source>Acknowledge all shown</source>
        <translation>确认全部显示项</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="239"/>
        <source>Mark {count} results not yet acknowledged as done? Watch-only confirms nothing on VOD; they are marked done here.</source>
        <translation>将 {count} 个尚未确认的结果标记为已完成？仅查看模式不会在 VOD 上确认任何事件，只在此处标记为已完成。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="245"/>
        <source>Acknowledge {count} results not yet acknowledged? Each one is confirmed to Tencent Cloud and will not be delivered again.</source>
        <translation>确认尚未确认的 {count} 个结果？每个结果都会向腾讯云确认，之后不会再次推送。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/main_window.py" line="403"/>
        <source>Link copied</source>
        <translation>链接已复制</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/main_window.py" line="419"/>
        <source>Task ID copied</source>
        <translation>任务 ID 已复制</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="216"/>
        <location filename="../../vodmonitor/ui/main_window.py" line="381"/>
        <source>No application on this computer opens this link.</source>
        <translation>此电脑上没有可以打开此链接的应用程序。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="219"/>
        <location filename="../../vodmonitor/ui/main_window.py" line="382"/>
        <source>Copy link</source>
        <translation>复制链接</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/main_window.py" line="388"/>
        <source>This is an HLS playlist (.m3u8): a browser may download it instead of playing it. A player such as VLC plays it.</source>
        <translation>这是 HLS 播放列表（.m3u8）：浏览器可能会下载而不是播放它，可用 VLC 等播放器播放。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="310"/>
        <source>Save raw JSON</source>
        <translation>保存原始 JSON</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="312"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="322"/>
        <source>Could not save the file</source>
        <translation>无法保存文件</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/export_dialog.py" line="49"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/export_dialog.py" line="50"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV,UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/export_dialog.py" line="54"/>
        <source>Export the results shown</source>
        <translation>导出显示的结果</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/export_dialog.py" line="81"/>
        <source>Exporting the results shown…</source>
        <translation>正在导出显示的结果…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/export_dialog.py" line="82"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/export_dialog.py" line="88"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/export_dialog.py" line="118"/>
        <source>Export cancelled; no file written.</source>
        <translation>已取消导出,未写入文件。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/export_dialog.py" line="126"/>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/export_dialog.py" line="127"/>
        <source>{path} was not written: {reason}</source>
        <translation>未能写入 {path}:{reason}</translation>
    </message>
</context>
<context>
    <name>NewResultsBar</name>
    <message>
        <location filename="../../vodmonitor/ui/notices.py" line="72"/>
        <source>New results</source>
        <translation>新结果</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/notices.py" line="73"/>
        <source>Scrolls to the top and shows the new results</source>
        <translation>滚动到顶部并显示新结果</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/notices.py" line="82"/>
        <source>↑ %n new result(s): show</source>
        <translation>
            <numerusform>↑ %n 个新结果：显示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <location filename="../../vodmonitor/ui/plain_text.py" line="26"/>
        <source>… ({count} more characters)</source>
        <translation>…（另有 {count} 个字符）</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="213"/>
        <source>No system keyring is available, and vodmonitor never writes keys to a plain file. Install or start a keyring (Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet).</source>
        <translation>没有可用的系统密钥环，而 vodmonitor 绝不会把密钥写入明文文件。请安装或启动密钥环（Windows 凭据管理器、macOS 钥匙串、GNOME Keyring 或 KWallet）。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="219"/>
        <source>The system keyring is locked or could not be opened. Unlock it (log in again, or open your keyring app) and try again.</source>
        <translation>系统密钥环已锁定或无法打开。请解锁（重新登录，或打开密钥环应用）后重试。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="224"/>
        <source>The system keyring refused the request; the prompt may have been dismissed. Try again.</source>
        <translation>系统密钥环拒绝了请求，可能是提示框被关闭了。请重试。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="229"/>
        <source>The keyring entry for this profile is unreadable. Enter the SecretId and SecretKey again.</source>
        <translation>此配置的密钥环条目无法读取，请重新输入 SecretId 和 SecretKey。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_dialog.py" line="116"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="46"/>
        <source>The demo is running: vodmonitor shows its built-in simulator, not Tencent Cloud. To watch your own VOD application, fill in a profile&apos;s SecretId and SecretKey (CAM console › API keys) and its SubAppId, then press OK; vodmonitor then connects to it instead.</source>
        <translation>演示正在运行：vodmonitor 显示的是内置模拟器，而不是腾讯云。要查看您自己的 VOD 应用，请填写配置的 SecretId 和 SecretKey（访问管理控制台 › API 密钥）以及 SubAppId，然后按确定；vodmonitor 随即改为连接该应用。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="58"/>
        <source>Credentials from the environment (TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY) are used for this run instead of the keyring.</source>
        <translation>本次运行使用环境变量（TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY）中的凭据，而不是密钥环。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="73"/>
        <source>Connection profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="78"/>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="84"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="85"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="121"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="136"/>
        <source>e.g. 1500000001 (required for newer accounts)</source>
        <translation>例如 1500000001（较新的账号必填）</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="140"/>
        <source>optional, e.g. ap-guangzhou</source>
        <translation>可选，例如 ap-guangzhou</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="147"/>
        <source>Reliable callback: pull and confirm events</source>
        <translation>可靠回调：拉取并确认事件</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="150"/>
        <source>Watch-only: read the task list, take nothing</source>
        <translation>仅查看：读取任务列表，不取走任何事件</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="153"/>
        <source>Use watch-only when the application&apos;s events belong to a backend (normal callback, or a backend that pulls them): vodmonitor then shows every clip result without taking events from anyone.</source>
        <translation>当应用的事件属于某个后端（普通回调，或由后端拉取）时，请使用仅查看模式：vodmonitor 会显示每个剪辑结果，而不从任何人那里取走事件。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="164"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="165"/>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="117"/>
        <location filename="../../vodmonitor/ui/settings_form.py" line="166"/>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="80"/>
        <source>Each profile is one VOD application and its credentials</source>
        <translation>每个配置对应一个 VOD 应用及其凭据</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="86"/>
        <source>Add a connection profile</source>
        <translation>添加连接配置</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="87"/>
        <source>Remove the selected profile</source>
        <translation>删除所选配置</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="108"/>
        <source>A name of your choice for this connection</source>
        <translation>为此连接自取的名称</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="112"/>
        <source>The API key&apos;s SecretId, from the CAM console (API keys)</source>
        <translation>API 密钥的 SecretId，来自访问管理控制台（API 密钥）</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="119"/>
        <location filename="../../vodmonitor/ui/settings_form.py" line="188"/>
        <source>Kept in the system keyring, never in a file</source>
        <translation>保存在系统密钥环中，绝不写入文件</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="123"/>
        <source>Show the SecretKey as you type it</source>
        <translation>输入时显示 SecretKey</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="167"/>
        <source>SubAppId</source>
        <translation>SubAppId</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="168"/>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="169"/>
        <source>API endpoint</source>
        <translation>API 接入点</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="170"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="174"/>
        <source>optional: postgresql://user@host/db for a team</source>
        <translation>可选：团队使用的 postgresql://user@host/db</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="177"/>
        <source>Desktops of a team that share one VOD application point at one PostgreSQL database: one of them pulls and confirms, all see every result. Use sslmode=verify-full beyond your own network.</source>
        <translation>共享一个 VOD 应用的团队桌面指向同一个 PostgreSQL 数据库：其中一台拉取并确认，所有桌面都能看到每个结果。在自己的网络之外请使用 sslmode=verify-full。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="194"/>
        <source>The Key of the playback domain&apos;s hotlink protection (8 to 20 letters or digits). Needed only when links answer 403 and the credentials may not read the domain settings.</source>
        <translation>播放域名防盗链的 Key（8 到 20 位字母或数字）。仅当链接返回 403 且凭据无权读取域名设置时才需要。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="201"/>
        <source>Playback key</source>
        <translation>播放密钥</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="205"/>
        <source>the key&apos;s domains, e.g. 1500000001.vod2.myqcloud.com</source>
        <translation>密钥对应的域名，例如 1500000001.vod2.myqcloud.com</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="208"/>
        <source>Links are signed with the key only on these hosts (and on the application&apos;s domains when the credentials may read them): a link to any other host never carries a signature made with your key.</source>
        <translation>只有这些主机（以及凭据可读取时应用自己的域名）上的链接才会用该密钥签名：指向其他主机的链接绝不会带上用您的密钥生成的签名。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="215"/>
        <source>Playback domains</source>
        <translation>播放域名</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="220"/>
        <source>The SignKey of normal callbacks, for a receiver (vodmonitor serve --listen) to check that callbacks come from VOD.</source>
        <translation>普通回调的 SignKey，供接收端（vodmonitor serve --listen）校验回调确实来自 VOD。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="226"/>
        <source>Callback SignKey</source>
        <translation>回调 SignKey</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="227"/>
        <source>Team database</source>
        <translation>团队数据库</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="228"/>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="231"/>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="234"/>
        <source>Checks the credentials and the application&apos;s callback mode with Tencent Cloud</source>
        <translation>向腾讯云检查凭据和应用的回调方式</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="239"/>
        <source>Switch to reliable callback…</source>
        <translation>切换到可靠回调…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="242"/>
        <source>Use watch-only</source>
        <translation>使用仅查看模式</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="262"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="265"/>
        <source>Confirm other event types automatically</source>
        <translation>自动确认其他类型的事件</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="269"/>
        <source>Off: upload, transcode and other events are recorded but left for other systems. On: vodmonitor confirms them, and nobody else will receive them.</source>
        <translation>关闭：上传、转码等事件只记录，留给其他系统处理。开启：由 vodmonitor 确认，其他系统将收不到这些事件。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="276"/>
        <source>Show desktop notifications for new clips</source>
        <translation>新剪辑显示桌面通知</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="279"/>
        <source>A notification names each new clip; click it to see it</source>
        <translation>通知会写出每个新剪辑的名称；点击即可查看</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="282"/>
        <source>Closing the window keeps vodmonitor in the tray</source>
        <translation>关闭窗口时将 vodmonitor 保留在托盘中</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="285"/>
        <source>Quit from the tray icon&apos;s menu or with File › Quit</source>
        <translation>通过托盘图标菜单或“文件 › 退出”退出</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="289"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="290"/>
        <source>The language of vodmonitor&apos;s windows</source>
        <translation>vodmonitor 窗口的语言</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="292"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="301"/>
        <source>Start vodmonitor when I sign in</source>
        <translation>登录时启动 vodmonitor</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="304"/>
        <source>It starts in the tray, ready to notify you</source>
        <translation>它会在托盘中启动，随时为您通知</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="307"/>
        <source>Language (after restart)</source>
        <translation>语言（重启后生效）</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="310"/>
        <location filename="../../vodmonitor/ui/settings_form.py" line="319"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="311"/>
        <source>Light or dark, or as your system is</source>
        <translation>浅色、深色，或跟随系统</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="313"/>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="314"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="315"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="324"/>
        <source>Your name in a team</source>
        <translation>您在团队中的名字</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="328"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="330"/>
        <source>How long a signed link stays valid</source>
        <translation>签名链接的有效时长</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="331"/>
        <source>Signed links last</source>
        <translation>签名链接有效期</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="335"/>
        <source>Keep everything</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="336"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="339"/>
        <source>Acknowledged results received longer ago than this are removed from this computer (VOD keeps the clips). A team&apos;s shared history is kept by the team.</source>
        <translation>早于此期限收到的已确认结果会从这台电脑删除(剪辑仍保留在 VOD)。团队共享的历史由团队保管。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="345"/>
        <location filename="../../vodmonitor/ui/settings_form.py" line="346"/>
        <source>Keep acknowledged results</source>
        <translation>已确认结果保留</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="350"/>
        <location filename="../../vodmonitor/ui/settings_form.py" line="361"/>
        <location filename="../../vodmonitor/ui/settings_form.py" line="371"/>
        <source>Download folder</source>
        <translation>下载文件夹</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="352"/>
        <source>Where Download saves clips; empty: your Downloads folder</source>
        <translation>下载的剪辑保存位置；留空则为系统的“下载”文件夹</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="354"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="356"/>
        <source>Pick the download folder</source>
        <translation>选择下载文件夹</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_dialog.py" line="151"/>
        <source>Save the settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_dialog.py" line="154"/>
        <source>Close without saving</source>
        <translation>不保存并关闭</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_dialog.py" line="202"/>
        <source>Profile {n}</source>
        <translation>配置 {n}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_dialog.py" line="244"/>
        <location filename="../../vodmonitor/ui/settings_dialog.py" line="260"/>
        <location filename="../../vodmonitor/ui/settings_dialog.py" line="265"/>
        <source>stored in the system keyring (type to replace)</source>
        <translation>已保存在系统密钥环中（输入以替换）</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_dialog.py" line="262"/>
        <source>optional: read from the domain settings when allowed</source>
        <translation>可选：有权限时从域名设置读取</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="388"/>
        <source>Your name in a team must be at most 100 characters, without control characters.</source>
        <translation>团队中的名字最多 100 个字符，且不能包含控制字符。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="395"/>
        <source>The download folder does not exist.</source>
        <translation>下载文件夹不存在。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="417"/>
        <source>The demo needs no credentials. To test your own VOD application, enter its SecretId and SecretKey first.</source>
        <translation>演示无需凭据。要测试您自己的 VOD 应用，请先输入其 SecretId 和 SecretKey。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_drafts.py" line="48"/>
        <source>The profile needs a name.</source>
        <translation>配置需要名称。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_drafts.py" line="51"/>
        <source>The profile name is at most {count} characters.</source>
        <translation>配置名称最多 {count} 个字符。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_drafts.py" line="57"/>
        <source>The profile name cannot contain control characters.</source>
        <translation>配置名称不能包含控制字符。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_drafts.py" line="62"/>
        <source>Another profile has this name.</source>
        <translation>已有同名的配置。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_drafts.py" line="66"/>
        <source>Enter the SecretId that goes with this SecretKey.</source>
        <translation>请输入与此 SecretKey 配对的 SecretId。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_drafts.py" line="69"/>
        <source>SubAppId must be a positive number.</source>
        <translation>SubAppId 必须是正数。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_drafts.py" line="76"/>
        <source>The playback key is 8 to 20 letters or digits.</source>
        <translation>播放密钥为 8 到 20 位字母或数字。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_drafts.py" line="83"/>
        <source>The team database must be a postgresql:// address (or libpq key=value settings), with the password in its own field.</source>
        <translation>团队数据库必须是 postgresql:// 地址（或 libpq 的 key=value 设置），密码填在单独的字段中。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_drafts.py" line="93"/>
        <source>The endpoint must be a host name such as vod.tencentcloudapi.com, or an https URL; plain http only for 127.0.0.1.</source>
        <translation>接入点必须是 vod.tencentcloudapi.com 这样的主机名或 https URL；普通 http 仅允许用于 127.0.0.1。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="422"/>
        <source>Enter the SecretId and SecretKey first.</source>
        <translation>请先输入 SecretId 和 SecretKey。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_dialog.py" line="341"/>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_dialog.py" line="359"/>
        <source>The test failed: {error}</source>
        <translation>测试失败：{error}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/connection_check.py" line="88"/>
        <source>Connected. This VOD application uses normal callback to {url}, a vodmonitor receiver (vodmonitor serve): its events reach the ledger there. Nothing needs to change.</source>
        <translation>已连接。此 VOD 应用通过普通回调发往 {url}，这是一个 vodmonitor 接收端（vodmonitor serve）：事件在那里写入账本。无需更改。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/connection_check.py" line="97"/>
        <source>Connected. This VOD application uses normal callback: events go to {url}. Watch-only shows every clip result without taking them. Switching to reliable callback instead would mean your backend at {url} stops receiving callbacks.</source>
        <translation>已连接。此 VOD 应用使用普通回调：事件发往 {url}。仅查看模式会显示每个剪辑结果而不取走事件。如果改为切换到可靠回调，位于 {url} 的后端将不再收到回调。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/connection_check.py" line="105"/>
        <source>Connected. This VOD application uses normal callback, and no callback URL is set, so its events are not delivered anywhere. Watch-only shows its clip results from the task list; reliable callback would let vodmonitor pull and confirm them.</source>
        <translation>已连接。此 VOD 应用使用普通回调，但未设置回调 URL，因此其事件不会发送到任何地方。仅查看模式会从任务列表显示剪辑结果；可靠回调则让 vodmonitor 拉取并确认事件。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/connection_check.py" line="114"/>
        <source>Connected, but another program seems to take this application&apos;s events: {count} clip results of the last hour are neither waiting in the queue nor here. Watch-only shows every clip result without taking any.</source>
        <translation>已连接，但似乎有其他程序在取走此应用的事件：最近一小时有 {count} 个剪辑结果既不在队列中，也不在此处。仅查看模式会显示每个剪辑结果而不取走任何事件。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/connection_check.py" line="122"/>
        <source>Connected. Reliable callback is on: vodmonitor will receive clip results.</source>
        <translation>已连接。可靠回调已开启：vodmonitor 将接收剪辑结果。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_dialog.py" line="371"/>
        <source>Watch-only is chosen for this profile; it takes effect when you press OK.</source>
        <translation>已为此配置选择仅查看模式；按“确定”后生效。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/connection_check.py" line="136"/>
        <source>Cannot store the credentials</source>
        <translation>无法保存凭据</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/connection_check.py" line="141"/>
        <source>You can use the credentials for this session only; they are forgotten when vodmonitor quits.</source>
        <translation>可以仅在本次会话中使用这些凭据，退出 vodmonitor 后即被清除。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/connection_check.py" line="147"/>
        <source>Use for this session only</source>
        <translation>仅在本次会话中使用</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/connection_check.py" line="58"/>
        <source>Switch this VOD application to reliable callback? Its events will then wait for vodmonitor (or another client) to pull and confirm them.</source>
        <translation>将此云点播应用切换为可靠回调？之后其事件将等待 vodmonitor（或其他客户端）拉取并确认。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/connection_check.py" line="66"/>
        <source>Switch to reliable callback</source>
        <translation>切换到可靠回调</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/connection_check.py" line="51"/>
        <source>Switching this VOD application to reliable callback stops the callbacks to {url}. A server that receives events there now will stop getting them. Switch?</source>
        <translation>将此云点播应用切换为可靠回调后，将停止向 {url} 发送回调。当前在该地址接收事件的服务器将不再收到事件。是否切换？</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../vodmonitor/ui/startup.py" line="29"/>
        <source>Cannot use the data folder</source>
        <translation>无法使用数据文件夹</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/startup.py" line="30"/>
        <source>vodmonitor cannot write to {folder} ({reason}). Its settings, event history and logs live there. Choose another folder, or quit and fix the folder&apos;s permissions.</source>
        <translation>vodmonitor 无法写入 {folder}（{reason}）。设置、事件记录和日志都保存在这里。请选择其他文件夹，或退出并修正该文件夹的权限。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/startup.py" line="39"/>
        <source>Choose another folder…</source>
        <translation>选择其他文件夹…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/startup.py" line="41"/>
        <location filename="../../vodmonitor/ui/startup.py" line="66"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/startup.py" line="45"/>
        <source>Choose a data folder</source>
        <translation>选择数据文件夹</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/startup.py" line="54"/>
        <source>Cannot open the event database</source>
        <translation>无法打开事件数据库</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/startup.py" line="63"/>
        <source>Move it aside and start fresh</source>
        <translation>移到一旁并重新开始</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../vodmonitor/ui/tray.py" line="41"/>
        <source>Show vodmonitor</source>
        <translation>显示 vodmonitor</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/tray.py" line="43"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/tray.py" line="78"/>
        <source>vodmonitor: {new} to acknowledge, {failed} failed</source>
        <translation>vodmonitor：待确认 {new} 个，失败 {failed} 个</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/tray.py" line="84"/>
        <source>vodmonitor keeps running in the tray. Quit it from the tray menu.</source>
        <translation>vodmonitor 会继续在托盘中运行。请从托盘菜单退出。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/tray.py" line="96"/>
        <source>Clip failed</source>
        <translation>剪辑失败</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/tray.py" line="96"/>
        <source>{name} failed: {reason}</source>
        <translation>{name} 失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/tray.py" line="99"/>
        <source>Clip ready</source>
        <translation>剪辑完成</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/tray.py" line="99"/>
        <source>{name} is ready</source>
        <translation>{name} 已完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/tray.py" line="101"/>
        <source>%n new clip(s), {failed} failed</source>
        <translation>
            <numerusform>%n 个新剪辑，{failed} 个失败</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/tray.py" line="104"/>
        <source>Failed: {names}</source>
        <translation>失败：{names}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/tray.py" line="106"/>
        <source>Ready: {names}</source>
        <translation>完成：{names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/tray.py" line="108"/>
        <source>%n clip(s) ready</source>
        <translation>
            <numerusform>%n 个剪辑已完成</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/tray.py" line="150"/>
        <source>and %n more</source>
        <translation>等另外 %n 个</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../vodmonitor/ui/notices.py" line="27"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/notices.py" line="30"/>
        <source>Take the acknowledgement back (Ctrl+Z)</source>
        <translation>撤销确认 (Ctrl+Z)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/notices.py" line="43"/>
        <source>Acknowledged %n result(s)</source>
        <translation>
            <numerusform>已确认 %n 个结果</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../vodmonitor/ui/welcome.py" line="19"/>
        <source>Welcome to vodmonitor</source>
        <translation>欢迎使用 vodmonitor</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/welcome.py" line="26"/>
        <source>vodmonitor shows the results of your Tencent Cloud VOD clip tasks as they finish. It needs a SecretId and SecretKey with VOD access, kept in your system&apos;s keyring, never in a file. With reliable callback it takes the events and confirms each one you acknowledge; when the events belong to a backend, watch-only reads the task list and takes nothing.

No account at hand? The demo runs against a built-in simulator.</source>
        <translation>vodmonitor 会在腾讯云点播剪辑任务完成时显示其结果。它需要具有 VOD 权限的 SecretId 和 SecretKey，密钥保存在系统密钥环中，绝不写入文件。使用可靠回调时，它会拉取事件，并逐一确认您已确认的事件；如果事件归后端所有，只读模式只读取任务列表，什么也不取走。

手头没有账号？演示使用内置模拟器运行。</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/welcome.py" line="36"/>
        <source>Set up a connection…</source>
        <translation>设置连接…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/welcome.py" line="38"/>
        <source>Enter your SecretId, SecretKey and SubAppId</source>
        <translation>输入您的 SecretId、SecretKey 和 SubAppId</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/welcome.py" line="39"/>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/welcome.py" line="41"/>
        <source>See vodmonitor at work without an account</source>
        <translation>无需账号即可看看 vodmonitor 如何工作</translation>
    </message>
</context>
</TS>
