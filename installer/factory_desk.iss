; Inno Setup script for the Windows installer. Build the PyInstaller bundle first
; (installer/factory_desk.spec), then: iscc installer\factory_desk.iss
; Installs per user (no administrator rights needed on office PCs); data stays in %LOCALAPPDATA%\FactoryDesk.

#define AppName "Factory Desk"
#define AppVersion "0.1.0"

[Setup]
AppId={{6F0B7E0A-4C8E-4D2B-9B1F-FACD0E5D0001}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Factory Desk
DefaultDirName={localappdata}\Programs\FactoryDesk
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=FactoryDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\FactoryDesk.exe

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\FactoryDesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\FactoryDesk.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\FactoryDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\FactoryDesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
