<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../vodmonitor/ui/about.py" line="21"/>
        <source>About vodmonitor</source>
        <translation>vodmonitor 정보</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/about.py" line="32"/>
        <source>Watches Tencent Cloud VOD clip results. Free software under the MIT licence.
Qt {qt} · PySide6 {pyside}</source>
        <translation>Tencent Cloud VOD 클립 결과를 지켜봅니다. MIT 라이선스의 자유 소프트웨어입니다.
Qt {qt} · PySide6 {pyside}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/about.py" line="38"/>
        <source>Log folder (send its files to support):</source>
        <translation>로그 폴더(지원팀에 이 파일들을 보내세요):</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/about.py" line="50"/>
        <source>Open log folder</source>
        <translation>로그 폴더 열기</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/about.py" line="52"/>
        <source>Show the log files in your file manager</source>
        <translation>파일 관리자에서 로그 파일 보기</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/about.py" line="54"/>
        <source>Copy the path</source>
        <translation>경로 복사</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/about.py" line="56"/>
        <source>Copy the log folder&apos;s path</source>
        <translation>로그 폴더 경로 복사</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/about.py" line="58"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/about.py" line="68"/>
        <source>No application on this computer opens folders: copy the path instead.</source>
        <translation>이 컴퓨터에는 폴더를 여는 프로그램이 없습니다. 대신 경로를 복사하세요.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../vodmonitor/ui/application.py" line="179"/>
        <source>Using the credentials from TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY for this run.</source>
        <translation>이번 실행에서는 TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY의 자격 증명을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/application.py" line="190"/>
        <location filename="../../vodmonitor/ui/application.py" line="360"/>
        <source>Cannot read the credentials</source>
        <translation>자격 증명을 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/application.py" line="202"/>
        <source>Language changed</source>
        <translation>언어 변경됨</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/application.py" line="203"/>
        <source>vodmonitor shows the new language after a restart. Restart it now? Downloads in progress stop and resume when started again.</source>
        <translation>새 언어는 vodmonitor를 다시 시작한 뒤 적용됩니다. 지금 다시 시작할까요? 진행 중인 다운로드는 멈추고, 다시 시작하면 이어서 받습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/application.py" line="211"/>
        <source>Restart now</source>
        <translation>지금 다시 시작</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/application.py" line="212"/>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/application.py" line="387"/>
        <source>Cannot save the settings</source>
        <translation>설정을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/application.py" line="398"/>
        <source>Could not change the start at sign-in</source>
        <translation>로그인할 때 시작 설정을 바꿀 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/application.py" line="438"/>
        <source>Could not switch to reliable callback</source>
        <translation>신뢰할 수 있는 콜백으로 전환하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/app_start.py" line="113"/>
        <source>vodmonitor is already running with this data folder; its window was brought to the front.</source>
        <translation>이 데이터 폴더로 vodmonitor가 이미 실행 중입니다. 해당 창을 앞으로 가져왔습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/app_start.py" line="120"/>
        <source>vodmonitor is already running with this data folder.</source>
        <translation>이 데이터 폴더로 vodmonitor가 이미 실행 중입니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/app_start.py" line="147"/>
        <source>Some settings were invalid</source>
        <translation>일부 설정 값이 올바르지 않습니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/app_start.py" line="148"/>
        <source>These values in {path} were not valid and their defaults are used:</source>
        <translation>{path}의 다음 값이 올바르지 않아 기본값을 사용합니다:</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/app_start.py" line="159"/>
        <source>The data folder is on a network</source>
        <translation>데이터 폴더가 네트워크에 있습니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/app_start.py" line="160"/>
        <source>{path} is on {kind}. vodmonitor&apos;s database needs a local disk: on a network folder it can be slow or fail. Start vodmonitor with a local folder (--data-dir) if you see problems.</source>
        <translation>{path}은(는) {kind}에 있습니다. vodmonitor의 데이터베이스에는 로컬 디스크가 필요하며, 네트워크 폴더에서는 느리거나 실패할 수 있습니다. 문제가 생기면 로컬 폴더(--data-dir)로 vodmonitor를 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/app_start.py" line="169"/>
        <source>Settings could not be read</source>
        <translation>설정을 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/app_start.py" line="170"/>
        <source>The settings file was unreadable and was kept aside as {path}; defaults are used. ({reason})</source>
        <translation>설정 파일을 읽을 수 없어 {path}(으)로 따로 보관했습니다. 기본값을 사용합니다. ({reason})</translation>
    </message>
</context>
<context>
    <name>ClipActions</name>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="74"/>
        <source>Choose a folder for downloaded clips</source>
        <translation>다운로드한 클립을 저장할 폴더 선택</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="101"/>
        <source>No application on this computer opens it. It is in {folder}</source>
        <translation>이 컴퓨터에는 이 파일을 여는 프로그램이 없습니다. 파일 위치: {folder}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="104"/>
        <source>Copy the path</source>
        <translation>경로 복사</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="114"/>
        <source>Nothing to download: the selected results have no file link.</source>
        <translation>다운로드할 항목이 없습니다. 선택한 결과에 파일 링크가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="138"/>
        <source>Cannot save {name} in that folder: {reason}</source>
        <translation>{name}을(를) 그 폴더에 저장할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="165"/>
        <source>The file exists</source>
        <translation>파일이 이미 있습니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="166"/>
        <source>{name} is already in the download folder.</source>
        <translation>{name}이(가) 다운로드 폴더에 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="173"/>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="177"/>
        <source>Keep both</source>
        <translation>둘 다 유지</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="181"/>
        <source>Skip</source>
        <translation>건너뛰기</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="230"/>
        <source>(cover not shown: the playback domain refused it)</source>
        <translation>(표지 없음: 재생 도메인이 거부함)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="233"/>
        <source>(cover not shown: it is gone from the server)</source>
        <translation>(표지 없음: 서버에서 사라짐)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="236"/>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="239"/>
        <source>(cover not shown: the server could not be reached)</source>
        <translation>(표지 없음: 서버에 연결할 수 없음)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="242"/>
        <source>(cover not shown: the picture is too large)</source>
        <translation>(표지 없음: 그림이 너무 큼)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="248"/>
        <source>(the cover could not be fetched)</source>
        <translation>(표지를 가져올 수 없습니다)</translation>
    </message>
</context>
<context>
    <name>DateFilter</name>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="60"/>
        <source>Received</source>
        <translation>받은 날짜</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="61"/>
        <source>Show the results received on these days</source>
        <translation>이 기간에 받은 결과만 표시</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="65"/>
        <source>Any time</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="66"/>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="67"/>
        <source>Last 7 days</source>
        <translation>최근 7일</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="68"/>
        <source>Last 30 days</source>
        <translation>최근 30일</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="69"/>
        <source>Chosen days…</source>
        <translation>기간 선택…</translation>
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
        <translation>기간 선택</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="36"/>
        <source>First day</source>
        <translation>시작일</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="37"/>
        <source>Last day</source>
        <translation>종료일</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="38"/>
        <source>&amp;From:</source>
        <translation>시작(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/date_filter.py" line="39"/>
        <source>&amp;To (included):</source>
        <translation>종료(포함)(&amp;T):</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="57"/>
        <source>Event details</source>
        <translation>이벤트 세부 정보</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="65"/>
        <source>Select a row to see every field and the raw JSON.</source>
        <translation>행을 선택하면 모든 필드와 원본 JSON이 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="137"/>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="146"/>
        <source>Event type</source>
        <translation>이벤트 유형</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="141"/>
        <source>Task ID</source>
        <translation>작업 ID</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="144"/>
        <source>Source file ID</source>
        <translation>원본 파일 ID</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="143"/>
        <source>Output file ID</source>
        <translation>출력 파일 ID</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="142"/>
        <source>File URL</source>
        <translation>파일 URL</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="145"/>
        <source>File type</source>
        <translation>파일 유형</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="147"/>
        <source>Error code</source>
        <translation>오류 코드</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="148"/>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="139"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="92"/>
        <source>Formatted</source>
        <translation>서식 적용</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="94"/>
        <source>Indent the JSON; off shows it exactly as received</source>
        <translation>JSON을 들여쓰기합니다. 끄면 받은 그대로 표시합니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="100"/>
        <source>Raw JSON as received</source>
        <translation>받은 그대로의 원본 JSON</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="102"/>
        <source>The event as VOD sent it; Events › Save raw JSON… saves all of it</source>
        <translation>VOD가 보낸 그대로의 이벤트입니다. 이벤트 › 원본 JSON 저장…으로 전체를 저장합니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="134"/>
        <source>Failure</source>
        <translation>실패 원인</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="149"/>
        <source>First received</source>
        <translation>처음 수신</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="150"/>
        <source>Last received</source>
        <translation>마지막 수신</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="151"/>
        <source>Deliveries</source>
        <translation>전달 횟수</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="152"/>
        <source>Acknowledged</source>
        <translation>확인 시각</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="153"/>
        <source>Confirmed</source>
        <translation>VOD 확인 완료 시각</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="161"/>
        <source>Clip name</source>
        <translation>클립 이름</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="163"/>
        <source>Source video</source>
        <translation>원본 동영상</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="168"/>
        <source>Duration</source>
        <translation>길이</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="172"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="185"/>
        <source>(cover not shown: not an http(s) link)</source>
        <translation>(표지를 표시하지 않음: http(s) 링크가 아님)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="187"/>
        <source>Loading the cover…</source>
        <translation>표지를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="202"/>
        <source>(the cover could not be read)</source>
        <translation>(표지를 읽을 수 없습니다)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="209"/>
        <source>by {name}, {time}</source>
        <translation>{name}, {time}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="214"/>
        <source>no message</source>
        <translation>메시지 없음</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="228"/>
        <source>Read-only; select the text to copy it</source>
        <translation>읽기 전용입니다. 텍스트를 선택해 복사하세요</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="259"/>
        <source>Events › Save raw JSON… writes all of it to a file.</source>
        <translation>전체 내용은 이벤트 › 원본 JSON 저장…으로 파일에 저장할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/detail_pane.py" line="106"/>
        <source>Raw JSON as received:</source>
        <translation>수신한 원본 JSON:</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="233"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="235"/>
        <source>Open the clip with the application your system chooses</source>
        <translation>시스템이 고른 프로그램으로 클립 열기</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="237"/>
        <source>Show in folder</source>
        <translation>폴더에서 보기</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="239"/>
        <source>Show the clip in its folder</source>
        <translation>클립이 있는 폴더 보기</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="241"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="243"/>
        <source>Stop this download; starting it again resumes it</source>
        <translation>이 다운로드를 멈춥니다. 다시 시작하면 이어서 받습니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="250"/>
        <source>Progress of {name}</source>
        <translation>{name} 진행률</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="267"/>
        <source>Saved to {path}</source>
        <translation>{path}에 저장됨</translation>
    </message>
</context>
<context>
    <name>Downloads</name>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="63"/>
        <source>The playback domain refused the signed link (403): check the playback key in Settings.</source>
        <translation>재생 도메인이 서명된 링크를 거부했습니다(403). 설정에서 재생 키를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="68"/>
        <source>The playback domain refused the link (403). It probably has Key hotlink protection: enter its key in Settings (Playback key).</source>
        <translation>재생 도메인이 링크를 거부했습니다(403). Key 핫링크 보호가 켜져 있을 수 있습니다. 설정(재생 키)에 키를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="74"/>
        <source>Not an http(s) link; not downloaded.</source>
        <translation>http(s) 링크가 아니므로 다운로드하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="77"/>
        <source>The file is gone from the server (404).</source>
        <translation>서버에 파일이 없습니다(404).</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="80"/>
        <source>The server refused the download.</source>
        <translation>서버가 다운로드를 거부했습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="83"/>
        <source>The connection kept failing. Start it again to resume.</source>
        <translation>연결이 계속 끊겼습니다. 다시 시작하면 이어서 받습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="86"/>
        <source>Nothing answers at the link&apos;s address: the server is gone or down.</source>
        <translation>링크 주소에서 응답이 없습니다. 서버가 없어졌거나 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="89"/>
        <source>The file&apos;s size did not match what the server announced.</source>
        <translation>파일 크기가 서버가 알린 크기와 다릅니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="92"/>
        <source>The playlist is too large.</source>
        <translation>재생 목록이 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="95"/>
        <source>The file could not be written (disk full?).</source>
        <translation>파일을 쓸 수 없습니다(디스크가 가득 찼나요?).</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="98"/>
        <source>Cancelled; starting it again resumes it.</source>
        <translation>취소됨. 다시 시작하면 이어서 받습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="101"/>
        <source>The HLS playlist could not be read.</source>
        <translation>HLS 재생 목록을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="106"/>
        <source>The download failed.</source>
        <translation>다운로드에 실패했습니다.</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="283"/>
        <source>Downloads</source>
        <translation>다운로드</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="296"/>
        <source>All downloads</source>
        <translation>전체 다운로드</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="298"/>
        <source>Clear finished</source>
        <translation>끝난 항목 지우기</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="300"/>
        <source>Remove finished downloads from this list</source>
        <translation>끝난 다운로드를 목록에서 지웁니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="305"/>
        <source>Stop every download still running</source>
        <translation>진행 중인 모든 다운로드 중지</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="361"/>
        <source>No downloads</source>
        <translation>다운로드 없음</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="374"/>
        <source>All downloads: %p%</source>
        <translation>전체 다운로드: %p%</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/downloads.py" line="376"/>
        <source>%n saved</source>
        <translation>
            <numerusform>%n개 저장됨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/downloads.py" line="378"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n개 실패</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/downloads.py" line="380"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n개 취소됨</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/downloads.py" line="303"/>
        <source>Cancel all</source>
        <translation>모두 취소</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../vodmonitor/ui/errors.py" line="26"/>
        <source>vodmonitor cannot use the folder {folder} ({reason}).</source>
        <translation>vodmonitor가 {folder} 폴더를 사용할 수 없습니다({reason}).</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/errors.py" line="29"/>
        <source>Something went wrong ({kind}). The log has the details.</source>
        <translation>문제가 발생했습니다({kind}). 자세한 내용은 로그에 있습니다.</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../vodmonitor/columns.py" line="35"/>
        <source>Received</source>
        <translation>수신 시각</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="36"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="39"/>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="47"/>
        <source>Clip name</source>
        <translation>클립 이름</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="55"/>
        <source>Source video</source>
        <translation>원본 동영상</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="61"/>
        <source>Duration</source>
        <translation>길이</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="62"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="65"/>
        <source>Task ID</source>
        <translation>작업 ID</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="74"/>
        <source>Source file ID</source>
        <translation>원본 파일 ID</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="84"/>
        <source>Output file ID</source>
        <translation>출력 파일 ID</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="94"/>
        <source>File type</source>
        <translation>파일 유형</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="102"/>
        <source>Deliveries</source>
        <translation>전달 횟수</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/columns.py" line="110"/>
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="21"/>
        <source>New</source>
        <translation>새 결과</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="22"/>
        <source>Acknowledged, confirming</source>
        <translation>확인됨, VOD에 전송 중</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="23"/>
        <source>Confirmed</source>
        <translation>VOD 확인 완료</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="24"/>
        <source>Confirm failed</source>
        <translation>VOD 확인 실패</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="25"/>
        <source>Done (nothing to confirm on VOD)</source>
        <translation>완료(VOD에서 확인할 것 없음)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="30"/>
        <source>confirmed automatically by the setting</source>
        <translation>설정에 따라 자동으로 확인 처리됨</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="33"/>
        <source>the handle expired; confirming when VOD sends the event again</source>
        <translation>핸들이 만료되었습니다. VOD가 이벤트를 다시 보내면 확인 처리합니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="36"/>
        <source>VOD stopped sending it after the confirmation, so it went through</source>
        <translation>확인 요청 후 VOD가 더 이상 보내지 않으므로 확인된 것으로 처리했습니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="42"/>
        <source>(deleted in VOD)</source>
        <translation>(VOD에서 삭제됨)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="43"/>
        <source>(no permission to read media info)</source>
        <translation>(미디어 정보를 읽을 권한 없음)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="44"/>
        <source>(media info unavailable)</source>
        <translation>(미디어 정보 없음)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="27"/>
        <source>Acknowledged</source>
        <translation>확인함</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="54"/>
        <source>VOD sent different content under this TaskId. Both copies are kept as separate rows; acknowledging one confirms only the copy you see.</source>
        <translation>VOD가 같은 TaskId로 다른 내용을 보냈습니다. 두 사본을 별도 행으로 보관하며, 확인하면 보이는 사본만 확정됩니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="47"/>
        <source>Recorded (not confirmed)</source>
        <translation>기록됨(확인하지 않음)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="48"/>
        <source>by {name}</source>
        <translation>{name}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="49"/>
        <source>conflicting copy</source>
        <translation>내용이 다른 사본</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="50"/>
        <source>OK</source>
        <translation>성공</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="51"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="52"/>
        <source>Error {code}: {message}</source>
        <translation>오류 {code}: {message}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/cells.py" line="53"/>
        <source>(unsafe link hidden)</source>
        <translation>(안전하지 않은 링크 숨김)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/events_model.py" line="422"/>
        <source>Click to open {url}</source>
        <translation>클릭하여 {url} 열기</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/events_model.py" line="423"/>
        <source>This link is not a plain http(s) address and will not be opened.</source>
        <translation>이 링크는 일반 http(s) 주소가 아니므로 열지 않습니다.</translation>
    </message>
</context>
<context>
    <name>EventsTable</name>
    <message>
        <location filename="../../vodmonitor/ui/events_table.py" line="26"/>
        <source>Clip results</source>
        <translation>클립 결과</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/events_table.py" line="29"/>
        <source>Arrow keys move between results, Ctrl+Enter acknowledges the selected ones, Tab moves on to the details</source>
        <translation>화살표 키로 결과 사이를 이동하고, Ctrl+Enter로 선택한 결과를 확인하며, Tab으로 상세 정보로 넘어갑니다</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="24"/>
        <source>Your computer&apos;s clock is {minutes} minutes ahead.</source>
        <translation>컴퓨터 시계가 {minutes}분 빠릅니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="26"/>
        <source>Your computer&apos;s clock is {minutes} minutes behind.</source>
        <translation>컴퓨터 시계가 {minutes}분 느립니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="29"/>
        <source>Your computer&apos;s clock is more than 5 minutes off.</source>
        <translation>컴퓨터 시계가 5분 넘게 어긋나 있습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="30"/>
        <source>Set the time automatically in the system settings, then try again.</source>
        <translation>시스템 설정에서 시간을 자동으로 맞추도록 설정한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="34"/>
        <source>Tencent Cloud does not know this SecretId. Check it in the CAM console.</source>
        <translation>Tencent Cloud에 이 SecretId가 없습니다. CAM 콘솔에서 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="38"/>
        <source>The SecretKey is wrong for this SecretId. Copy it again from the CAM console.</source>
        <translation>이 SecretId의 SecretKey가 올바르지 않습니다. CAM 콘솔에서 다시 복사하십시오.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="43"/>
        <source>These credentials have no permission for VOD. Ask your administrator to grant VOD access.</source>
        <translation>이 자격 증명에는 VOD 권한이 없습니다. 관리자에게 VOD 접근 권한을 요청하십시오.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="48"/>
        <source>VOD is not activated for this account.</source>
        <translation>이 계정에서 VOD가 활성화되어 있지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="50"/>
        <source>The SubAppId does not exist for this account. Check it in the VOD console.</source>
        <translation>이 계정에 해당 SubAppId가 없습니다. VOD 콘솔에서 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="54"/>
        <source>No credentials are set.</source>
        <translation>자격 증명이 설정되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="56"/>
        <source>Tencent Cloud refused the credentials ({code}).</source>
        <translation>Tencent Cloud가 자격 증명을 거부했습니다({code}).</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="60"/>
        <source>Tencent Cloud asked vodmonitor to slow down.</source>
        <translation>Tencent Cloud가 요청 속도를 줄이라고 응답했습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="62"/>
        <source>Cannot reach {endpoint}. Check the network connection or proxy.</source>
        <translation>{endpoint}에 연결할 수 없습니다. 네트워크 연결이나 프록시를 확인하십시오.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="64"/>
        <source>Tencent Cloud</source>
        <translation>Tencent Cloud</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="66"/>
        <source>Tencent Cloud had a temporary problem ({code}).</source>
        <translation>Tencent Cloud에 일시적인 문제가 있습니다({code}).</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="70"/>
        <source>The request failed: {code}: {message}</source>
        <translation>요청이 실패했습니다: {code}: {message}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="76"/>
        <source>Tencent Cloud says: {message}</source>
        <translation>Tencent Cloud 메시지: {message}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="80"/>
        <source>(RequestId {request_id})</source>
        <translation>(RequestId {request_id})</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="89"/>
        <source>The disk holding {path} is full. Free some space on it.</source>
        <translation>{path}이(가) 있는 디스크가 가득 찼습니다. 공간을 확보하세요.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="93"/>
        <source>{path} cannot be written (a read-only file, folder or disk). Make it writable, or start vodmonitor with another data folder (--data-dir).</source>
        <translation>{path}에 쓸 수 없습니다(읽기 전용 파일, 폴더 또는 디스크). 쓰기 가능하게 하거나 다른 데이터 폴더(--data-dir)로 vodmonitor를 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="99"/>
        <source>{path} is damaged or is not a vodmonitor database. Move it aside to start with an empty history; VOD sends again every event not yet confirmed.</source>
        <translation>{path}이(가) 손상되었거나 vodmonitor 데이터베이스가 아닙니다. 다른 곳으로 옮기고 빈 기록으로 시작하세요. 아직 확정되지 않은 이벤트는 VOD가 다시 보냅니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="105"/>
        <source>{path} was written by a newer version of vodmonitor. Install that version, or move the file aside to start with an empty history.</source>
        <translation>{path}은(는) 더 새로운 버전의 vodmonitor가 작성했습니다. 해당 버전을 설치하거나 파일을 옮기고 빈 기록으로 시작하세요.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="111"/>
        <source>Cannot reach the team database at {path}. Showing the last view; nothing is pulled or confirmed from this computer until it is back.</source>
        <translation>{path}의 팀 데이터베이스에 연결할 수 없습니다. 마지막 화면을 표시하며, 연결이 돌아올 때까지 이 컴퓨터에서는 아무것도 가져오거나 확인하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="117"/>
        <source>The team database at {path} refused the user name or password. Check them in the settings.</source>
        <translation>{path}의 팀 데이터베이스가 사용자 이름 또는 비밀번호를 거부했습니다. 설정에서 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="123"/>
        <source>The database role lacks a right vodmonitor needs at {path} (see the README&apos;s Team mode section for the minimum rights).</source>
        <translation>데이터베이스 역할에 {path}에서 vodmonitor에 필요한 권한이 없습니다(최소 권한은 README의 팀 모드 절을 참조하세요).</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="128"/>
        <source>{path} cannot be read or written. Check the disk and its permissions.</source>
        <translation>{path}을(를) 읽거나 쓸 수 없습니다. 디스크와 권한을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="137"/>
        <source>Not storing events: {reason} Retrying in {seconds} s.</source>
        <translation>이벤트를 저장하지 못하고 있습니다: {reason} {seconds}초 후 다시 시도합니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="141"/>
        <source>Acknowledgements waiting to be saved: {count}; nothing is confirmed meanwhile.</source>
        <translation>저장 대기 중인 확인: {count}건. 그동안 아무것도 확정하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="148"/>
        <source>Not connected to the team database ({reason}). Showing the last view; nothing is pulled or confirmed from this computer. Reconnecting…</source>
        <translation>팀 데이터베이스에 연결되지 않았습니다({reason}). 마지막 화면을 표시하며, 이 컴퓨터에서는 아무것도 가져오거나 확인하지 않습니다. 다시 연결하는 중…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="152"/>
        <source>no answer</source>
        <translation>응답 없음</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="154"/>
        <source>Not live: the event store has not answered for a few seconds. Events are not being stored; see the log if this lasts.</source>
        <translation>실시간 아님: 이벤트 저장소가 몇 초 동안 응답하지 않았습니다. 이벤트가 저장되지 않고 있으며, 계속되면 로그를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="161"/>
        <source>Monitoring stopped: {reason}</source>
        <translation>모니터링 중지됨: {reason}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="164"/>
        <source>Monitoring stopped because of an internal error ({detail}). Nothing is pulled or confirmed. Restart monitoring; if it happens again, send the log to support.</source>
        <translation>내부 오류로 모니터링이 중지되었습니다({detail}). 이벤트를 가져오거나 확정하지 않습니다. 모니터링을 다시 시작하고, 다시 발생하면 로그를 지원팀에 보내 주세요.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="170"/>
        <source>The API endpoint is not valid: {reason}</source>
        <translation>API 엔드포인트가 올바르지 않습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="174"/>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="177"/>
        <source>Live: reading clip results from the task list</source>
        <translation>실시간: 작업 목록에서 클립 결과를 읽는 중</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="178"/>
        <source>Live: receiving clip results</source>
        <translation>실시간: 클립 결과 수신 중</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="183"/>
        <source>{reason} Retrying in {seconds} s.</source>
        <translation>{reason} {seconds}초 후 다시 시도합니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="189"/>
        <source>Stopped: {reason}</source>
        <translation>중지됨: {reason}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="192"/>
        <source>This VOD application uses normal callback with no callback URL set, so there is nothing to pull. Watch-only shows its clip results from the task list.</source>
        <translation>이 VOD 애플리케이션은 콜백 URL이 설정되지 않은 일반 콜백을 사용하므로 가져올 이벤트가 없습니다. 보기 전용 모드는 작업 목록에서 클립 결과를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="198"/>
        <source>This VOD application uses normal callback: events go to {url}, so there is nothing to pull. Watch-only shows its clip results without taking them; switching to reliable callback would stop the callbacks to that backend.</source>
        <translation>이 VOD 애플리케이션은 일반 콜백을 사용합니다. 이벤트가 {url}(으)로 전송되므로 가져올 이벤트가 없습니다. 보기 전용 모드는 이벤트를 가져가지 않고 클립 결과를 보여 줍니다. 신뢰할 수 있는 콜백으로 전환하면 해당 백엔드로 가는 콜백이 중단됩니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="205"/>
        <source>No credentials: open the settings, or try the demo.</source>
        <translation>자격 증명 없음: 설정을 열거나 데모를 사용해 보십시오.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="206"/>
        <source>Stopped</source>
        <translation>중지됨</translation>
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
        <translation>vodmonitor 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="39"/>
        <source>&amp;Acknowledge</source>
        <translation>확인(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="43"/>
        <source>Acknowledge the selected clip results (Ctrl+Enter)</source>
        <translation>선택한 클립 결과를 확인 처리합니다(Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="46"/>
        <source>Acknowledge all &amp;shown…</source>
        <translation>표시된 항목 모두 확인(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="49"/>
        <source>&amp;Open link</source>
        <translation>링크 열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="52"/>
        <source>Copy &amp;link</source>
        <translation>링크 복사(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="54"/>
        <source>&amp;Download…</source>
        <translation>다운로드(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="58"/>
        <source>Download the selected clips to your download folder (Ctrl+S)</source>
        <translation>선택한 클립을 다운로드 폴더에 받습니다(Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="61"/>
        <source>Open in the VOD &amp;console</source>
        <translation>VOD 콘솔에서 열기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="64"/>
        <source>Copy &amp;task ID</source>
        <translation>작업 ID 복사(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="66"/>
        <source>Save raw &amp;JSON…</source>
        <translation>원본 &amp;JSON 저장…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="69"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="73"/>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="83"/>
        <source>&amp;Find</source>
        <translation>찾기(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="86"/>
        <source>Try the &amp;demo</source>
        <translation>데모 실행(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="89"/>
        <source>Watch a built-in simulator; no account needed</source>
        <translation>내장 시뮬레이터를 봅니다. 계정이 필요 없습니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="92"/>
        <source>&amp;Export the results shown…</source>
        <translation>표시된 결과 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="96"/>
        <source>Save the results shown (filter, search, sort, columns) as XLSX or CSV</source>
        <translation>표시된 결과(필터, 검색, 정렬, 열 그대로)를 XLSX 또는 CSV로 저장</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="101"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="117"/>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="128"/>
        <source>Filters</source>
        <translation>필터</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="135"/>
        <source>Search names, IDs, links, messages (Ctrl+F)</source>
        <translation>이름, ID, 링크, 메시지 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="213"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="290"/>
        <source>Fit columns to the window</source>
        <translation>열 너비를 창에 맞춤</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="295"/>
        <source>Widths follow the window until you drag a column&apos;s edge</source>
        <translation>열 경계를 끌기 전까지 너비가 창 크기를 따릅니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="137"/>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="139"/>
        <source>Shows the results whose names, IDs, link or message contain it</source>
        <translation>이름, ID, 링크 또는 메시지에 이 글자가 들어 있는 결과를 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="147"/>
        <source>Needs attention</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="149"/>
        <source>Show only results not yet acknowledged</source>
        <translation>아직 확인하지 않은 결과만 표시</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="150"/>
        <source>Failed only</source>
        <translation>실패만</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="152"/>
        <source>Show only clips that failed</source>
        <translation>실패한 클립만 표시</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="155"/>
        <source>Event type</source>
        <translation>이벤트 유형</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="157"/>
        <source>Clip results only, or every event VOD sent (uploads, …)</source>
        <translation>클립 결과만, 또는 VOD가 보낸 모든 이벤트(업로드 등)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="159"/>
        <source>Clip results</source>
        <translation>클립 결과</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="160"/>
        <source>All events</source>
        <translation>모든 이벤트</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="188"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="195"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="203"/>
        <source>E&amp;vents</source>
        <translation>이벤트(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/main_window.py" line="191"/>
        <location filename="../../vodmonitor/ui/window_status.py" line="26"/>
        <source>Demo</source>
        <translation>데모</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="29"/>
        <source>Connected to the built-in simulator, not to Tencent Cloud</source>
        <translation>Tencent Cloud가 아닌 내장 시뮬레이터에 연결되어 있습니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="38"/>
        <source>Connection status</source>
        <translation>연결 상태</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="181"/>
        <source>{attention} need attention · {failed} failed · {total} total</source>
        <translation>확인 필요 {attention} · 실패 {failed} · 전체 {total}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="189"/>
        <source>{count} unreadable kept aside (see the log)</source>
        <translation>읽을 수 없는 이벤트 {count}개 별도 보관(로그 참조)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="111"/>
        <location filename="../../vodmonitor/ui/window_status.py" line="112"/>
        <location filename="../../vodmonitor/ui/window_status.py" line="113"/>
        <source>Open settings…</source>
        <translation>설정 열기…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="47"/>
        <source>Switch to reliable callback…</source>
        <translation>신뢰할 수 있는 콜백으로 전환…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/main_window.py" line="193"/>
        <location filename="../../vodmonitor/ui/window_status.py" line="81"/>
        <source>Watch-only</source>
        <translation>보기 전용</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="83"/>
        <source>Clip results are read from the task list. Nothing is taken from the event queue and nothing is confirmed on VOD: acknowledging marks a result done here.</source>
        <translation>클립 결과를 작업 목록에서 읽습니다. 이벤트 대기열에서 아무것도 가져가지 않고 VOD에서 아무것도 확인하지 않습니다. 확인하면 이 컴퓨터에서 결과가 완료로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="91"/>
        <source>Reliable callback</source>
        <translation>신뢰할 수 있는 콜백</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="93"/>
        <source>vodmonitor pulls the application&apos;s events and confirms those you acknowledge.</source>
        <translation>vodmonitor가 애플리케이션의 이벤트를 가져오고, 확인한 이벤트를 VOD에 확인합니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="114"/>
        <source>Use watch-only</source>
        <translation>보기 전용 사용</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="115"/>
        <source>Restart monitoring</source>
        <translation>모니터링 다시 시작</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="123"/>
        <source>Last poll {time}</source>
        <translation>마지막 폴링 {time}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="134"/>
        <source>{count} clips processing</source>
        <translation>처리 중인 클립 {count}개</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="135"/>
        <source>Clip tasks VOD is still working on (from the task list).</source>
        <translation>VOD가 아직 처리 중인 클립 작업(작업 목록 기준).</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="137"/>
        <source>{count} waiting at VOD</source>
        <translation>VOD 대기 {count}건</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="138"/>
        <source>Events in the application&apos;s reliable-callback queue, as VOD reports it (approximate; it lags by a minute or so).</source>
        <translation>VOD가 알려 주는 이 애플리케이션의 안정 콜백 대기열 이벤트 수(대략적이며 1분 정도 늦을 수 있습니다).</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="145"/>
        <source>VOD&apos;s queue has been growing for several minutes: this computer is not keeping up, or another program is taking events from the same application.</source>
        <translation>VOD 대기열이 몇 분째 늘고 있습니다. 이 컴퓨터가 따라가지 못하거나 다른 프로그램이 같은 애플리케이션의 이벤트를 가져가고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="161"/>
        <source>Team · offline</source>
        <translation>팀 · 오프라인</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="163"/>
        <source>Team · leader</source>
        <translation>팀 · 리더</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="165"/>
        <source>Team · following {name}</source>
        <translation>팀 · {name} 따르는 중</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="167"/>
        <source>Team · following</source>
        <translation>팀 · 따르는 중</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/main_window.py" line="318"/>
        <source>%n desktop(s)</source>
        <translation>
            <numerusform>데스크톱 %n대</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_status.py" line="172"/>
        <source>One desktop of the team (the leader) pulls and confirms events; every desktop sees every result and can acknowledge it.</source>
        <translation>팀의 데스크톱 한 대(리더)가 이벤트를 가져오고 확인합니다. 모든 데스크톱이 모든 결과를 보고 확인할 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/main_window.py" line="311"/>
        <source>%n result(s) exported to {path}</source>
        <translation>
            <numerusform>결과 %n건을 {path}(으)로 내보냈습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/main_window.py" line="314"/>
        <source>Acknowledgement taken back for %n result(s)</source>
        <translation>
            <numerusform>결과 %n개의 확인을 취소했습니다</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/main_window.py" line="363"/>
        <source>Select rows that are not yet acknowledged.</source>
        <translation>아직 확인하지 않은 행을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="224"/>
        <source>The results are still loading; try again in a moment.</source>
        <translation>결과를 아직 불러오는 중입니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="231"/>
        <source>Every result shown is already acknowledged.</source>
        <translation>표시된 결과는 모두 이미 확인했습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="237"/>
        <source>Acknowledge all shown</source>
        <translation>표시된 항목 모두 확인</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="239"/>
        <source>Mark {count} results not yet acknowledged as done? Watch-only confirms nothing on VOD; they are marked done here.</source>
        <translation>아직 확인하지 않은 결과 {count}개를 완료로 표시할까요? 보기 전용 모드는 VOD에서 아무것도 확인하지 않으며, 이 컴퓨터에서만 완료로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="245"/>
        <source>Acknowledge {count} results not yet acknowledged? Each one is confirmed to Tencent Cloud and will not be delivered again.</source>
        <translation>아직 확인하지 않은 결과 {count}건을 확인할까요? 각 결과는 Tencent Cloud에 확정되며 다시 전달되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/main_window.py" line="403"/>
        <source>Link copied</source>
        <translation>링크를 복사했습니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/main_window.py" line="419"/>
        <source>Task ID copied</source>
        <translation>작업 ID를 복사했습니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="216"/>
        <location filename="../../vodmonitor/ui/main_window.py" line="381"/>
        <source>No application on this computer opens this link.</source>
        <translation>이 컴퓨터에는 이 링크를 여는 애플리케이션이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/clip_actions.py" line="219"/>
        <location filename="../../vodmonitor/ui/main_window.py" line="382"/>
        <source>Copy link</source>
        <translation>링크 복사</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/main_window.py" line="388"/>
        <source>This is an HLS playlist (.m3u8): a browser may download it instead of playing it. A player such as VLC plays it.</source>
        <translation>HLS 재생 목록(.m3u8)입니다. 브라우저는 재생하지 않고 내려받을 수 있으며, VLC 같은 플레이어로 재생할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="310"/>
        <source>Save raw JSON</source>
        <translation>원본 JSON 저장</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="312"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 파일 (*.json)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/window_actions.py" line="322"/>
        <source>Could not save the file</source>
        <translation>파일을 저장하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/export_dialog.py" line="49"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/export_dialog.py" line="50"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/export_dialog.py" line="54"/>
        <source>Export the results shown</source>
        <translation>표시된 결과 내보내기</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/export_dialog.py" line="81"/>
        <source>Exporting the results shown…</source>
        <translation>표시된 결과를 내보내는 중…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/export_dialog.py" line="82"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/export_dialog.py" line="88"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/export_dialog.py" line="118"/>
        <source>Export cancelled; no file written.</source>
        <translation>내보내기를 취소했습니다. 파일을 만들지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/export_dialog.py" line="126"/>
        <source>Could not export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/export_dialog.py" line="127"/>
        <source>{path} was not written: {reason}</source>
        <translation>{path}에 쓰지 못했습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>NewResultsBar</name>
    <message>
        <location filename="../../vodmonitor/ui/notices.py" line="72"/>
        <source>New results</source>
        <translation>새 결과</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/notices.py" line="73"/>
        <source>Scrolls to the top and shows the new results</source>
        <translation>맨 위로 스크롤하여 새 결과를 보여 줍니다</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/notices.py" line="82"/>
        <source>↑ %n new result(s): show</source>
        <translation>
            <numerusform>↑ 새 결과 %n건: 보기</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <location filename="../../vodmonitor/ui/plain_text.py" line="26"/>
        <source>… ({count} more characters)</source>
        <translation>… (나머지 {count}자)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="213"/>
        <source>No system keyring is available, and vodmonitor never writes keys to a plain file. Install or start a keyring (Windows Credential Manager, macOS Keychain, GNOME Keyring or KWallet).</source>
        <translation>사용할 수 있는 시스템 키링이 없으며, vodmonitor는 키를 일반 파일에 절대 저장하지 않습니다. 키링(Windows 자격 증명 관리자, macOS 키체인, GNOME Keyring 또는 KWallet)을 설치하거나 시작하십시오.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="219"/>
        <source>The system keyring is locked or could not be opened. Unlock it (log in again, or open your keyring app) and try again.</source>
        <translation>시스템 키링이 잠겨 있거나 열 수 없습니다. 잠금을 해제한 뒤(다시 로그인하거나 키링 앱을 여십시오) 다시 시도하십시오.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="224"/>
        <source>The system keyring refused the request; the prompt may have been dismissed. Try again.</source>
        <translation>시스템 키링이 요청을 거부했습니다. 확인 창이 닫혔을 수 있습니다. 다시 시도하십시오.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/explain.py" line="229"/>
        <source>The keyring entry for this profile is unreadable. Enter the SecretId and SecretKey again.</source>
        <translation>이 프로필의 키링 항목을 읽을 수 없습니다. SecretId와 SecretKey를 다시 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_dialog.py" line="116"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="46"/>
        <source>The demo is running: vodmonitor shows its built-in simulator, not Tencent Cloud. To watch your own VOD application, fill in a profile&apos;s SecretId and SecretKey (CAM console › API keys) and its SubAppId, then press OK; vodmonitor then connects to it instead.</source>
        <translation>데모 실행 중: vodmonitor는 Tencent Cloud가 아니라 내장 시뮬레이터를 보여 주고 있습니다. 내 VOD 애플리케이션을 보려면 프로필의 SecretId와 SecretKey(CAM 콘솔 › API 키), SubAppId를 입력하고 확인을 누르세요. 그러면 vodmonitor가 그 애플리케이션에 연결합니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="58"/>
        <source>Credentials from the environment (TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY) are used for this run instead of the keyring.</source>
        <translation>이번 실행에서는 키링 대신 환경 변수(TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY)의 자격 증명을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="73"/>
        <source>Connection profiles</source>
        <translation>연결 프로필</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="78"/>
        <source>Profiles</source>
        <translation>프로필</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="84"/>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="85"/>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="121"/>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="136"/>
        <source>e.g. 1500000001 (required for newer accounts)</source>
        <translation>예: 1500000001 (최근 계정은 필수)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="140"/>
        <source>optional, e.g. ap-guangzhou</source>
        <translation>선택 사항, 예: ap-guangzhou</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="147"/>
        <source>Reliable callback: pull and confirm events</source>
        <translation>신뢰할 수 있는 콜백: 이벤트를 가져오고 확인</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="150"/>
        <source>Watch-only: read the task list, take nothing</source>
        <translation>보기 전용: 작업 목록만 읽고 아무것도 가져가지 않음</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="153"/>
        <source>Use watch-only when the application&apos;s events belong to a backend (normal callback, or a backend that pulls them): vodmonitor then shows every clip result without taking events from anyone.</source>
        <translation>애플리케이션의 이벤트를 백엔드가 받는 경우(일반 콜백 또는 이벤트를 가져가는 백엔드) 보기 전용을 사용하세요. vodmonitor가 누구의 이벤트도 가져가지 않고 모든 클립 결과를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="164"/>
        <source>Name</source>
        <translation>이름</translation>
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
        <translation>프로필 하나가 VOD 애플리케이션 하나와 그 자격 증명입니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="86"/>
        <source>Add a connection profile</source>
        <translation>연결 프로필 추가</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="87"/>
        <source>Remove the selected profile</source>
        <translation>선택한 프로필 삭제</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="108"/>
        <source>A name of your choice for this connection</source>
        <translation>이 연결에 붙일 이름</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="112"/>
        <source>The API key&apos;s SecretId, from the CAM console (API keys)</source>
        <translation>CAM 콘솔(API 키)에서 받은 API 키의 SecretId</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="119"/>
        <location filename="../../vodmonitor/ui/settings_form.py" line="188"/>
        <source>Kept in the system keyring, never in a file</source>
        <translation>파일이 아닌 시스템 키링에 보관됩니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="123"/>
        <source>Show the SecretKey as you type it</source>
        <translation>입력하는 SecretKey 보기</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="167"/>
        <source>SubAppId</source>
        <translation>SubAppId</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="168"/>
        <source>Region</source>
        <translation>리전</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="169"/>
        <source>API endpoint</source>
        <translation>API 엔드포인트</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="170"/>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="174"/>
        <source>optional: postgresql://user@host/db for a team</source>
        <translation>선택 사항: 팀용 postgresql://user@host/db</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="177"/>
        <source>Desktops of a team that share one VOD application point at one PostgreSQL database: one of them pulls and confirms, all see every result. Use sslmode=verify-full beyond your own network.</source>
        <translation>하나의 VOD 애플리케이션을 함께 쓰는 팀의 데스크톱은 하나의 PostgreSQL 데이터베이스를 가리킵니다. 그중 한 대가 가져오고 확인하며, 모두가 모든 결과를 봅니다. 사내 네트워크 밖에서는 sslmode=verify-full을 사용하세요.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="194"/>
        <source>The Key of the playback domain&apos;s hotlink protection (8 to 20 letters or digits). Needed only when links answer 403 and the credentials may not read the domain settings.</source>
        <translation>재생 도메인 핫링크 보호의 Key(영문자 또는 숫자 8~20자). 링크가 403으로 응답하고 자격 증명으로 도메인 설정을 읽을 수 없을 때만 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="201"/>
        <source>Playback key</source>
        <translation>재생 키</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="205"/>
        <source>the key&apos;s domains, e.g. 1500000001.vod2.myqcloud.com</source>
        <translation>키의 도메인, 예: 1500000001.vod2.myqcloud.com</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="208"/>
        <source>Links are signed with the key only on these hosts (and on the application&apos;s domains when the credentials may read them): a link to any other host never carries a signature made with your key.</source>
        <translation>키로 서명하는 링크는 이 호스트(그리고 자격 증명으로 읽을 수 있을 때는 애플리케이션의 도메인)의 링크뿐입니다. 다른 호스트로 가는 링크에는 키로 만든 서명이 절대 붙지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="215"/>
        <source>Playback domains</source>
        <translation>재생 도메인</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="220"/>
        <source>The SignKey of normal callbacks, for a receiver (vodmonitor serve --listen) to check that callbacks come from VOD.</source>
        <translation>일반 콜백의 SignKey. 수신기(vodmonitor serve --listen)가 콜백이 VOD에서 왔는지 확인할 때 씁니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="226"/>
        <source>Callback SignKey</source>
        <translation>콜백 SignKey</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="227"/>
        <source>Team database</source>
        <translation>팀 데이터베이스</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="228"/>
        <source>Database password</source>
        <translation>데이터베이스 비밀번호</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="231"/>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="234"/>
        <source>Checks the credentials and the application&apos;s callback mode with Tencent Cloud</source>
        <translation>Tencent Cloud에서 자격 증명과 애플리케이션의 콜백 방식을 확인합니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="239"/>
        <source>Switch to reliable callback…</source>
        <translation>신뢰할 수 있는 콜백으로 전환…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="242"/>
        <source>Use watch-only</source>
        <translation>보기 전용 사용</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="262"/>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="265"/>
        <source>Confirm other event types automatically</source>
        <translation>다른 유형의 이벤트를 자동으로 확인 처리</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="269"/>
        <source>Off: upload, transcode and other events are recorded but left for other systems. On: vodmonitor confirms them, and nobody else will receive them.</source>
        <translation>끄기: 업로드, 트랜스코딩 등의 이벤트를 기록만 하고 다른 시스템이 처리하도록 남겨 둡니다. 켜기: vodmonitor가 확인 처리하므로 다른 시스템은 받지 못합니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="276"/>
        <source>Show desktop notifications for new clips</source>
        <translation>새 클립에 대한 데스크톱 알림 표시</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="279"/>
        <source>A notification names each new clip; click it to see it</source>
        <translation>알림에 새 클립의 이름이 나오며, 누르면 그 클립을 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="282"/>
        <source>Closing the window keeps vodmonitor in the tray</source>
        <translation>창을 닫아도 vodmonitor를 트레이에 유지</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="285"/>
        <source>Quit from the tray icon&apos;s menu or with File › Quit</source>
        <translation>트레이 아이콘 메뉴나 파일 › 종료로 끝냅니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="289"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="290"/>
        <source>The language of vodmonitor&apos;s windows</source>
        <translation>vodmonitor 창의 언어</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="292"/>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="301"/>
        <source>Start vodmonitor when I sign in</source>
        <translation>로그인할 때 vodmonitor 시작</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="304"/>
        <source>It starts in the tray, ready to notify you</source>
        <translation>트레이에서 시작하며 바로 알림을 보낼 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="307"/>
        <source>Language (after restart)</source>
        <translation>언어(재시작 후 적용)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="310"/>
        <location filename="../../vodmonitor/ui/settings_form.py" line="319"/>
        <source>Appearance</source>
        <translation>화면 모드</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="311"/>
        <source>Light or dark, or as your system is</source>
        <translation>밝게, 어둡게, 또는 시스템 설정대로</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="313"/>
        <source>As the system</source>
        <translation>시스템 설정대로</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="314"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="315"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="324"/>
        <source>Your name in a team</source>
        <translation>팀에서 사용할 이름</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="328"/>
        <source> h</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="330"/>
        <source>How long a signed link stays valid</source>
        <translation>서명된 링크의 유효 시간</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="331"/>
        <source>Signed links last</source>
        <translation>서명된 링크 유효 시간</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="335"/>
        <source>Keep everything</source>
        <translation>모두 보관</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="336"/>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="339"/>
        <source>Acknowledged results received longer ago than this are removed from this computer (VOD keeps the clips). A team&apos;s shared history is kept by the team.</source>
        <translation>이보다 오래전에 받은 확인된 결과는 이 컴퓨터에서 삭제됩니다(클립은 VOD에 남습니다). 팀이 공유하는 기록은 팀이 관리합니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="345"/>
        <location filename="../../vodmonitor/ui/settings_form.py" line="346"/>
        <source>Keep acknowledged results</source>
        <translation>확인한 결과 보관 기간</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="350"/>
        <location filename="../../vodmonitor/ui/settings_form.py" line="361"/>
        <location filename="../../vodmonitor/ui/settings_form.py" line="371"/>
        <source>Download folder</source>
        <translation>다운로드 폴더</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="352"/>
        <source>Where Download saves clips; empty: your Downloads folder</source>
        <translation>다운로드한 클립을 저장할 곳. 비우면 시스템의 다운로드 폴더</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="354"/>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="356"/>
        <source>Pick the download folder</source>
        <translation>다운로드 폴더 고르기</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_dialog.py" line="151"/>
        <source>Save the settings</source>
        <translation>설정 저장</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_dialog.py" line="154"/>
        <source>Close without saving</source>
        <translation>저장하지 않고 닫기</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_dialog.py" line="202"/>
        <source>Profile {n}</source>
        <translation>프로필 {n}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_dialog.py" line="244"/>
        <location filename="../../vodmonitor/ui/settings_dialog.py" line="260"/>
        <location filename="../../vodmonitor/ui/settings_dialog.py" line="265"/>
        <source>stored in the system keyring (type to replace)</source>
        <translation>시스템 키링에 저장됨(입력하면 교체)</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_dialog.py" line="262"/>
        <source>optional: read from the domain settings when allowed</source>
        <translation>선택 사항: 권한이 있으면 도메인 설정에서 읽습니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="388"/>
        <source>Your name in a team must be at most 100 characters, without control characters.</source>
        <translation>팀에서 쓰는 이름은 100자 이하여야 하며 제어 문자를 포함할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="395"/>
        <source>The download folder does not exist.</source>
        <translation>다운로드 폴더가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="417"/>
        <source>The demo needs no credentials. To test your own VOD application, enter its SecretId and SecretKey first.</source>
        <translation>데모에는 자격 증명이 필요 없습니다. 내 VOD 애플리케이션을 테스트하려면 먼저 SecretId와 SecretKey를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_drafts.py" line="48"/>
        <source>The profile needs a name.</source>
        <translation>프로필 이름을 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_drafts.py" line="51"/>
        <source>The profile name is at most {count} characters.</source>
        <translation>프로필 이름은 최대 {count}자입니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_drafts.py" line="57"/>
        <source>The profile name cannot contain control characters.</source>
        <translation>프로필 이름에 제어 문자를 넣을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_drafts.py" line="62"/>
        <source>Another profile has this name.</source>
        <translation>같은 이름의 프로필이 이미 있습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_drafts.py" line="66"/>
        <source>Enter the SecretId that goes with this SecretKey.</source>
        <translation>이 SecretKey와 짝이 되는 SecretId를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_drafts.py" line="69"/>
        <source>SubAppId must be a positive number.</source>
        <translation>SubAppId는 양수여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_drafts.py" line="76"/>
        <source>The playback key is 8 to 20 letters or digits.</source>
        <translation>재생 키는 영문자 또는 숫자 8~20자입니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_drafts.py" line="83"/>
        <source>The team database must be a postgresql:// address (or libpq key=value settings), with the password in its own field.</source>
        <translation>팀 데이터베이스는 postgresql:// 주소(또는 libpq key=value 설정)여야 하며, 비밀번호는 별도 칸에 입력합니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_drafts.py" line="93"/>
        <source>The endpoint must be a host name such as vod.tencentcloudapi.com, or an https URL; plain http only for 127.0.0.1.</source>
        <translation>엔드포인트는 vod.tencentcloudapi.com과 같은 호스트 이름이나 https URL이어야 합니다. 일반 http는 127.0.0.1에만 허용됩니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_form.py" line="422"/>
        <source>Enter the SecretId and SecretKey first.</source>
        <translation>먼저 SecretId와 SecretKey를 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_dialog.py" line="341"/>
        <source>Testing the connection…</source>
        <translation>연결을 테스트하는 중…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_dialog.py" line="359"/>
        <source>The test failed: {error}</source>
        <translation>테스트 실패: {error}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/connection_check.py" line="88"/>
        <source>Connected. This VOD application uses normal callback to {url}, a vodmonitor receiver (vodmonitor serve): its events reach the ledger there. Nothing needs to change.</source>
        <translation>연결되었습니다. 이 VOD 애플리케이션은 vodmonitor 수신기(vodmonitor serve)인 {url}(으)로 일반 콜백을 보냅니다. 이벤트는 그곳에서 원장에 저장됩니다. 바꿀 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/connection_check.py" line="97"/>
        <source>Connected. This VOD application uses normal callback: events go to {url}. Watch-only shows every clip result without taking them. Switching to reliable callback instead would mean your backend at {url} stops receiving callbacks.</source>
        <translation>연결되었습니다. 이 VOD 애플리케이션은 일반 콜백을 사용하며 이벤트가 {url}(으)로 전송됩니다. 보기 전용 모드는 이벤트를 가져가지 않고 모든 클립 결과를 보여 줍니다. 대신 신뢰할 수 있는 콜백으로 전환하면 {url}의 백엔드가 더 이상 콜백을 받지 못합니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/connection_check.py" line="105"/>
        <source>Connected. This VOD application uses normal callback, and no callback URL is set, so its events are not delivered anywhere. Watch-only shows its clip results from the task list; reliable callback would let vodmonitor pull and confirm them.</source>
        <translation>연결되었습니다. 이 VOD 애플리케이션은 일반 콜백을 사용하지만 콜백 URL이 설정되지 않아 이벤트가 어디에도 전달되지 않습니다. 보기 전용 모드는 작업 목록에서 클립 결과를 보여 주며, 신뢰할 수 있는 콜백을 사용하면 vodmonitor가 이벤트를 가져오고 확인할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/connection_check.py" line="114"/>
        <source>Connected, but another program seems to take this application&apos;s events: {count} clip results of the last hour are neither waiting in the queue nor here. Watch-only shows every clip result without taking any.</source>
        <translation>연결되었지만 다른 프로그램이 이 애플리케이션의 이벤트를 가져가는 것 같습니다. 최근 1시간의 클립 결과 {count}개가 대기열에도, 이 컴퓨터에도 없습니다. 보기 전용 모드는 아무것도 가져가지 않고 모든 클립 결과를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/connection_check.py" line="122"/>
        <source>Connected. Reliable callback is on: vodmonitor will receive clip results.</source>
        <translation>연결되었습니다. 신뢰할 수 있는 콜백이 켜져 있어 vodmonitor가 클립 결과를 받습니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/settings_dialog.py" line="371"/>
        <source>Watch-only is chosen for this profile; it takes effect when you press OK.</source>
        <translation>이 프로필에 보기 전용이 선택되었습니다. 확인을 누르면 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/connection_check.py" line="136"/>
        <source>Cannot store the credentials</source>
        <translation>자격 증명을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/connection_check.py" line="141"/>
        <source>You can use the credentials for this session only; they are forgotten when vodmonitor quits.</source>
        <translation>이번 세션에서만 자격 증명을 사용할 수 있으며, vodmonitor를 종료하면 삭제됩니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/connection_check.py" line="147"/>
        <source>Use for this session only</source>
        <translation>이번 세션에서만 사용</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/connection_check.py" line="58"/>
        <source>Switch this VOD application to reliable callback? Its events will then wait for vodmonitor (or another client) to pull and confirm them.</source>
        <translation>이 VOD 애플리케이션을 신뢰할 수 있는 콜백으로 전환할까요? 이후 이벤트는 vodmonitor(또는 다른 클라이언트)가 가져와 확정할 때까지 대기합니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/connection_check.py" line="66"/>
        <source>Switch to reliable callback</source>
        <translation>신뢰할 수 있는 콜백으로 전환</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/connection_check.py" line="51"/>
        <source>Switching this VOD application to reliable callback stops the callbacks to {url}. A server that receives events there now will stop getting them. Switch?</source>
        <translation>이 VOD 애플리케이션을 신뢰할 수 있는 콜백으로 전환하면 {url}(으)로의 콜백이 중지됩니다. 지금 그곳에서 이벤트를 받는 서버는 더 이상 이벤트를 받지 못합니다. 전환하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../vodmonitor/ui/startup.py" line="29"/>
        <source>Cannot use the data folder</source>
        <translation>데이터 폴더를 사용할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/startup.py" line="30"/>
        <source>vodmonitor cannot write to {folder} ({reason}). Its settings, event history and logs live there. Choose another folder, or quit and fix the folder&apos;s permissions.</source>
        <translation>vodmonitor가 {folder}에 쓸 수 없습니다({reason}). 설정, 이벤트 기록과 로그가 이 폴더에 저장됩니다. 다른 폴더를 선택하거나, 종료한 뒤 폴더 권한을 수정하세요.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/startup.py" line="39"/>
        <source>Choose another folder…</source>
        <translation>다른 폴더 선택…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/startup.py" line="41"/>
        <location filename="../../vodmonitor/ui/startup.py" line="66"/>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/startup.py" line="45"/>
        <source>Choose a data folder</source>
        <translation>데이터 폴더 선택</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/startup.py" line="54"/>
        <source>Cannot open the event database</source>
        <translation>이벤트 데이터베이스를 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/startup.py" line="63"/>
        <source>Move it aside and start fresh</source>
        <translation>옮겨 두고 새로 시작</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../vodmonitor/ui/tray.py" line="41"/>
        <source>Show vodmonitor</source>
        <translation>vodmonitor 표시</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/tray.py" line="43"/>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/tray.py" line="78"/>
        <source>vodmonitor: {new} to acknowledge, {failed} failed</source>
        <translation>vodmonitor: 확인할 결과 {new}건, 실패 {failed}건</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/tray.py" line="84"/>
        <source>vodmonitor keeps running in the tray. Quit it from the tray menu.</source>
        <translation>vodmonitor는 트레이에서 계속 실행됩니다. 종료하려면 트레이 메뉴를 사용하세요.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/tray.py" line="96"/>
        <source>Clip failed</source>
        <translation>클립 실패</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/tray.py" line="96"/>
        <source>{name} failed: {reason}</source>
        <translation>{name} 실패: {reason}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/tray.py" line="99"/>
        <source>Clip ready</source>
        <translation>클립 완성</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/tray.py" line="99"/>
        <source>{name} is ready</source>
        <translation>{name} 완성</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/tray.py" line="101"/>
        <source>%n new clip(s), {failed} failed</source>
        <translation>
            <numerusform>새 클립 %n개, 실패 {failed}개</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/tray.py" line="104"/>
        <source>Failed: {names}</source>
        <translation>실패: {names}</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/tray.py" line="106"/>
        <source>Ready: {names}</source>
        <translation>완성: {names}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/tray.py" line="108"/>
        <source>%n clip(s) ready</source>
        <translation>
            <numerusform>클립 %n개 완성</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/tray.py" line="150"/>
        <source>and %n more</source>
        <translation>외 %n개</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../vodmonitor/ui/notices.py" line="27"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/notices.py" line="30"/>
        <source>Take the acknowledgement back (Ctrl+Z)</source>
        <translation>확인 취소 (Ctrl+Z)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../vodmonitor/ui/notices.py" line="43"/>
        <source>Acknowledged %n result(s)</source>
        <translation>
            <numerusform>결과 %n건 확인함</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../vodmonitor/ui/welcome.py" line="19"/>
        <source>Welcome to vodmonitor</source>
        <translation>vodmonitor에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/welcome.py" line="26"/>
        <source>vodmonitor shows the results of your Tencent Cloud VOD clip tasks as they finish. It needs a SecretId and SecretKey with VOD access, kept in your system&apos;s keyring, never in a file. With reliable callback it takes the events and confirms each one you acknowledge; when the events belong to a backend, watch-only reads the task list and takes nothing.

No account at hand? The demo runs against a built-in simulator.</source>
        <translation>vodmonitor는 Tencent Cloud VOD 클립 작업이 끝나는 대로 그 결과를 보여 줍니다. VOD 권한이 있는 SecretId와 SecretKey가 필요하며, 키는 파일이 아닌 시스템 키링에 보관됩니다. 신뢰할 수 있는 콜백에서는 이벤트를 가져오고 사용자가 확인한 이벤트를 하나씩 확정합니다. 이벤트가 백엔드 몫이라면 보기 전용 모드가 작업 목록만 읽고 아무것도 가져가지 않습니다.

계정이 없나요? 데모는 내장 시뮬레이터로 실행됩니다.</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/welcome.py" line="36"/>
        <source>Set up a connection…</source>
        <translation>연결 설정…</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/welcome.py" line="38"/>
        <source>Enter your SecretId, SecretKey and SubAppId</source>
        <translation>SecretId, SecretKey, SubAppId 입력</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/welcome.py" line="39"/>
        <source>Try the demo</source>
        <translation>데모 사용해 보기</translation>
    </message>
    <message>
        <location filename="../../vodmonitor/ui/welcome.py" line="41"/>
        <source>See vodmonitor at work without an account</source>
        <translation>계정 없이 vodmonitor가 동작하는 모습 보기</translation>
    </message>
</context>
</TS>
