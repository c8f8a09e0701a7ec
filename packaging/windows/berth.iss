; Inno Setup script for Berth on Windows (Inno Setup 6.3 or newer).
;
; First build the onedir bundle with the spec, which gives dist\berth\berth.exe its icon and
; version resource, then compile the installer, from the project root:
;
;   pyinstaller packaging\berth.spec --noconfirm --distpath dist --workpath build\pyinstaller
;   iscc /DAppVersion=0.1.0 packaging\windows\berth.iss
;
; The installer lands in dist\Berth-<version>-setup.exe. It installs for the current user without
; administrator rights (or for everyone, if the user picks that), adds a Start menu entry and an
; optional desktop icon, and registers an uninstaller.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z packaging\windows\berth.iss
#endif
#define AppName "Berth"
#define AppExe "berth.exe"
#define Root AddBackslash(SourcePath) + "..\.."

[Setup]
; The AppId identifies Berth to Windows across versions: never change it.
AppId={{B56099F9-C86A-405A-AF06-42303D38FEF2}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Berth developers
AppPublisherURL=https://github.com/berth-app/berth
AppSupportURL=https://github.com/berth-app/berth/issues
AppUpdatesURL=https://github.com/berth-app/berth/releases
AppComments=A desktop app for Docker containers and images
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} setup
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=Berth-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\berth.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
#if FileExists(CompilerPath + "Languages\Korean.isl")
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\berth\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "io.github.berth.Berth"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Nothing of Berth's own is written inside {app} at run time; settings live in the user's profile
; and are kept, as Windows apps do.
Type: dirifempty; Name: "{app}"
