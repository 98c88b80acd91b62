; Inno Setup script for popdesk on Windows: installs the one-folder app that
; packaging/popdesk.spec builds (dist\popdesk), with Start menu and optional desktop shortcuts.
;
;   pyinstaller --noconfirm packaging\popdesk.spec
;   iscc packaging\windows\popdesk.iss
;
; gives dist\popdesk-0.1.0-setup.exe. Pass /DAppVersion=x.y.z to iscc for another version.
; The store, its key file and backups live in the user's data folder, never in the install
; folder, so uninstalling leaves them (and the key in Windows Credential Manager) in place.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{7B3E2C4A-5D1F-4E8B-9A6C-2F0D1E3B4C5A}
AppName=popdesk
AppVersion={#AppVersion}
AppVerName=popdesk {#AppVersion}
AppPublisher=The popdesk developers
AppComments=Partnership working for neighbourhood policing teams
DefaultDirName={autopf}\popdesk
DefaultGroupName=popdesk
DisableProgramGroupPage=yes
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=popdesk-{#AppVersion}-setup
SetupIconFile=popdesk.ico
UninstallDisplayIcon={app}\popdesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Per-user or per-machine: IT teams deploying silently (/VERYSILENT /ALLUSERS) choose.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline

[Languages]
; Inno Setup's own Welsh messages are a contributed translation, not shipped with it: to offer
; them, save Welsh.isl beside this script and add
;   Name: "welsh"; MessagesFile: "Welsh.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\popdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\popdesk"; Filename: "{app}\popdesk.exe"
Name: "{group}\{cm:UninstallProgram,popdesk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\popdesk"; Filename: "{app}\popdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\popdesk.exe"; Description: "{cm:LaunchProgram,popdesk}"; Flags: nowait postinstall skipifsilent
