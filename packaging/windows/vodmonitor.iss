; Inno Setup 6 script: per-user install (no admin rights, never for all users), Start-menu
; shortcuts, an optional start at sign-in, an uninstaller that keeps the user's data.
; Build:  ISCC /DAppVersion=0.1.0 /DSourceDir=..\..\dist\vodmonitor packaging\windows\vodmonitor.iss
; Signed: ISCC ... /DSign "/Ssigntool=signtool.exe sign /f cert.pfx /p ... /fd SHA256 /tr ... /td SHA256 $f"
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\vodmonitor"
#endif

[Setup]
; The AppId never changes: a new version upgrades the installed one in place.
AppId={{5D3B6F0E-8C1A-4C7B-9F62-2E7A1B4D9C30}
AppName=vodmonitor
AppVersion={#AppVersion}
AppPublisher=vodmonitor
DefaultDirName={localappdata}\Programs\vodmonitor
DefaultGroupName=vodmonitor
DisableProgramGroupPage=yes
; Per user only: an elevated "all users" install would land in the administrator's profile
; and register under HKLM, and later per-user upgrades would install a second copy.
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=vodmonitor-{#AppVersion}-windows-setup
SetupIconFile=..\..\vodmonitor\resources\icons\vodmonitor.ico
UninstallDisplayIcon={app}\vodmonitor.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes
#ifdef Sign
; The uninstaller is signed too (Smart App Control blocks unsigned executables).
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"

[Tasks]
Name: "startatlogin"; Description: "Start vodmonitor when I sign in"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundle whole: no old dist-info, Qt DLLs or plugins left beside
; the new ones (ignoreversion only adds and overwrites).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\vodmonitor"; Filename: "{app}\vodmonitor.exe"
Name: "{userprograms}\vodmonitor (demo)"; Filename: "{app}\vodmonitor.exe"; Parameters: "--demo"

[Registry]
; The same value the app's "Start vodmonitor when I sign in" setting writes.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "vodmonitor"; ValueData: """{app}\vodmonitor.exe"" --minimized"; Flags: uninsdeletevalue; Tasks: startatlogin
; The app writes the same value when start at sign-in is turned on in its Settings: the
; uninstaller removes it whichever wrote it (ValueType none creates nothing).
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: none; ValueName: "vodmonitor"; Flags: uninsdeletevalue dontcreatekey

[Run]
Filename: "{app}\vodmonitor.exe"; Description: "{cm:LaunchProgram,vodmonitor}"; Flags: nowait postinstall skipifsilent
