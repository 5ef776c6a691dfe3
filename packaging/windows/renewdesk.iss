; Inno Setup script for RenewDesk: a per-user install that needs no administrator rights.
;
; packaging\build.py compiles it after PyInstaller, passing:
;   /DMyAppVersion=0.1.0            the version users see (from renewdesk\__init__.py)
;   /DMyAppNumericVersion=0.1.0.0   four numbers, for the setup file's version resource
;   /DMyAppCopyright=...            the copyright line
;   /DBuildDir=...\dist\RenewDesk   the PyInstaller one-folder build
;   /DOutputDir=...\dist            where RenewDesk-<version>-setup.exe goes
;   /DIconFile=...\renewdesk.ico    rendered from resources\icons\renewdesk.svg
;   /DSignTool=renewdesk /Srenewdesk=<signtool command>   only when signing is configured
; By hand: ISCC /DMyAppVersion=0.1.0 packaging\windows\renewdesk.iss (paths default to dist\ and build\).
;
; Needs Inno Setup 6.3 or later.

#if Ver < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is needed (x64compatible architecture identifiers)
#endif
#ifndef MyAppVersion
  #error Pass the version: ISCC /DMyAppVersion=... (python packaging\build.py does)
#endif
#ifndef MyAppNumericVersion
  #define MyAppNumericVersion MyAppVersion
#endif
#ifndef MyAppCopyright
  #define MyAppCopyright "Copyright (C) RenewDesk"
#endif
#ifndef BuildDir
  #define BuildDir AddBackslash(SourcePath) + "..\..\dist\RenewDesk"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile AddBackslash(SourcePath) + "..\..\build\icons\renewdesk.ico"
#endif

#define MyAppName "RenewDesk"
#define MyAppPublisher "RenewDesk"
#define MyAppExeName "RenewDesk.exe"

[Setup]
; AppId identifies RenewDesk to Windows and to later setups: never change it,
; or a new version installs beside the old one instead of upgrading it. The
; doubled opening brace is Inno's escape for a literal "{".
AppId={{68F58C91-79AF-40D0-A6FA-582EFE482906}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
AppPublisher={#MyAppPublisher}
AppCopyright={#MyAppCopyright}
VersionInfoVersion={#MyAppNumericVersion}
VersionInfoProductName={#MyAppName}
VersionInfoDescription={#MyAppName} Setup

; Per user: no UAC prompt. With PrivilegesRequired=lowest, {autopf} is
; %LOCALAPPDATA%\Programs and the shortcuts and the uninstall entry go to the
; current user's Start menu, desktop and HKCU.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#MyAppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes

; 64-bit only: the PyInstaller build is x64 (Windows 11 on Arm runs it emulated).
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0

SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#MyAppExeName}
UninstallDisplayName={#MyAppName}
WizardStyle=modern
ShowLanguageDialog=auto
; A running RenewDesk holds its files open: offer to close it (Restart Manager).
CloseApplications=yes
RestartApplications=no

OutputDir={#OutputDir}
OutputBaseFilename={#MyAppName}-{#MyAppVersion}-setup
Compression=lzma2/max
SolidCompression=yes

#ifdef SignTool
; build.py defines the sign tool (/S...) from RENEWDESK_SIGNTOOL_* variables;
; Inno then signs the setup and the uninstaller it writes.
SignTool={#SignTool}
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Swedish when this Inno Setup installation has Swedish.isl in its Languages
; folder (if not, copy it there from Inno Setup's translations page).
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole runtime folder: a Qt plugin or Python module
; left over from the previous version could be loaded by the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; RenewDesk.exe (windowed), renewdesk-cli.exe (console: the command line and
; --smoke-test) and _internal\ with Python, Qt and RenewDesk's resources.
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#MyAppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(MyAppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Anything RenewDesk itself might have written beside its files. The user's
; cache, settings and logs (in %LOCALAPPDATA%\RenewDesk) are kept on purpose.
Type: filesandordirs; Name: "{app}\_internal"
