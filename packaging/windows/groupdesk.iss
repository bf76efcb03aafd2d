; Inno Setup 6 script: GroupDesk-VERSION-setup.exe from the PyInstaller folder dist\GroupDesk.
; From the repository root, after the PyInstaller build (see packaging/README.md):
;   iscc /DAppVersion=0.1.0 packaging\windows\groupdesk.iss
; Installs for the current user without administrator rights (or for everyone, if the user
; chooses so and may), with a Start menu entry for the window and, on request, the
; `groupdesk` command (groupdesk.com) on the PATH.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\GroupDesk"
#endif
#ifndef IconFile
  ; Made from groupdesk.svg by the PyInstaller build (packaging/pyinstaller/make_icons.py).
  #define IconFile "..\..\build\icons\groupdesk.ico"
#endif
#define AppName "GroupDesk"
#define AppExe "GroupDesk.exe"
; The desktop's name for GroupDesk (taskbar grouping, notifications), as in its desktop entry.
#define AppUserModel "id.groupdesk.GroupDesk"

[Setup]
AppId={{661DD7C5-A062-44BA-AF21-307728943F00}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=GroupDesk
AppComments=Member rosters, professions, volunteer shifts and challenges for small organisations
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=GroupDesk-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes
CloseApplications=yes

[Languages]
; Inno Setup itself ships no Indonesian translation; GroupDesk's window speaks Indonesian.
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the groupdesk command to the PATH (for use in a terminal)"; GroupDescription: "Command line:"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program folder's _internal wholesale: no library of an older version stays.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModel}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModel}"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NotOnPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function UserPath(): string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Result) then
    Result := '';
end;

function NotOnPath(Dir: string): Boolean;
begin
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(UserPath()) + ';') = 0;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Path, Entry: string;
  P: Integer;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  Path := UserPath();
  Entry := ';' + ExpandConstant('{app}');
  P := Pos(Uppercase(Entry), Uppercase(Path));
  if P > 0 then
  begin
    Delete(Path, P, Length(Entry));
    RegWriteExpandStringValue(HKCU, 'Environment', 'Path', Path);
  end;
end;
