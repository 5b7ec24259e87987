; Inno Setup 6 script of the Windows installer: per-machine, Start-menu entries, an uninstaller that keeps the
; archive and the data unless the person uninstalling asks to delete them.
; Built by .github/workflows/windows.yml after the PyInstaller folder (dist\cgrconsole):
;   ISCC.exe /DMyAppVersion=0.1.0 packaging\windows\cgrconsole.iss   ->  dist\cgrconsole-0.1.0-setup.exe

#ifndef MyAppVersion
  #define MyAppVersion "0.1.0"
#endif
#define MyAppName "CGR Console"
#define MyAppExe "cgrconsole.exe"

[Setup]
AppId={{5B0F7C2E-3D41-4E8A-9C55-2A7E1F6B9D30}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppPublisher=cgrconsole
DefaultDirName={autopf}\cgrconsole
DefaultGroupName={#MyAppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
SetupIconFile=cgrconsole.ico
UninstallDisplayIcon={app}\{#MyAppExe}
OutputDir=..\..\dist
OutputBaseFilename=cgrconsole-{#MyAppVersion}-setup
; the notices of every bundled component, shown before installing (GPL/LGPL parts: see packaging/README.md)
InfoBeforeFile=..\..\dist\cgrconsole\_internal\THIRD-PARTY-NOTICES.txt

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
ru.SelfTest=Самопроверка консоли
en.SelfTest=Console self-test
ru.Notices=Лицензии компонентов
en.Notices=Third-party licences
ru.DeleteData=Удалить также архив видео, базу данных, журналы и настройки пользователя %1 (%2)?%n%nАрхив в другой папке (archive.root в настройках) не удаляется.%nНажмите «Нет», чтобы их сохранить.
en.DeleteData=Also delete the video archive, database, logs and settings of user %1 (%2)?%n%nAn archive in another folder (archive.root in the settings) is not touched.%nChoose No to keep them.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\cgrconsole\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#MyAppName}"; Filename: "{app}\{#MyAppExe}"
Name: "{autoprograms}\{cm:SelfTest}"; Filename: "{cmd}"; Parameters: "/k ""{app}\cgrconsole-cli.exe"" --self-test"; WorkingDir: "{app}"
Name: "{autoprograms}\{cm:Notices}"; Filename: "{app}\_internal\THIRD-PARTY-NOTICES.txt"
Name: "{autodesktop}\{#MyAppName}"; Filename: "{app}\{#MyAppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#MyAppExe}"; Description: "{cm:LaunchProgram,{#MyAppName}}"; Flags: nowait postinstall skipifsilent runasoriginaluser

[Code]
{ The console keeps its database, archive, logs and settings in %LOCALAPPDATA%\cgrconsole of each user
  (platformdirs). Inno removes only what it installed; the data of the user uninstalling goes only when
  that user says so, never in a silent uninstall. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Data: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    Data := ExpandConstant('{localappdata}\cgrconsole');
    if DirExists(Data) and not UninstallSilent then
      if MsgBox(FmtMessage(CustomMessage('DeleteData'), [GetUserNameString, Data]), mbConfirmation,
                MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(Data, True, True, True);
  end;
end;
