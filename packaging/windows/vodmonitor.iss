; Inno Setup 6 script: per-user install (no admin rights), Start-menu shortcut, uninstaller.
; Build:  ISCC /DAppVersion=0.1.0 /DSourceDir=..\..\dist\vodmonitor packaging\windows\vodmonitor.iss
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
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
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

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\vodmonitor"; Filename: "{app}\vodmonitor.exe"
Name: "{userprograms}\vodmonitor (demo)"; Filename: "{app}\vodmonitor.exe"; Parameters: "--demo"

[Run]
Filename: "{app}\vodmonitor.exe"; Description: "{cm:LaunchProgram,vodmonitor}"; Flags: nowait postinstall skipifsilent
