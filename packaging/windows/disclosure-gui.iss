; Inno Setup script: per-user installer (no administrator rights), in Chinese, for Windows 10 1809+ x64.
;
; Build (after the PyInstaller bundle exists in build\windows\dist\disclosure-gui):
;   iscc /DAppVersion=<version> packaging\windows\disclosure-gui.iss
; The workflow passes AppVersion, AppId and AppName read from disclosure_gui/__init__.py, the single
; source of the app's metadata; the defaults below are only for a quick local build.
;
; Uninstalling removes the program folder only: the drafts in %APPDATA%\disclosure-gui stay.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppId
  #define AppId "cn.gov.disclosure-annual-report"
#endif
#ifndef AppName
  #define AppName "政府信息公开年报助手"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\build\windows\dist\disclosure-gui"
#endif
#define WindowExe "disclosure-gui-window.exe"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
; %LOCALAPPDATA%\Programs, which is what {autopf} means for a per-user install; spelled out because Wine 8 cannot
; resolve {autopf}/{userpf} (FOLDERID_UserProgramFiles), and the installer is tested under Wine.
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user: installs under %LOCALAPPDATA%\Programs, shortcuts in the user's Start menu; no UAC prompt.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 supports Windows 10 1809 (build 17763) and later.
MinVersion=10.0.17763
OutputDir=..\..\dist
OutputBaseFilename=disclosure-gui-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\disclosure-gui.ico
UninstallDisplayIcon={app}\{#WindowExe}
UninstallDisplayName={#AppName}
Compression=lzma2/ultra64
; In a separate 64-bit process: the 32-bit compiler runs out of address space with a 64 MB dictionary under Wine.
LZMAUseSeparateProcess=yes
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
CloseApplications=yes
RestartApplications=no

[Languages]
; ChineseSimplified.isl: Inno Setup's own Chinese Simplified messages, kept here because not every Inno Setup
; release ships them (see packaging/README.md).
Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#WindowExe}"; Comment: "编写、校验和发布政府信息公开工作年度报告"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#WindowExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#WindowExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files the program may have left in its own folder (bytecode caches); user data lives elsewhere and is kept.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
